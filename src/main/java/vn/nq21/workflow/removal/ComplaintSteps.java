package vn.nq21.workflow.removal;

import static vn.nq21.workflow.casework.CaseDates.fmt;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import vn.nq21.workflow.calendar.WorkingDayCalendar;
import vn.nq21.workflow.casework.CaseDates;
import vn.nq21.workflow.casework.CaseMember;
import vn.nq21.workflow.casework.CaseOutcomes;
import vn.nq21.workflow.casework.CaseReader;
import vn.nq21.workflow.casework.OwnCase;
import vn.nq21.workflow.engine.CaseVariables;
import vn.nq21.workflow.engine.FormValues;
import vn.nq21.workflow.engine.SubmissionRejectedException;
import vn.nq21.workflow.organization.Organization;
import vn.nq21.workflow.organization.OrganizationService;
import vn.nq21.workflow.registry.Hold;
import vn.nq21.workflow.registry.HoldPeriod;
import vn.nq21.workflow.registry.Member;
import vn.nq21.workflow.registry.MemberHolds;
import vn.nq21.workflow.registry.MemberRegistry;
import vn.nq21.workflow.registry.MemberStatus;
import vn.nq21.workflow.registry.StatusChange;
import vn.nq21.workflow.rules.Periods;

/**
 * What the complaint model ({@code bpmn/khieu-nai-xoa-ten.bpmn}, R-RK-07) asks of the application by name
 * ({@code ${complaint.…}}): the decision complained of and whether the complaint came in time, the deadline of its
 * resolution, the restoration when it is upheld, and the close.
 */
@Component("complaint")
public class ComplaintSteps {

  public static final String PROCESS_KEY = "khieu-nai-xoa-ten";
  /** thoi-han-quy-dinh: from receiving the decision to filing the complaint. */
  static final String FILING_PERIOD = "NOP_KHIEU_NAI";
  /** thoi-han-quy-dinh: from receipt to resolution, provincial and commune level; central level. */
  static final String RESOLUTION_PERIOD = "GIAI_QUYET";
  static final String CENTRAL_RESOLUTION_PERIOD = "GIAI_QUYET_TRUNG_UONG";

  static final Map<String, String> OUTCOMES = Map.of(
      "KHONG_THU_LY", "Đơn khiếu nại quá thời hạn, không thụ lý; đã trả lời đảng viên",
      "GIU_NGUYEN", "Giữ nguyên quyết định xóa tên; đã thông báo đảng viên và chi bộ",
      "CHAP_NHAN", "Khiếu nại đúng: đã hủy quyết định xóa tên, khôi phục trạng thái; đã thông báo",
      "RUT_DON", "Đảng viên rút đơn khiếu nại");

  /** What the removal case recorded about its decision (read from its history, not from its code). */
  private static final List<String> DECISION_FACTS = List.of("deliveredDate", "decisionNumber", "decisionDate",
      "authorityOrg", "authorityBody");

  private final MemberRegistry registry;
  private final MemberHolds holds;
  private final OrganizationService organizations;
  private final Periods periods;
  private final WorkingDayCalendar workingDays;
  private final HistoryService history;
  private final RuntimeService runtimeService;
  private final OwnCase ownCase;

  ComplaintSteps(MemberRegistry registry, MemberHolds holds, OrganizationService organizations, Periods periods,
      WorkingDayCalendar workingDays, @Lazy HistoryService history, @Lazy RuntimeService runtimeService,
      OwnCase ownCase) {
    this.ownCase = ownCase;
    this.registry = registry;
    this.holds = holds;
    this.organizations = organizations;
    this.periods = periods;
    this.workingDays = workingDays;
    this.history = history;
    this.runtimeService = runtimeService;
  }

  /**
   * XT08: the person was struck off (XOA_TEN); the complaint goes to the cấp ủy above the body that decided (this
   * case's organisation), or to the central level, followed by the province; it came in time (day 30 accepted, day 31
   * only with the office's recorded reason); the resolution's deadline counts from receipt.
   */
  public void prepare(DelegateExecution execution) {
    CaseReader c = CaseReader.of(execution);
    Member member = CaseMember.byRecordNumber(c, registry, "Số lý lịch của người khiếu nại");
    if (member.status() != MemberStatus.XOA_TEN) {
      throw new SubmissionRejectedException(List.of(member.fullName() + " đang là “" + member.status().label()
          + "”: chỉ người đã bị xóa tên mới khiếu nại về quyết định xóa tên ở đây."));
    }
    ownCase.refuseOwn(member.id());
    StatusChange removal = registry.lastRemoval(member.id()).orElseThrow(() -> new SubmissionRejectedException(
        List.of("Sổ đảng viên không ghi quyết định xóa tên của " + member.fullName() + ": kiểm tra lại số lý lịch.")));
    Map<String, Object> decision = decisionFacts(removal.caseId());
    List<String> problems = new ArrayList<>();
    if (runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
        .processInstanceBusinessKey(member.recordNumber()).count() > 0) {
      problems.add(member.fullName() + " đã có đơn khiếu nại đang giải quyết.");
    }
    String handler = expectedHandler(c.text("complaintAddressee"), decision, member);
    if (handler != null && !handler.equals(c.orgCode())) {
      problems.add("Đơn khiếu nại này do " + organizations.require(handler).name() + " nhận và giải quyết (cấp ủy cấp"
          + " trên của cơ quan đã quyết định xóa tên); mở hồ sơ bằng tài khoản văn phòng của tổ chức đó.");
    }
    LocalDate received = FormValues.toLocalDate(decision.get("deliveredDate"));
    if (received == null) {
      received = c.date("decisionReceivedDate");
    }
    LocalDate filed = c.date("complaintFiledDate");
    LocalDate receipt = c.date("complaintReceivedDate");
    LocalDate today = CaseDates.today();
    if (received == null) {
      problems.add("Hồ sơ xóa tên không ghi ngày giao quyết định: nhập “Ngày đảng viên nhận quyết định xóa tên”.");
    }
    if (filed == null || filed.isAfter(today) || (received != null && filed.isBefore(received))) {
      problems.add("“Ngày đảng viên gửi đơn” phải có, không ở tương lai và không sớm hơn ngày nhận quyết định.");
    }
    if (receipt == null || receipt.isAfter(today) || (filed != null && receipt.isBefore(filed))) {
      problems.add("“Ngày cơ quan nhận đơn” phải có, không ở tương lai và không sớm hơn ngày gửi đơn.");
    }
    if (c.text("complaintAddressee") == null) {
      problems.add("Chưa chọn “Đơn gửi đến”.");
    }
    if (c.text("complaintContent") == null) {
      problems.add("Chưa nhập “Nội dung khiếu nại”.");
    }
    if (!problems.isEmpty()) {
      throw new SubmissionRejectedException(problems);
    }
    int filingDays = periods.workingDays(PROCESS_KEY, FILING_PERIOD, received);
    LocalDate lastDay = workingDays.plusWorkingDays(received, filingDays);
    boolean inTime = !filed.isAfter(lastDay);
    String lateReason = c.text("lateAcceptanceReason");
    boolean accepted = inTime || lateReason != null;
    CaseMember.bind(execution, registry, member);
    execution.setVariable("removalDecisionText", "quyết định số " + decision.getOrDefault("decisionNumber", "(không rõ)")
        + " ngày " + fmt(removal.effectiveDate()) + (decision.get("authorityBody") == null ? ""
        : " của " + decision.get("authorityBody")) + "; " + (removal.reasonCode() == null ? removal.reason()
        : removal.reasonCode().label()) + "; đảng viên nhận quyết định ngày " + fmt(received));
    execution.setVariable("complaintAccepted", accepted);
    execution.setVariable("filingText", inTime
        ? "Đơn gửi ngày " + fmt(filed) + ", trong thời hạn (đến hết ngày " + fmt(lastDay) + ")."
        : "Đơn gửi ngày " + fmt(filed) + ", quá thời hạn " + filingDays + " ngày làm việc (hết ngày " + fmt(lastDay)
            + ")" + (accepted ? "; vẫn thụ lý vì: " + lateReason + "." : ": không thụ lý (R-RK-07)."));
    if (accepted) {
      String period = "TRUNG_UONG".equals(c.text("complaintAddressee")) ? CENTRAL_RESOLUTION_PERIOD : RESOLUTION_PERIOD;
      int days = periods.workingDays(PROCESS_KEY, period, receipt);
      execution.setVariable("complaintDeadline", workingDays.deadline(receipt, days));
      execution.setVariable("complaintDeadlineText", fmt(workingDays.plusWorkingDays(receipt, days)) + " (" + days
          + " ngày làm việc kể từ ngày nhận đơn " + fmt(receipt) + ")");
      HoldPeriod hold = holds.start(member.id(), Hold.KHIEU_NAI, receipt, "Đơn khiếu nại về quyết định xóa tên, nhận"
          + " ngày " + fmt(receipt));
      execution.setVariable("complaintHoldId", hold.id());
    } else {
      execution.setVariable("complaintOutcome", "KHONG_THU_LY");
      execution.setVariable("complaintResultText", OUTCOMES.get("KHONG_THU_LY") + ". " + execution.getVariable("filingText"));
    }
  }

  /** The organisation that takes the complaint: above the deciding body, or the province for the central level. */
  private String expectedHandler(String addressee, Map<String, Object> decision, Member member) {
    if ("TRUNG_UONG".equals(addressee)) {
      return organizations.provinceOf(member.organizationCode()).code();
    }
    Object deciding = decision.get("authorityOrg");
    if (deciding == null) {
      return null; // a removal recorded without its case: the office that opens it answers for it
    }
    Organization org = organizations.require((String) deciding);
    return org.parentCode() == null ? org.code() : org.parentCode();
  }

  private Map<String, Object> decisionFacts(String caseId) {
    Map<String, Object> facts = new HashMap<>();
    if (caseId == null) {
      return facts;
    }
    for (HistoricVariableInstance v : history.createHistoricVariableInstanceQuery().processInstanceIdIn(caseId)
        .variableNameIn(DECISION_FACTS.toArray(String[]::new)).list()) {
      if (v.getValue() != null) {
        facts.put(v.getName(), v.getValue());
      }
    }
    return facts;
  }

  /** The complaint upheld: the status held before the xóa tên comes back, with its original date (§9.7). */
  public void restore(DelegateExecution execution) {
    CaseReader c = CaseReader.of(execution);
    registry.restoreAfterComplaint(c.id(CaseVariables.MEMBER), c.date("complaintResolutionDate"),
        "Khiếu nại đúng: hủy quyết định xóa tên theo văn bản số " + c.text("complaintResolutionNumber") + " ngày "
            + fmt(c.date("complaintResolutionDate")) + " của " + c.text("complaintResolvedBy"),
        execution.getProcessInstanceId());
  }

  /** The member and the chi bộ were told: the outcome, and the registry's open complaint ends. */
  public void close(DelegateExecution execution) {
    CaseReader c = CaseReader.of(execution);
    CaseOutcomes.close(execution, c.text("complaintOutcome"), OUTCOMES);
    Long hold = c.id("complaintHoldId");
    if (hold != null) {
      // the complaint stays open through the day it was resolved
      holds.end(c.id(CaseVariables.MEMBER), hold, c.dateOr("complaintResolutionDate", CaseDates.today()).plusDays(1),
          OUTCOMES.get(c.text("complaintOutcome")));
    }
  }
}
