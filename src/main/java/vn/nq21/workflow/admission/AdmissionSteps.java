package vn.nq21.workflow.admission;

import static vn.nq21.workflow.casework.CaseDates.later;
import static vn.nq21.workflow.casework.CaseDates.today;

import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import vn.nq21.workflow.admission.rules.AdmissionRules;
import vn.nq21.workflow.casework.CaseMessages;
import vn.nq21.workflow.casework.CaseOutcomes;
import vn.nq21.workflow.casework.CaseReader;
import vn.nq21.workflow.engine.CaseVariables;
import vn.nq21.workflow.organization.OrganizationService;
import vn.nq21.workflow.registry.KeyDates;
import vn.nq21.workflow.registry.Member;
import vn.nq21.workflow.registry.MemberRegistry;
import vn.nq21.workflow.registry.MemberStatus;
import vn.nq21.workflow.review.ReviewChain;

/**
 * What the admission model asks of the application by name ({@code ${admission.…}}): who works a step,
 * and the registry changes that follow the steps (§5.5). Each registry change names the case.
 */
@Component("admission")
public class AdmissionSteps {

  public static final String PROCESS_KEY = "ket-nap-dang-vien";
  /** The probation model's start message (bpmn/cong-nhan-dang-vien-chinh-thuc.bpmn): the ceremony opens the case. */
  static final String PROBATION_START_MESSAGE = "bat-dau-du-bi";

  /** Ways an admission case ends, with the label kept in history for Cockpit and reports. */
  static final Map<String, String> OUTCOMES = Map.of(
      "DA_KET_NAP", "Đã kết nạp",
      "LY_LICH_CO_VAN_DE", "Dừng: thẩm tra lý lịch có vấn đề",
      "LY_LICH_CHUA_DU_DIEU_KIEN", "Dừng: lý lịch chưa đủ điều kiện",
      "BTV_TINH_KHONG_DONG_Y", "Dừng: Ban thường vụ tỉnh ủy không đồng ý",
      "CHI_BO_KHONG_DE_NGHI", "Dừng: chi bộ không đủ hai phần ba tán thành",
      "DANG_UY_KHONG_DE_NGHI", "Dừng: đảng ủy cơ sở không đủ hai phần ba tán thành",
      "KHONG_KET_NAP", "Dừng: cấp có thẩm quyền không kết nạp",
      "RUT_DON", "Dừng: người vào Đảng rút đơn",
      "TU_TRAN", "Dừng: người vào Đảng từ trần",
      "KHAC", "Dừng theo quyết định của chi ủy");

  private final OrganizationService organizations;
  private final MemberRegistry registry;
  private final AdmissionRules rules;
  private final ReviewChain reviewChain;
  private final CaseMessages messages;

  public AdmissionSteps(OrganizationService organizations, MemberRegistry registry, AdmissionRules rules,
      ReviewChain reviewChain, CaseMessages messages) {
    this.organizations = organizations;
    this.registry = registry;
    this.rules = rules;
    this.reviewChain = reviewChain;
    this.messages = messages;
  }

  /** The office that works for the case's tổ chức cơ sở đảng: it concludes on the lý lịch (KN07). */
  public String tccsdOffice(String caseOrgId) {
    return reviewChain.tccsdOffice(caseOrgId);
  }

  /** Models deployed before the review chain had a room of its own name the đảng ủy bộ phận's office here. */
  public String dangUyBoPhanOffice(String caseOrgId) {
    return reviewChain.dangUyBoPhanOffice(caseOrgId);
  }

  /**
   * §3.2 A4: the đảng ủy cơ sở of the case decided itself (it is authorised to admit), so it reports the decision to
   * its superior.
   */
  public boolean decidedByAuthorisedDangUy(DelegateExecution execution) {
    CaseReader c = CaseReader.of(execution);
    String deciding = c.text("authorityOrg");
    return deciding != null && deciding.equals(organizations.tccsdOf(c.orgCode()).code())
        && !deciding.equals(c.orgCode());
  }

  /** Who prepares the provincial standing committee's written consent (A6/A8). */
  public String provinceConsentGroup(String caseOrgId, Object actDate) {
    return organizations.authorityFor(caseOrgId, "CHAP_THUAN_TREN_60", actDate).groupId();
  }

  /** KN02 done: the person holds the awareness-class certificate (đối tượng kết nạp). */
  public void recordCertificate(DelegateExecution execution) {
    CaseReader c = CaseReader.of(execution);
    LocalDate issued = c.date("certificateIssueDate");
    Member member = registry.require(c.id(CaseVariables.CANDIDATE));
    if (member.status() == MemberStatus.DANG_XET_KET_NAP) {
      // back from an expired certificate (R-KN-05): the earlier application lapses with it
      member = registry.changeStatus(member.id(), MemberStatus.QUAN_CHUNG_UU_TU, today(),
          "Giấy chứng nhận lớp nhận thức về Đảng hết hạn; học lại", execution.getProcessInstanceId());
    }
    if (member.status() != MemberStatus.CAM_TINH_DANG) {
      registry.changeStatus(member.id(), MemberStatus.CAM_TINH_DANG, later(issued, member.statusSince()),
          "Có giấy chứng nhận lớp bồi dưỡng nhận thức về Đảng số " + c.text("certificateNumber"),
          execution.getProcessInstanceId());
    }
    registry.updateKeyDates(member.id(), KeyDates.none().withCertificate(issued), execution.getProcessInstanceId());
  }

  /** KN03 done: the application is accepted; the case is under consideration. */
  public void recordApplication(DelegateExecution execution) {
    CaseReader c = CaseReader.of(execution);
    Member member = registry.require(c.id(CaseVariables.CANDIDATE));
    registry.changeStatus(member.id(), MemberStatus.DANG_XET_KET_NAP,
        later(c.date("applicationDate"), member.statusSince()), "Nhận đơn xin vào Đảng (1-KNĐ)",
        execution.getProcessInstanceId());
  }

  /** KN14 done: a probationary member from the ceremony; ngày kết nạp is the decision's date (R-KN-17). */
  public void recordCeremony(DelegateExecution execution) {
    CaseReader c = CaseReader.of(execution);
    LocalDate ceremony = c.date("ceremonyDate");
    LocalDate decision = c.date("decisionDate");
    registry.changeStatus(c.id(CaseVariables.CANDIDATE), MemberStatus.DU_BI, ceremony,
        "Lễ kết nạp; quyết định số " + c.text("decisionNumber") + " ngày " + decision,
        execution.getProcessInstanceId());
    registry.updateKeyDates(c.id(CaseVariables.CANDIDATE), KeyDates.none().withAdmission(decision, ceremony),
        execution.getProcessInstanceId());
    Member member = registry.require(c.id(CaseVariables.CANDIDATE));
    messages.open(PROBATION_START_MESSAGE, member.recordNumber(), Map.of(CaseVariables.MEMBER, member.id(),
        CaseVariables.CASE_ORG, member.organizationCode(), "admissionCaseId", execution.getProcessInstanceId()));
  }

  /** The case ends with {@code outcome}; a candidate not admitted goes back to where they stood (§5.5). */
  public void close(DelegateExecution execution, String outcome) {
    String label = OUTCOMES.get(outcome);
    if (label == null) {
      throw new IllegalArgumentException("Kết quả hồ sơ không biết: " + outcome);
    }
    execution.setVariable("caseOutcome", outcome);
    execution.setVariable("caseOutcomeLabel", label);
    Long candidateId = CaseReader.of(execution).id(CaseVariables.CANDIDATE);
    if (!"DA_KET_NAP".equals(outcome) && candidateId != null) {
      returnToCandidacy(candidateId, label, execution.getProcessInstanceId());
    }
  }

  /** The clerk stopped the case (withdrawal, death, other). */
  public void stop(DelegateExecution execution) {
    CaseReader c = CaseReader.of(execution);
    String reason = c.text("stopReason");
    String outcome = OUTCOMES.containsKey(reason) ? reason : "KHAC";
    CaseOutcomes.close(execution, outcome, OUTCOMES);
    if (c.id(CaseVariables.CANDIDATE) == null) {
      return;
    }
    Member member = registry.require(c.id(CaseVariables.CANDIDATE));
    if ("TU_TRAN".equals(outcome)) {
      CaseOutcomes.recordDeath(c, registry, member.id(), OUTCOMES.get(outcome), execution.getProcessInstanceId());
    } else if (!member.status().isMember()) {
      returnToCandidacy(member.id(), OUTCOMES.get(outcome), execution.getProcessInstanceId());
    }
  }

  private void returnToCandidacy(long candidateId, String reason, String caseId) {
    Member member = registry.require(candidateId);
    if (member.status() != MemberStatus.DANG_XET_KET_NAP) {
      return;
    }
    LocalDate certificate = member.certificateIssueDate();
    boolean certificateValid = certificate != null && rules.certificate(certificate, today()).valid();
    registry.changeStatus(candidateId, certificateValid ? MemberStatus.CAM_TINH_DANG : MemberStatus.QUAN_CHUNG_UU_TU,
        later(today(), member.statusSince()), reason, caseId);
  }
}
