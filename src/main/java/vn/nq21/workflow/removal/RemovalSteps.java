package vn.nq21.workflow.removal;

import static vn.nq21.workflow.casework.CaseDates.fmt;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import vn.nq21.workflow.calendar.WorkingDayCalendar;
import vn.nq21.workflow.casework.CaseDates;
import vn.nq21.workflow.casework.CaseMember;
import vn.nq21.workflow.casework.CaseOutcomes;
import vn.nq21.workflow.casework.CaseReader;
import vn.nq21.workflow.casework.OwnCase;
import vn.nq21.workflow.engine.CaseVariables;
import vn.nq21.workflow.engine.SubmissionRejectedException;
import vn.nq21.workflow.registry.Hold;
import vn.nq21.workflow.registry.Member;
import vn.nq21.workflow.registry.MemberHolds;
import vn.nq21.workflow.registry.MemberRegistry;
import vn.nq21.workflow.registry.MemberStatus;
import vn.nq21.workflow.registry.ReasonCode;
import vn.nq21.workflow.rules.Periods;

/**
 * What the removal model ({@code bpmn/dua-ra-khoi-dang.bpmn}, §9) asks of the application by name
 * ({@code ${removal.…}}): the member and the proven ground or the written request when the case opens, the member a
 * review was asked for, the proposal the levels above read, the registry's XOA_TEN with its reason code on the
 * decision's date, the delivery that starts the complaint window, and how the case ends.
 */
@Component("removal")
public class RemovalSteps {

  public static final String PROCESS_KEY = "dua-ra-khoi-dang";

  static final Map<String, String> OUTCOMES = Map.of(
      "DA_XOA_TEN", "Đã xóa tên; đã giao quyết định cho đảng viên",
      "KHONG_MO_HO_SO", "Chi ủy đã rà soát, không đề nghị xóa tên",
      "VI_PHAM_XU_LY_KY_LUAT", "Không giải quyết đơn xin ra: đảng viên có vi phạm đang được xem xét (kỷ luật trước)",
      "CHI_BO_KHONG_DAT", "Chi bộ biểu quyết không đạt hai phần ba; đã báo cáo cấp trên và thông báo đảng viên",
      "DANG_UY_KHONG_DE_NGHI", "Đảng ủy cơ sở không đề nghị xóa tên; đã thông báo đảng viên",
      "KHONG_XOA_TEN", "Cấp có thẩm quyền không xóa tên; đã thông báo đảng viên",
      "TU_TRAN", "Dừng: đảng viên từ trần",
      "KHAC", "Dừng theo quyết định của chi ủy");

  /** The variants of the case and how the forms name them. */
  static final Map<String, String> VARIANTS = Map.of(
      "XOA_TEN", "Xóa tên trong danh sách đảng viên",
      "XIN_RA", "Xin ra khỏi Đảng");

  /** The procedures that may ask for a review, and what the chi ủy is told of each (R-CS-09, R-RK-03). */
  static final Map<String, String> REVIEW_SOURCES = Map.of(
      "CHUYEN_SH_KHONG_DEN", "Đảng viên được giới thiệu chuyển sinh hoạt nhưng không đến báo cáo nơi mới; nơi đến đề"
          + " nghị xem xét xóa tên (R-CS-09)",
      "HAI_NAM_KHTNV", "Đảng viên hai năm liền xếp loại “Không hoàn thành nhiệm vụ” (R-RK-03, HD 02-2021)");

  /** A xóa tên names its ground (the form asks for it only then). */
  static final String NO_GROUND = "Chưa chọn “Căn cứ xóa tên (R-RK-01)”.";

  /** Matters that mean a violation is under consideration: no xin ra until discipline has concluded (R-RK-08). */
  static final Set<Hold> VIOLATION_UNDER_REVIEW = EnumSet.of(Hold.KIEM_TRA, Hold.KY_LUAT, Hold.DE_NGHI_KHAI_TRU);

  private final MemberRegistry registry;
  private final MemberHolds holds;
  private final RemovalGrounds grounds;
  private final Periods periods;
  private final WorkingDayCalendar workingDays;
  private final RuntimeService runtimeService;
  private final OwnCase ownCase;

  RemovalSteps(MemberRegistry registry, MemberHolds holds, RemovalGrounds grounds, Periods periods,
      WorkingDayCalendar workingDays, @Lazy RuntimeService runtimeService, OwnCase ownCase) {
    this.ownCase = ownCase;
    this.registry = registry;
    this.holds = holds;
    this.grounds = grounds;
    this.periods = periods;
    this.workingDays = workingDays;
    this.runtimeService = runtimeService;
  }

  /**
   * XT01 / XR01: an official member of this chi bộ with no other removal case open; for xóa tên a ground the records
   * prove on the opening date, for xin ra the written request and no violation under consideration.
   */
  public void prepare(DelegateExecution execution) {
    CaseReader c = CaseReader.of(execution);
    Member member = CaseMember.byRecordNumber(c, registry, "Số lý lịch của đảng viên");
    ownCase.refuseOwn(member.id());
    List<String> problems = new ArrayList<>(memberProblems(c, member));
    LocalDate opened = c.date("openedDate");
    if (opened == null || opened.isAfter(CaseDates.today())) {
      problems.add("“Ngày chi ủy mở hồ sơ” phải có và không ở tương lai.");
    }
    String variant = c.text("variant");
    if (variant == null || !VARIANTS.containsKey(variant)) {
      problems.add("Chưa chọn “Trường hợp” (xóa tên hay xin ra khỏi Đảng).");
    }
    if ("XOA_TEN".equals(variant) && c.text("groundCode") == null) {
      problems.add(NO_GROUND);
    }
    if (!problems.isEmpty()) {
      throw new SubmissionRejectedException(problems);
    }
    if ("XOA_TEN".equals(variant)) {
      RemovalGrounds.Finding finding = grounds.check(member.id(), c.text("groundCode"), opened, c.date("cardActDate"),
          c.text("groundBasis"));
      if (!finding.proven()) {
        throw new SubmissionRejectedException(List.of(finding.refusal()));
      }
      setGround(execution, finding);
    } else {
      problems.addAll(requestProblems(c, opened));
      problems.addAll(violationProblems(member, opened));
      if (!problems.isEmpty()) {
        throw new SubmissionRejectedException(problems);
      }
      execution.setVariable("groundLabel", "đơn ngày " + fmt(c.date("requestDate")) + ": " + c.text("requestReasons"));
      execution.setVariable("groundEvidence", c.flag("hardship")
          ? "Đảng viên có hoàn cảnh gia đình đặc biệt khó khăn: " + c.text("hardshipDetails") : null);
      execution.setVariable("reasonCode", ReasonCode.XIN_RA.name());
    }
    bind(execution, member);
    execution.setVariable("variantLabel", VARIANTS.get(variant));
    execution.setVariable("removalWarnings", khaiTruWarning(member, opened));
  }

  /** What the form's member must be: official, of this chi bộ, without another removal case open. */
  private List<String> memberProblems(CaseReader c, Member member) {
    List<String> problems = new ArrayList<>();
    if (member.status() == MemberStatus.DU_BI) {
      problems.add(member.fullName() + " là đảng viên dự bị: đảng viên dự bị không đủ tư cách thì xóa tên khỏi danh"
          + " sách đảng viên dự bị trong hồ sơ dự bị, công nhận đảng viên chính thức (R-RK-09, R-CN-09).");
    } else if (member.status() != MemberStatus.CHINH_THUC) {
      problems.add(member.fullName() + " không phải đảng viên chính thức (đang là “" + member.status().label() + "”).");
    }
    if (!c.orgCode().equals(member.organizationCode())) {
      problems.add("Số lý lịch " + member.recordNumber() + " không phải đảng viên của chi bộ này: chi bộ nơi đảng viên"
          + " sinh hoạt chính thức xem xét.");
    }
    // This case is not in the database yet (it flushes at the end of the transaction): a match is another one
    if (runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
        .processInstanceBusinessKey(member.recordNumber()).count() > 0) {
      problems.add(member.fullName() + " đã có hồ sơ đưa ra khỏi Đảng đang mở.");
    }
    return problems;
  }

  private static List<String> requestProblems(CaseReader c, LocalDate opened) {
    List<String> problems = new ArrayList<>();
    LocalDate requested = c.date("requestDate");
    if (requested == null || (opened != null && requested.isAfter(opened))) {
      problems.add("“Ngày ghi trên đơn” phải có và không sau ngày chi ủy mở hồ sơ.");
    }
    if (c.text("requestReasons") == null) {
      problems.add("Chưa nhập “Lý do đảng viên nêu trong đơn” (đơn xin ra phải nêu rõ lý do, R-RK-08).");
    }
    if (c.flag("hardship") && c.text("hardshipDetails") == null) {
      problems.add("Chưa nhập “Hoàn cảnh cụ thể” của gia đình đảng viên.");
    }
    return problems;
  }

  /** Whether another removal case than {@code caseId} is open for the member with this số lý lịch. */
  boolean anotherCaseOpen(String recordNumber, String caseId) {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
        .processInstanceBusinessKey(recordNumber).list().stream().anyMatch(i -> !i.getId().equals(caseId));
  }

  /** R-RK-08: a member whose violation is under consideration is disciplined first; the request is not taken up. */
  List<String> violationProblems(Member member, LocalDate on) {
    return holds.on(member.id(), on).stream().filter(h -> VIOLATION_UNDER_REVIEW.contains(h.hold()))
        .map(h -> member.fullName() + " đang có việc “" + h.hold().label() + "” từ ngày " + fmt(h.validFrom()) + " ("
            + h.reason() + "): xử lý kỷ luật trước, không giải quyết đơn xin ra khỏi Đảng (R-RK-08, R-RK-05).")
        .toList();
  }

  /** R-RK-05 told ahead: the case may go on, but the competent body cannot decide while khai trừ is proposed. */
  private String khaiTruWarning(Member member, LocalDate on) {
    return holds.on(member.id(), on).stream().filter(h -> h.hold() == Hold.DE_NGHI_KHAI_TRU)
        .map(h -> "Đảng viên đang bị xem xét kỷ luật với đề nghị khai trừ (từ ngày " + fmt(h.validFrom()) + "): cấp có"
            + " thẩm quyền chưa quyết định xóa tên được cho đến khi việc kỷ luật kết thúc (R-RK-05).")
        .collect(Collectors.joining(" ")).transform(s -> s.isEmpty() ? null : s);
  }

  /**
   * A review another procedure asks for ({@code reviewSource}, message de-nghi-ra-soat-xoa-ten with memberId and
   * caseOrgId): the member, and what the chi ủy is asked to look at. Never a removal by itself.
   */
  public void prepareReview(DelegateExecution execution) {
    CaseReader c = CaseReader.of(execution);
    Member member = registry.require(c.id(CaseVariables.MEMBER));
    String source = c.text("reviewSource");
    String text = REVIEW_SOURCES.get(source);
    if (text == null) {
      throw new IllegalArgumentException("Đề nghị rà soát từ nguồn không biết: " + source);
    }
    bind(execution, member);
    execution.setVariable("reviewSourceText", text + (c.text("reviewDetails") == null ? "" : ". " + c.text("reviewDetails")));
    execution.setVariable("variantLabel", "Rà soát");
  }

  /** The ground the chi ủy's review proved (RemovalChecks): the case goes on as a xóa tên. */
  static void setGround(DelegateExecution execution, RemovalGrounds.Finding finding) {
    execution.setVariable("groundLabel", finding.groundLabel());
    execution.setVariable("groundEvidence", "Sổ sách: " + finding.evidence());
    execution.setVariable("reasonCode", finding.reasonCode());
  }

  private void bind(DelegateExecution execution, Member member) {
    CaseMember.bind(execution, registry, member);
    execution.setVariable("memberStatusLabel", member.status().label());
    execution.setVariable("selfReviewRequests", 0);
    execution.setVariable("failedVotes", 0);
  }

  /** What the chi bộ proposes, for the levels above (the review chain shows it on their forms). */
  public String proposalText(DelegateExecution execution) {
    CaseReader c = CaseReader.of(execution);
    return "Chi bộ đề nghị xóa tên " + c.text("memberName") + " (" + c.text("variantLabel").toLowerCase(java.util.Locale.ROOT)
        + ": " + c.text("groundLabel") + "); " + c.text("chiBoResultText") + ", nghị quyết số "
        + c.text("resolutionNumber") + " ngày " + fmt(c.date("resolutionDate")) + ". " + c.text("selfReviewText");
  }

  /**
   * XT06 / XR04 → the registry: XOA_TEN from the decision's date (R-RK-06) with the reason code (§9.5a), and for a
   * xin ra the hardship flag (R-KN-23). Leaving ends every overlay that day.
   */
  public void recordRemoval(DelegateExecution execution) {
    CaseReader c = CaseReader.of(execution);
    long memberId = c.id(CaseVariables.MEMBER);
    LocalDate decided = c.date("decisionDate");
    String reason = "Quyết định xóa tên số " + c.text("decisionNumber") + " ngày " + fmt(decided) + " của "
        + c.text("authorityBody") + " (" + c.text("groundLabel") + ")";
    ReasonCode code = ReasonCode.valueOf(c.text("reasonCode"));
    if (code == ReasonCode.XIN_RA) {
      registry.removeOnRequest(memberId, decided, c.flag("hardship"), reason, execution.getProcessInstanceId());
    } else {
      registry.changeStatus(memberId, MemberStatus.XOA_TEN, decided, code, reason, execution.getProcessInstanceId());
    }
    execution.setVariable("complaintWorkingDays", periods.workingDays(ComplaintSteps.PROCESS_KEY,
        ComplaintSteps.FILING_PERIOD, decided));
  }

  /** XT07: the day the member received the decision starts the complaint window (R-RK-07). */
  public void recordDelivery(DelegateExecution execution) {
    CaseReader c = CaseReader.of(execution);
    LocalDate delivered = c.date("deliveredDate");
    int days = periods.workingDays(ComplaintSteps.PROCESS_KEY, ComplaintSteps.FILING_PERIOD, delivered);
    LocalDate last = workingDays.plusWorkingDays(delivered, days);
    execution.setVariable("complaintLastDay", last.toString());
    execution.setVariable("complaintText", "Đảng viên nhận quyết định ngày " + fmt(delivered) + "; được khiếu nại đến"
        + " hết ngày " + fmt(last) + " (" + days + " ngày làm việc, R-RK-07).");
  }

  /** Why the case ends without a removal: the path it came by. */
  public void closeRefused(DelegateExecution execution) {
    close(execution, refusalOutcome(CaseReader.of(execution)));
  }

  static String refusalOutcome(CaseReader c) {
    if ("CO".equals(c.text("violationFound"))) {
      return "VI_PHAM_XU_LY_KY_LUAT";
    }
    if (!c.flag("chiBoPassed")) {
      return "CHI_BO_KHONG_DAT";
    }
    return "DANG_UY_KHONG_DE_NGHI".equals(c.text("reviewOutcome")) ? "DANG_UY_KHONG_DE_NGHI" : "KHONG_XOA_TEN";
  }

  public void close(DelegateExecution execution, String outcome) {
    CaseOutcomes.close(execution, outcome, OUTCOMES);
  }

  /** The chi ủy stopped the case; a death is recorded in the registry. */
  public void stop(DelegateExecution execution) {
    CaseOutcomes.stop(execution, OUTCOMES, registry, CaseVariables.MEMBER);
  }
}
