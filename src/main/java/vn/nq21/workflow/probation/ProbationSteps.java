package vn.nq21.workflow.probation;

import static vn.nq21.workflow.casework.CaseDates.fmt;
import static vn.nq21.workflow.casework.CaseDates.today;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import vn.nq21.workflow.calendar.WorkingDayCalendar;
import vn.nq21.workflow.casework.CaseHandOver;
import vn.nq21.workflow.casework.CaseMember;
import vn.nq21.workflow.casework.CaseOutcomes;
import vn.nq21.workflow.casework.CaseReader;
import vn.nq21.workflow.engine.CaseVariables;
import vn.nq21.workflow.engine.SubmissionRejectedException;
import vn.nq21.workflow.organization.Organization;
import vn.nq21.workflow.organization.OrganizationService;
import vn.nq21.workflow.registry.KeyDates;
import vn.nq21.workflow.registry.Member;
import vn.nq21.workflow.registry.MemberRegistry;
import vn.nq21.workflow.registry.MemberStatus;
import vn.nq21.workflow.registry.ReasonCode;
import vn.nq21.workflow.rules.Period;
import vn.nq21.workflow.rules.Periods;

/**
 * What the probation model ({@code bpmn/cong-nhan-dang-vien-chinh-thuc.bpmn}, §6) asks of the application
 * by name ({@code ${probation.…}}): the member and the probation's dates when the case opens (after the
 * ceremony, by the start message {@value #START_MESSAGE}, or by a clerk's start form), the registry changes
 * at its end, and handing the case to another chi bộ when the member transfers.
 */
@Component("probation")
public class ProbationSteps {

  public static final String PROCESS_KEY = "cong-nhan-dang-vien-chinh-thuc";
  public static final String START_MESSAGE = "bat-dau-du-bi";
  public static final String HAND_OVER_MESSAGE = "chuyen-sinh-hoat-du-bi";
  /** The periods of thoi-han-quy-dinh this procedure keeps (R-CN-01, R-CN-05, R-CN-10). */
  static final String PROBATION = "THOI_GIAN_DU_BI";
  static final String REVIEW = "XET_CONG_NHAN";
  static final String VOTE_ATTEMPTS = "SO_LAN_BIEU_QUYET";

  static final Map<String, String> OUTCOMES = Map.of(
      "CONG_NHAN", "Đã công nhận đảng viên chính thức",
      "XOA_TEN_DU_BI", "Đã xóa tên khỏi danh sách đảng viên dự bị",
      "TU_TRAN", "Dừng: đảng viên dự bị từ trần",
      "CHUYEN_DI", "Đảng viên dự bị chuyển sinh hoạt ra ngoài hệ thống; nơi đến tiếp tục theo dõi thời gian dự bị",
      "KHAC", "Dừng theo quyết định của chi ủy");

  private final MemberRegistry registry;
  private final OrganizationService organizations;
  private final WorkingDayCalendar workingDays;
  private final RuntimeService runtimeService;
  private final CaseHandOver handOver;
  private final Periods periods;
  private final int reviewLeadWorkingDays;

  public ProbationSteps(MemberRegistry registry, OrganizationService organizations, WorkingDayCalendar workingDays,
      @Lazy RuntimeService runtimeService, CaseHandOver handOver, Periods periods,
      @Value("${nq21.probation.review-lead-working-days:20}") int reviewLeadWorkingDays) {
    this.registry = registry;
    this.organizations = organizations;
    this.workingDays = workingDays;
    this.runtimeService = runtimeService;
    this.handOver = handOver;
    this.periods = periods;
    this.reviewLeadWorkingDays = reviewLeadWorkingDays;
  }

  /** The member and the dates of their probation (R-CN-01, R-CN-05, §6.4). */
  public void prepare(DelegateExecution execution) {
    CaseReader c = CaseReader.of(execution);
    Member member = c.id(CaseVariables.MEMBER) != null ? registry.require(c.id(CaseVariables.MEMBER)) : byRecordNumber(c);
    if (member.status() != MemberStatus.DU_BI) {
      throw new SubmissionRejectedException(List.of(member.fullName() + " không phải đảng viên dự bị (đang là “"
          + member.status().label() + "”)."));
    }
    if (!member.organizationCode().equals(c.orgCode())) {
      throw new SubmissionRejectedException(List.of(member.fullName() + " sinh hoạt ở tổ chức khác ("
          + member.organizationCode() + "): chi bộ nơi đảng viên sinh hoạt mở hồ sơ này."));
    }
    if (member.ceremonyDate() == null) {
      throw new SubmissionRejectedException(List.of("Sổ đảng viên chưa có ngày lễ kết nạp của " + member.fullName()
          + ": cần ghi ngày lễ kết nạp trước khi mở hồ sơ dự bị."));
    }
    // This case is not in the database yet (it flushes at the end of the transaction): a match is another one
    long open = runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
        .processInstanceBusinessKey(member.recordNumber()).count();
    if (open > 0) {
      throw new SubmissionRejectedException(List.of(member.fullName() + " đã có hồ sơ dự bị đang mở."));
    }
    Period probation = periods.of(PROCESS_KEY, PROBATION, member.ceremonyDate());
    if (probation.unit() != Period.Unit.THANG) {
      throw new IllegalStateException("Bảng " + Periods.TABLE + ": thời gian dự bị phải tính bằng tháng (R-GEN-02).");
    }
    LocalDate end = member.ceremonyDate().plusMonths(probation.amount());
    Period review = periods.of(PROCESS_KEY, REVIEW, end);
    Period attempts = periods.of(PROCESS_KEY, VOTE_ATTEMPTS, end);
    LocalDate reviewFrom = workingDays.plusWorkingDays(end, -reviewLeadWorkingDays);
    CaseMember.bind(execution, registry, member);
    execution.setVariable("memberRecordNumber", member.recordNumber());
    execution.setVariable("ceremonyDate", member.ceremonyDate().toString());
    execution.setVariable("admissionDecisionDate", member.admissionDate() == null ? null : member.admissionDate().toString());
    execution.setVariable("probationEnd", end.toString());
    execution.setVariable("probationEndText", fmt(end));
    execution.setVariable("probationEndDue", workingDays.endOfDay(end));
    execution.setVariable("reviewStart", java.util.Date.from(reviewFrom.atStartOfDay(workingDays.zone()).toInstant()));
    int reviewDays = periods.workingDays(PROCESS_KEY, REVIEW, end);
    execution.setVariable("voteDeadline", workingDays.deadline(end, reviewDays));
    execution.setVariable("voteDeadlineText", "Chi bộ xét công nhận chậm nhất ngày "
        + fmt(workingDays.plusWorkingDays(end, reviewDays)) + " (" + review.text() + " " + review.label() + ", "
        + review.source() + ").");
    execution.setVariable("voteAttempts", attempts.amount());
    execution.setVariable("failedVotes", 0);
    execution.setVariable("dangUyFailedVotes", 0);
  }

  private Member byRecordNumber(CaseReader c) {
    return CaseMember.byRecordNumber(c, registry, "Số lý lịch của đảng viên dự bị");
  }

  /** Which decision the competent body takes: on a proposal to remove, a xóa tên; otherwise a recognition. */
  public String decisionType(DelegateExecution execution) {
    CaseReader c = CaseReader.of(execution);
    return c.flag("chiBoPassed") && "XOA_TEN_DU_BI".equals(c.text("proposal")) ? "XOA_TEN" : "CONG_NHAN";
  }

  /** What the chi bộ proposes, for the competent body's decision form (the review chain shows it). */
  public String proposalText(DelegateExecution execution) {
    CaseReader c = CaseReader.of(execution);
    return c.flag("chiBoPassed")
        ? ("XOA_TEN_DU_BI".equals(c.text("proposal")) ? "Chi bộ đề nghị xóa tên khỏi danh sách đảng viên dự bị"
            : "Chi bộ đề nghị công nhận đảng viên chính thức") + " (" + c.text("chiBoResultText") + ")"
        : "Chi bộ biểu quyết " + c.number("failedVotes") + " lần không đạt; cấp có thẩm quyền quyết định (R-CN-10). "
            + c.text("failedVotesText");
  }

  /** Official from the end of probation, whatever the decision's date (R-CN-07); tuổi đảng from the admission decision (R-CN-08). */
  public void recordRecognition(DelegateExecution execution) {
    CaseReader c = CaseReader.of(execution);
    LocalDate end = c.date("probationEnd");
    registry.changeStatus(c.id(CaseVariables.MEMBER), MemberStatus.CHINH_THUC, end, "Quyết định công nhận đảng viên chính thức số "
        + c.text("decisionNumber") + " ngày " + fmt(c.date("decisionDate"))
        + "; có hiệu lực từ ngày hết thời gian dự bị (R-CN-07)", execution.getProcessInstanceId());
    registry.updateKeyDates(c.id(CaseVariables.MEMBER), KeyDates.none().withRecognition(end, null), execution.getProcessInstanceId());
  }

  /** R-CN-09: struck off the probation list, never "khai trừ". */
  public void recordRemoval(DelegateExecution execution) {
    CaseReader c = CaseReader.of(execution);
    Member member = registry.require(c.id(CaseVariables.MEMBER));
    LocalDate decision = c.date("decisionDate");
    registry.changeStatus(member.id(), MemberStatus.XOA_TEN, decision.isBefore(member.statusSince())
        ? member.statusSince() : decision, ReasonCode.DU_BI_KHONG_DU_TU_CACH,
        "Xóa tên khỏi danh sách đảng viên dự bị, quyết định số "
        + c.text("decisionNumber") + " ngày " + fmt(decision), execution.getProcessInstanceId());
  }

  /** CN10: the decision announced; the party card number recorded when there is one (R-CN-13). */
  public void recordAnnouncement(DelegateExecution execution) {
    CaseReader c = CaseReader.of(execution);
    String card = c.text("cardNumber");
    if (card != null) {
      registry.updateKeyDates(c.id(CaseVariables.MEMBER), KeyDates.none().withRecognition(null, card),
          execution.getProcessInstanceId());
    }
  }

  public void close(DelegateExecution execution, String outcome) {
    CaseOutcomes.close(execution, outcome, OUTCOMES);
  }

  /** The clerk stopped the case; a death is recorded in the registry. */
  public void stop(DelegateExecution execution) {
    CaseOutcomes.stop(execution, OUTCOMES, registry, CaseVariables.MEMBER);
  }

  /**
   * R-CN-14: the member transferred to another chi bộ, which continues the probation. The registry moves
   * the member; open tasks move from the old chi ủy to the new one; the new chi bộ's supervisors may watch
   * the case. Triggered by the message {@value #HAND_OVER_MESSAGE} with the variable {@code newOrgId}.
   */
  public void handOver(DelegateExecution execution) {
    CaseReader c = CaseReader.of(execution);
    Organization to = organizations.require(c.text("newOrgId"));
    if (!to.type().isChiBo()) {
      throw new SubmissionRejectedException(List.of(to.name() + " không phải chi bộ: hồ sơ dự bị chỉ chuyển đến chi bộ."));
    }
    if (to.code().equals(c.orgCode())) {
      return;
    }
    // a transfer procedure moves the registry itself and says so (movedOn); a message without it moves it today
    long member = c.id(CaseVariables.MEMBER);
    if (!to.code().equals(registry.require(member).organizationCode())) {
      registry.moveTo(member, to.code(), c.dateOr("movedOn", today()),
          "Chuyển sinh hoạt đảng trong thời gian dự bị (R-CN-14)", execution.getProcessInstanceId());
    }
    handOver.handOver(execution, to);
  }
}
