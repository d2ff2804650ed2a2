package vn.nq21.workflow.votes;

import static vn.nq21.workflow.casework.CaseDates.fmt;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import org.springframework.stereotype.Component;
import vn.nq21.workflow.casework.CaseReader;
import vn.nq21.workflow.casework.Problems;
import vn.nq21.workflow.registry.MemberRegistry;
import vn.nq21.workflow.registry.MemberStatus;

/**
 * A chi bộ's vote on a case, as its form records it (the same fields in every procedure's vote form): the
 * meeting date, the roll, who was present, the votes, the members not counted (R-GEN-05), and, when the vote
 * passes, the resolution. The check collects every problem; an accepted vote sets what the model reads next:
 * {@code chiBoPassed}, {@code chiBoDenominator}, {@code chiBoResultText}, and for a failed vote the running
 * count {@code failedVotes} with {@code failedVotesText}.
 */
@Component
public class ChiBoVote {

  /** The R-GEN-05 exclusion codes of table mau-so-bieu-quyet, by the form field that counts each. */
  static final Map<String, String> EXCLUSION_FIELDS = exclusionFields();

  private final VoteRules rules;
  private final MemberRegistry registry;

  public ChiBoVote(VoteRules rules, MemberRegistry registry) {
    this.rules = rules;
    this.registry = registry;
  }

  private static Map<String, String> exclusionFields() {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("TAM_THOI_NOI_KHAC", "excludedTemporary");
    fields.put("MIEN_SH_VANG_MAT", "excludedExemptAbsent");
    fields.put("DINH_CHI_TAM_GIAM", "excludedSuspended");
    fields.put("VANG_CO_LY_DO", "excludedAbsentWithReason");
    return Map.copyOf(fields);
  }

  /**
   * Checks the vote recorded in the case.
   *
   * @param voteRule the threshold (tham-quyen-quyet-dinh's codes: HAI_PHAN_BA, QUA_NUA)
   * @param previousDate the variable of the step the meeting may not precede; previousLabel how the clerk knows it
   * @param meetingDayRules the procedure's own conditions judged again on the meeting date; may add problems
   */
  public void check(CaseReader c, Problems p, String voteRule, String previousDate, String previousLabel,
      BiConsumer<LocalDate, Problems> meetingDayRules) {
    LocalDate vote = p.notBefore("voteDate", "Ngày họp chi bộ", previousDate, previousLabel);
    Integer onRoll = p.number("officialMembersOnRoll", "Số đảng viên chính thức của chi bộ");
    Integer present = p.number("presentVoters", "Số đảng viên chính thức có mặt");
    Integer votesFor = p.number("votesFor", "Số phiếu tán thành");
    Integer votesAgainst = p.number("votesAgainst", "Số phiếu không tán thành");
    if (!p.ok()) {
      return;
    }
    Map<String, Integer> exclusions = new LinkedHashMap<>();
    EXCLUSION_FIELDS.forEach((code, field) -> exclusions.put(code, c.numberOrZero(field)));
    // R-GEN-08: the roll of the meeting's day, not today's (members moved or recognised since count then)
    int registered = registry.rollOn(c.orgCode(), vote).officialCount();
    if (onRoll != registered && c.text("exclusionNotes") == null) {
      p.add("“Số đảng viên chính thức của chi bộ” (" + onRoll + ") khác sổ đảng viên (" + registered + ") ngày họp "
          + fmt(vote) + ": ghi lý do vào “Ghi chú” (R-GEN-08).");
    }
    rules.voteRecordProblems(new VoteRecord(onRoll, present, votesFor, votesAgainst, vote, c.date(previousDate),
        previousLabel)).forEach(p::add);
    meetingDayRules.accept(vote, p);
    if (!p.ok()) {
      return;
    }
    int denominator = rules.denominator(onRoll, exclusions, vote);
    VoteResult result = rules.vote(voteRule, votesFor, denominator, vote);
    if (result.passed()) {
      p.required("resolutionNumber", "Số nghị quyết của chi bộ");
      p.notBefore("resolutionDate", "Ngày nghị quyết", "voteDate", "ngày họp chi bộ");
    }
    if (p.ok()) {
      c.set("chiBoDenominator", denominator);
      c.set("chiBoPassed", result.passed());
      c.set("chiBoResultText", votesFor + "/" + denominator + " đảng viên chính thức tán thành ("
          + result.thresholdLabel() + ": " + (result.passed() ? "đạt" : "không đạt") + ")");
      if (!result.passed()) {
        int failed = c.numberOrZero("failedVotes") + 1;
        c.set("failedVotes", failed);
        c.set("failedVotesText", "Chi bộ đã biểu quyết " + failed + " lần chưa đạt " + result.thresholdLabel()
            + " (lần gần nhất " + fmt(vote) + ": " + votesFor + "/" + denominator + ").");
      }
    }
  }

  /** The roll to put in front of the clerk when the vote's task opens: the chi bộ's official members in the registry. */
  public void prepare(CaseReader c) {
    if (c.number("officialMembersOnRoll") == null) {
      c.set("officialMembersOnRoll", (int) registry.countByStatus(c.orgCode(), MemberStatus.CHINH_THUC));
    }
  }
}
