package vn.nq21.workflow.exemption;

import static vn.nq21.workflow.casework.CaseDates.fmt;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import vn.nq21.workflow.calendar.WorkingDayCalendar;
import vn.nq21.workflow.casework.CaseDates;
import vn.nq21.workflow.casework.CaseMember;
import vn.nq21.workflow.casework.CaseOutcomes;
import vn.nq21.workflow.casework.CaseReader;
import vn.nq21.workflow.engine.CaseVariables;
import vn.nq21.workflow.engine.SubmissionRejectedException;
import vn.nq21.workflow.registry.Committees;
import vn.nq21.workflow.registry.Member;
import vn.nq21.workflow.registry.MemberRegistry;
import vn.nq21.workflow.registry.MemberStatus;
import vn.nq21.workflow.registry.Overlay;
import vn.nq21.workflow.registry.OverlayPeriod;
import vn.nq21.workflow.registry.OverlayStart;

/**
 * What the exemption model ({@code bpmn/mien-sinh-hoat-dang.bpmn}, §8) asks of the application by name
 * ({@code ${exemption.…}}): the member and the ground when the case opens, the MIEN_SH overlay when the chi bộ has
 * decided, its end when the member returns early, and the stop.
 */
@Component("exemption")
@EnableConfigurationProperties(ExemptionSettings.class)
public class ExemptionSteps {

  public static final String PROCESS_KEY = "mien-sinh-hoat-dang";

  static final Map<String, String> OUTCOMES = Map.of(
      "DA_MIEN", "Đã miễn công tác và sinh hoạt đảng; đảng viên đã trở lại sinh hoạt",
      "KHONG_DE_XUAT", "Chi ủy không đề xuất miễn; đã thông báo cho đảng viên",
      "CHI_BO_KHONG_DONG_Y", "Chi bộ không đồng ý miễn; đã thông báo cho đảng viên",
      "TU_TRAN", "Dừng: đảng viên từ trần",
      "KHAC", "Dừng theo quyết định của chi ủy");

  private final MemberRegistry registry;
  private final Committees committees;
  private final ExemptionRules rules;
  private final ExemptionSettings settings;
  private final WorkingDayCalendar workingDays;
  private final RuntimeService runtimeService;

  ExemptionSteps(MemberRegistry registry, Committees committees, ExemptionRules rules, ExemptionSettings settings,
      WorkingDayCalendar workingDays, @Lazy RuntimeService runtimeService) {
    this.registry = registry;
    this.committees = committees;
    this.rules = rules;
    this.settings = settings;
    this.workingDays = workingDays;
    this.runtimeService = runtimeService;
  }

  /**
   * MS01: the member the application is about (a dự bị or official member of this chi bộ, not exempted already, with
   * no other exemption case open), the ground as the table names it, and the warnings the chi ủy must see.
   */
  public void prepare(DelegateExecution execution) {
    CaseReader c = CaseReader.of(execution);
    Member member = CaseMember.byRecordNumber(c, registry, "Số lý lịch của đảng viên");
    String record = member.recordNumber();
    List<String> problems = new ArrayList<>();
    if (!member.status().isMember()) {
      problems.add(member.fullName() + " không phải đảng viên (đang là “" + member.status().label()
          + "”): chỉ đảng viên mới được xét miễn công tác và sinh hoạt đảng.");
    }
    if (!member.organizationCode().equals(c.orgCode())) {
      problems.add("Số lý lịch " + record + " không phải đảng viên của chi bộ này: chi bộ nơi đảng viên sinh hoạt "
          + "xét việc miễn.");
    }
    LocalDate today = CaseDates.today();
    if (registry.overlaysOn(member.id(), today).contains(Overlay.MIEN_SH)) {
      problems.add(member.fullName() + " đang được miễn công tác và sinh hoạt đảng.");
    }
    // This case is not in the database yet (it flushes at the end of the transaction): a match is another one
    if (runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
        .processInstanceBusinessKey(member.recordNumber()).count() > 0) {
      problems.add(member.fullName() + " đã có hồ sơ xin miễn sinh hoạt đang mở.");
    }
    LocalDate applied = c.date("applicationDate");
    if (applied == null || applied.isAfter(today)) {
      problems.add("“Ngày ghi trên đơn hoặc ngày báo cáo” phải có và không ở tương lai.");
    }
    if (c.text("groundCode") == null) {
      problems.add("Chưa chọn “Lý do xin miễn”.");
    }
    if (!problems.isEmpty()) {
      throw new SubmissionRejectedException(problems);
    }
    ExemptionRules.Eligibility ground = rules.of(c.text("groundCode"), false, applied);
    CaseMember.bind(execution, registry, member);
    execution.setVariable("memberStatusLabel", member.status().label());
    execution.setVariable("groundLabel", ground.groundLabel());
    execution.setVariable("timeBound", ground.timeBound());
    execution.setVariable("exemptionWarnings", warnings(member, c.text("groundCode"), applied));
    execution.setVariable("failedVotes", 0);
  }

  /** R-MS-03 (age), R-MS-08 (dự bị): what the chi ủy is told before it proposes. */
  private String warnings(Member member, String ground, LocalDate applied) {
    List<String> warnings = new ArrayList<>();
    int age = Period.between(member.birthDate(), applied).getYears();
    if ("TUOI_CAO".equals(ground) && age < settings.advancedAgeWarnBelow()) {
      warnings.add("Đảng viên " + age + " tuổi, dưới " + settings.advancedAgeWarnBelow() + " tuổi: xem kỹ lý do “tuổi"
          + " cao” (không có ngưỡng tuổi trong văn bản hiện hành; ngưỡng cảnh báo do cấu hình).");
    }
    List<String> seats = committees.heldByInWords(member.id(), applied);
    if (!seats.isEmpty()) {
      warnings.add("Đảng viên đang giữ " + String.join(", ", seats) + ": người được miễn công tác và sinh hoạt đảng"
          + " không đồng thời giữ chức vụ trong cấp ủy; chi bộ xem xét việc thôi giữ chức vụ (R-MS-09).");
    }
    if (member.status() == MemberStatus.DU_BI) {
      warnings.add("Đảng viên dự bị: văn bản không quy định việc miễn cho đảng viên dự bị; chi ủy phải ghi rõ lý do"
          + " đề xuất (R-MS-08).");
    }
    return warnings.isEmpty() ? null : String.join(" ", warnings);
  }

  /** Whether the exemption the chi bộ decided ends on a stated date (R-MS-07). */
  public boolean timeBound(DelegateExecution execution) {
    return Boolean.TRUE.equals(execution.getVariable("timeBound"));
  }

  /**
   * MS03 → the registry: MIEN_SH from the start the resolution states, and for a time-bound ground until its end
   * date (inclusive), with the ground, the resolution and, for a dự bị member, the chi ủy's justification.
   */
  public void recordExemption(DelegateExecution execution) {
    CaseReader c = CaseReader.of(execution);
    LocalDate start = c.date("exemptionStart");
    LocalDate end = timeBound(execution) ? c.date("exemptionEnd") : null;
    String reason = c.text("groundLabel") + "; nghị quyết chi bộ số " + c.text("resolutionNumber") + " ngày "
        + fmt(c.date("resolutionDate"));
    OverlayPeriod period = registry.startOverlay(c.id(CaseVariables.MEMBER), Overlay.MIEN_SH, start,
        new OverlayStart(null, null, end == null ? null : end.plusDays(1), reason, c.text("probationJustification")),
        execution.getProcessInstanceId());
    execution.setVariable("exemptionPeriodId", period.id());
    execution.setVariable("exemptionText", "Miễn công tác và sinh hoạt đảng từ ngày " + fmt(start)
        + (end == null ? ", không thời hạn" : " đến hết ngày " + fmt(end)) + " (" + c.text("groundLabel") + ").");
    if (end != null) {
      // the timer fires as the first day back begins
      execution.setVariable("exemptionEndDue",
          java.util.Date.from(end.plusDays(1).atStartOfDay(workingDays.zone()).toInstant()));
    } else {
      execution.setVariable("reviewCycle", "R/P" + settings.reviewEveryMonths() + "M");
    }
  }

  /** MS05 before the end: the chi bộ lets the member return; the exemption ends on the day of its decision. */
  public void endExemptionEarly(DelegateExecution execution) {
    CaseReader c = CaseReader.of(execution);
    LocalDate decided = c.date("returnDecisionDate");
    registry.endOverlay(c.id(CaseVariables.MEMBER), c.id("exemptionPeriodId"), decided,
        "Chi bộ quyết định cho trở lại sinh hoạt, nghị quyết số " + c.text("returnResolutionNumber") + " ngày "
            + fmt(decided), execution.getProcessInstanceId());
  }

  /** The member was told: the chi ủy did not propose, or the chi bộ did not agree. */
  public void closeRefused(DelegateExecution execution) {
    close(execution, "KHONG_DE_XUAT".equals(execution.getVariable("chiUyConclusion")) ? "KHONG_DE_XUAT"
        : "CHI_BO_KHONG_DONG_Y");
  }

  public void close(DelegateExecution execution, String outcome) {
    CaseOutcomes.close(execution, outcome, OUTCOMES);
  }

  /** The clerk stopped the case; a death is recorded in the registry (which ends the exemption that day). */
  public void stop(DelegateExecution execution) {
    CaseOutcomes.stop(execution, OUTCOMES, registry, CaseVariables.MEMBER);
  }
}
