package vn.nq21.workflow.review;

import static vn.nq21.workflow.casework.CaseDates.fmt;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.nq21.workflow.casework.CaseDates;
import vn.nq21.workflow.casework.CaseReader;
import vn.nq21.workflow.casework.Problems;
import vn.nq21.workflow.casework.ProcedureSteps;
import vn.nq21.workflow.casework.StepCheck;
import vn.nq21.workflow.organization.Organization;
import vn.nq21.workflow.organization.OrganizationService;
import vn.nq21.workflow.registry.CommitteeSeat;
import vn.nq21.workflow.registry.Committees;
import vn.nq21.workflow.votes.VoteResult;
import vn.nq21.workflow.votes.VoteRules;

/**
 * The checks of the review chain's steps ({@code bpmn/xet-duyet-cap-tren.bpmn}), the same whichever procedure's
 * case climbs it: the đảng ủy bộ phận's appraisal, the đảng ủy cơ sở's vote, and the competent body's decision
 * with its vote (R-GEN-06, table tham-quyen-quyet-dinh's vote rule, resolved by {@link ReviewChain}) and what the
 * calling procedure's {@link DecisionGuard} says stops it. The forms
 * are the calling procedure's (it passes their keys), their fields the same in every procedure.
 */
@Component
public class ReviewSteps implements ProcedureSteps {

  /** The outcome that refuses, as the caller names it (a written notice, no decision number); none for some. */
  static final String REFUSAL = "reviewRefusalOutcome";

  private final VoteRules votes;
  private final List<DecisionGuard> guards;
  private final Committees committees;
  private final OrganizationService organizations;
  private final Map<String, StepCheck> steps;

  public ReviewSteps(VoteRules votes, List<DecisionGuard> guards, Committees committees,
      OrganizationService organizations) {
    this.votes = votes;
    this.guards = guards;
    this.committees = committees;
    this.organizations = organizations;
    this.steps = Map.of(
        "Task_DangUyBoPhanThamDinh", this::appraisal,
        "Task_DangUyCoSoBieuQuyet", this::dangUyVote,
        "Task_QuyetDinh", this::decision);
  }

  /**
   * The checks of the chain's steps as models deployed before the chain was a called process had them, in the
   * procedure's own model: for a procedure's {@link ProcedureSteps#earlierChecks()}.
   *
   * @param decisionTask the id the procedure's own decision task had
   * @param refusal the procedure's refusal outcome, null where there is none
   */
  public Map<String, StepCheck> checksOfEarlierModels(String decisionTask, String refusal) {
    return Map.of("Task_DangUyBoPhanThamDinh", this::appraisal, "Task_DangUyCoSoBieuQuyet", this::dangUyVote,
        decisionTask, (c, p) -> decision(c, p, refusal));
  }

  /** The date each step's act is recorded in, by which its lateness is judged (CaseLateness). */
  private static final Map<String, String> ACT_DATES = Map.of("Task_DangUyBoPhanThamDinh", "appraisalDate", "Task_DangUyCoSoBieuQuyet", "dangUyVoteDate", "Task_QuyetDinh", "decisionDate");

  @Override
  public String actDate(String taskKey) {
    return ACT_DATES.get(taskKey);
  }

  /** The đảng ủy's vote opens with the number of its members in office today, where its seats are recorded. */
  @Override
  public void prepare(String taskKey, CaseReader c) {
    if ("Task_DangUyCoSoBieuQuyet".equals(taskKey) && c.number("dangUyMembersTotal") == null) {
      int inOffice = committees.on(organizations.tccsdOf(c.orgCode()).code(), CaseDates.today()).size();
      if (inOffice > 0) {
        c.set("dangUyMembersTotal", inOffice);
      }
    }
  }

  @Override
  public Set<String> processKeys() {
    return Set.of(ReviewChain.PROCESS_KEY);
  }

  @Override
  public Map<String, StepCheck> checks() {
    return steps;
  }

  /** The đảng ủy bộ phận's appraisal: dated, not before the chi bộ's resolution; its opinion is recorded as given. */
  void appraisal(CaseReader c, Problems p) {
    p.notBefore("appraisalDate", "Ngày thẩm định", "resolutionDate", "ngày nghị quyết của chi bộ");
  }

  /** The đảng ủy cơ sở's vote: two thirds of its members in office; a failed vote is counted. */
  void dangUyVote(CaseReader c, Problems p) {
    if (c.flag("chiBoPassed")) {
      p.notBefore("dangUyVoteDate", "Ngày họp đảng ủy", "resolutionDate", "ngày nghị quyết của chi bộ");
    } else {
      p.notBefore("dangUyVoteDate", "Ngày họp đảng ủy", "reportDate", "ngày báo cáo của chi bộ");
    }
    if (c.text("appraisalDate") != null) {
      p.notBefore("dangUyVoteDate", "Ngày họp đảng ủy", "appraisalDate", "ngày thẩm định của đảng ủy bộ phận");
    }
    Integer total = p.number("dangUyMembersTotal", "Tổng số cấp ủy viên đương nhiệm");
    Integer votesFor = p.number("dangUyVotesFor", "Số cấp ủy viên tán thành");
    if (!p.ok()) {
      return;
    }
    String range = VoteRules.voteRangeProblem("Số cấp ủy viên tán thành", votesFor, "tổng số cấp ủy viên", total);
    if (range != null) {
      p.add(range);
      return;
    }
    LocalDate voteDate = c.date("dangUyVoteDate");
    Organization dangUy = organizations.tccsdOf(c.orgCode());
    List<CommitteeSeat> seats = committees.on(dangUy.code(), voteDate);
    if (!seats.isEmpty() && seats.size() != total) {
      p.add("“Tổng số cấp ủy viên đương nhiệm” (" + total + ") khác danh sách cấp ủy của " + dangUy.name() + " ngày "
          + fmt(voteDate) + " (" + seats.size() + " đồng chí: " + seats.stream().map(CommitteeSeat::fullName)
          .collect(Collectors.joining(", ")) + "): sửa số này hoặc nhờ cấp trên cập nhật danh sách cấp ủy.");
      return;
    }
    VoteResult result = votes.vote("HAI_PHAN_BA_TONG_SO", votesFor, total, voteDate);
    if (result.passed()) {
      p.required("dangUyResolutionNumber", "Số nghị quyết của đảng ủy");
      p.notBefore("dangUyResolutionDate", "Ngày nghị quyết của đảng ủy", "dangUyVoteDate", "ngày họp đảng ủy");
    }
    if (p.ok()) {
      c.set("dangUyPassed", result.passed());
      if (!result.passed()) {
        c.set("dangUyFailedVotes", c.numberOrZero("dangUyFailedVotes") + 1);
      }
    }
  }

  /**
   * The competent body's decision: dated not before what it decides on, its members' vote within range. A
   * decision other than the caller's refusal needs its number and the vote the body's rule asks; a refusal its
   * reason. A decision that needs a higher body's written consent first ({@code consentReasonText}: R-KN-02 for
   * a candidate over 60 or with less schooling) needs that consent dated on or before it.
   */
  void decision(CaseReader c, Problems p) {
    decision(c, p, c.text(REFUSAL));
  }

  /** The decision's check with the procedure's refusal named ({@code refusal} null: a procedure without one). */
  void decision(CaseReader c, Problems p, String refusal) {
    String outcome = p.required("decisionOutcome", "Quyết định");
    LocalDate date = c.flag("chiBoPassed")
        ? p.notBefore("decisionDate", "Ngày quyết định", "resolutionDate", "ngày nghị quyết của chi bộ")
        : p.notBefore("decisionDate", "Ngày quyết định", "reportDate", "ngày báo cáo của chi bộ");
    if (c.text("dangUyResolutionDate") != null) {
      p.notBefore("decisionDate", "Ngày quyết định", "dangUyResolutionDate", "ngày nghị quyết của đảng ủy cơ sở");
    }
    Integer total = p.number("deciderMembersTotal", "Tổng số ủy viên của cơ quan quyết định");
    Integer votesFor = p.number("deciderVotesFor", "Số ủy viên tán thành");
    if (!p.ok()) {
      return;
    }
    String range = VoteRules.voteRangeProblem("Số ủy viên tán thành", votesFor, "tổng số ủy viên", total);
    if (range != null) {
      p.add(range);
      return;
    }
    if (outcome.equals(refusal)) {
      if (c.text("refusalReason") == null) {
        p.add("Chưa nhập lý do (ghi theo văn bản thông báo gửi chi bộ).");
      }
      return;
    }
    p.required("decisionNumber", "Số quyết định");
    String procedure = c.text(ReviewChain.PROCEDURE);
    guards.stream().filter(g -> g.procedure().equals(procedure)).forEach(g -> g.check(c, p, date));
    VoteResult result = votes.vote(c.text("authorityVoteRule"), votesFor, total, date);
    if (!result.passed()) {
      p.add("Quyết định cần số ủy viên tán thành đạt " + result.thresholdLabel() + ": " + votesFor + "/"
          + total + " chưa đạt.");
    }
    if (c.text("consentReasonText") != null) {
      LocalDate consent = c.date("consentDate");
      if (!"DONG_Y".equals(c.text("consentGiven")) || consent == null || consent.isAfter(date)) {
        p.add("Cần văn bản đồng ý của Ban thường vụ tỉnh ủy có trước ngày quyết định (R-KN-02).");
      }
    }
  }
}
