package vn.nq21.workflow.admission;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.nq21.workflow.casework.CaseDates;
import vn.nq21.workflow.casework.CaseReader;
import vn.nq21.workflow.engine.SubmissionRejectedException;
import vn.nq21.workflow.registry.Member;
import vn.nq21.workflow.admission.rules.AdmissionRules;
import vn.nq21.workflow.admission.rules.ReadmissionCheck;
import vn.nq21.workflow.registry.MemberRegistry;
import vn.nq21.workflow.registry.MemberStatus;
import vn.nq21.workflow.registry.NewPerson;
import vn.nq21.workflow.registry.PersonNames;

/**
 * KN01: puts the person the chi bộ proposes into the registry as a quần chúng ưu tú, or takes the person
 * already there (by số lý lịch), and links the case to them ({@code candidateId}).
 */
@Component("registerCandidate")
public class RegisterCandidate implements JavaDelegate {

  private final MemberRegistry registry;
  private final AdmissionRules rules;

  public RegisterCandidate(MemberRegistry registry, AdmissionRules rules) {
    this.registry = registry;
    this.rules = rules;
  }

  @Override
  public void execute(DelegateExecution execution) {
    CaseReader c = CaseReader.of(execution);
    String caseId = execution.getProcessInstanceId();
    String recordNumber = c.text("candidateRecordNumber");
    Member member = recordNumber == null ? null : registry.findByRecordNumber(recordNumber).orElse(null);
    if (recordNumber != null && member == null) {
      throw new SubmissionRejectedException(List.of("Số lý lịch " + recordNumber
          + " không có trong sổ: để trống ô “Số lý lịch” để ghi người mới vào sổ."));
    }
    if (member == null) {
      member = registry.register(newPerson(c, execution.getProcessInstanceId()), caseId);
    } else if (member.status() == MemberStatus.XOA_TEN || member.status() == MemberStatus.KHAI_TRU) {
      member = readmit(member, c.orgCode(), caseId);
    } else {
      check(member, c.orgCode());
      registry.bindCase(caseId, member.id());
    }
    if (member.status() == MemberStatus.QUAN_CHUNG) {
      member = registry.changeStatus(member.id(), MemberStatus.QUAN_CHUNG_UU_TU, CaseDates.today(),
          "Chi bộ đưa vào danh sách quần chúng ưu tú", caseId);
    }
    execution.setVariable("candidateId", member.id());
    execution.setVariable("candidateRecordNumber", member.recordNumber());
    execution.setVariable("candidateName", member.fullName());
    execution.setVariable("candidateBirthDate", member.birthDate().toString());
    execution.setProcessBusinessKey(member.recordNumber());
  }

  private static NewPerson newPerson(CaseReader c, String processInstanceId) {
    List<String> problems = new ArrayList<>();
    String name = c.text("candidateName");
    LocalDate birth = c.date("candidateBirthDate");
    String gender = c.text("candidateGender");
    String identity = c.text("candidateIdentityNumber");
    if (name == null) {
      problems.add("Chưa nhập “Họ và tên người vào Đảng”.");
    } else if (PersonNames.problem(name) != null) {
      problems.add(PersonNames.problem(name));
    }
    if (birth == null) {
      problems.add("Chưa nhập “Ngày sinh”.");
    } else if (birth.isAfter(CaseDates.today())) {
      problems.add("“Ngày sinh” ở tương lai.");
    }
    if (gender != null && !gender.equals("NAM") && !gender.equals("NU")) {
      problems.add("“Giới tính” phải là Nam hoặc Nữ.");
    }
    LocalDate listed = c.dateOr("listedDate", CaseDates.today());
    if (listed.isAfter(CaseDates.today()) || (birth != null && listed.isBefore(birth))) {
      problems.add("“Ngày chi bộ đưa vào nguồn kết nạp” (" + CaseDates.fmt(listed) + ") không được ở tương lai hay"
          + " trước ngày sinh.");
    }
    if (identity != null && !identity.matches("\\d{12}")) {
      problems.add("“Số định danh cá nhân” phải gồm đúng 12 chữ số (đang là “" + identity + "”).");
    }
    if (!problems.isEmpty()) {
      throw new SubmissionRejectedException(problems);
    }
    // A provisional record number until the party assigns the số lý lịch
    String recordNumber = "KN-" + processInstanceId.substring(0, Math.min(8, processInstanceId.length())).toUpperCase();
    // quần chúng ưu tú from the day the chi bộ listed the person (a case recorded later from paper keeps its dates)
    return new NewPerson(recordNumber, name, gender, birth, identity, c.orgCode(), MemberStatus.QUAN_CHUNG_UU_TU,
        listed);
  }

  /**
   * R-KN-22/23: a person who left the Party is considered again only when why and when they left allow it; the
   * admission's steps then run again from the start (the BTV tỉnh ủy's consent is asked before the vote), at the chi
   * bộ where they now apply. The earlier membership stays in the history.
   */
  private Member readmit(Member member, String orgCode, String caseId) {
    // a xin ra records whether the member left for extremely difficult family circumstances (R-KN-23)
    boolean hardship = registry.lastRemoval(member.id()).map(r -> Boolean.TRUE.equals(r.hardship())).orElse(false);
    ReadmissionCheck readmission = rules.readmission(member.id(), CaseDates.today(), hardship);
    if (!readmission.allowed()) {
      throw new SubmissionRejectedException(List.of(readmission.message()));
    }
    registry.bindCase(caseId, member.id());
    Member again = registry.changeStatus(member.id(), MemberStatus.QUAN_CHUNG_UU_TU, CaseDates.today(),
        "Chi bộ xem xét kết nạp lại (R-KN-22)", caseId);
    if (!again.organizationCode().equals(orgCode)) {
      again = registry.moveTo(again.id(), orgCode, CaseDates.today(), "Xem xét kết nạp lại ở chi bộ nơi đang ở",
          caseId);
    }
    return again;
  }

  private static void check(Member member, String orgCode) {
    if (!member.organizationCode().equals(orgCode)) {
      throw new SubmissionRejectedException(List.of("Người có số lý lịch " + member.recordNumber()
          + " thuộc tổ chức khác (" + member.organizationCode() + "), không mở hồ sơ kết nạp ở chi bộ này được."));
    }
    if (member.status() != MemberStatus.QUAN_CHUNG && member.status() != MemberStatus.QUAN_CHUNG_UU_TU
        && member.status() != MemberStatus.CAM_TINH_DANG) {
      throw new SubmissionRejectedException(List.of(member.fullName() + " đang ở trạng thái “"
          + member.status().label() + "”, không mở hồ sơ kết nạp mới được."));
    }
  }
}
