package vn.nq21.workflow.votes;

import static vn.nq21.workflow.casework.CaseDates.fmt;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.nq21.workflow.casework.CaseReader;
import vn.nq21.workflow.casework.Problems;
import vn.nq21.workflow.registry.MemberRegistry;
import vn.nq21.workflow.registry.MemberStatus;
import vn.nq21.workflow.registry.Roll;

/**
 * A chi bộ's vote on a case, as its form records it (the same fields in every procedure's vote form): the
 * meeting date, the roll, who was present, the votes, the members not counted (R-GEN-05), and, when the vote
 * passes, the resolution. The check collects every problem; an accepted vote sets what the model reads next:
 * {@code chiBoPassed}, {@code chiBoDenominator}, {@code chiBoResultText}, and for a failed vote the running
 * count {@code failedVotes} with {@code failedVotesText}.
 */
@Component
public class ChiBoVote {

  private final VoteRules rules;
  private final MemberRegistry registry;

  public ChiBoVote(VoteRules rules, MemberRegistry registry) {
    this.rules = rules;
    this.registry = registry;
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
    // R-GEN-08: the roll of the meeting's day, not today's (members moved or recognised since count then)
    Roll roll = registry.rollOn(c.orgCode(), vote);
    int registered = roll.officialCount();
    boolean explained = c.text("exclusionNotes") != null;
    if (onRoll != registered && !explained) {
      p.add("“Số đảng viên chính thức của chi bộ” (" + onRoll + ") khác sổ đảng viên (" + registered + ") ngày họp "
          + fmt(vote) + ": ghi lý do vào “Ghi chú” (R-GEN-08).");
    }
    Map<String, Integer> exclusions = registryExclusions(c, p, roll, explained);
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

  /**
   * R-GEN-05 with what the registry knows of the meeting day: members on a temporary stay elsewhere and suspended
   * members are out of the denominator whatever the form says; the meeting may know of more (a stay not yet
   * recorded, a prosecution or detention the registry does not hold), which the clerk explains in the note; only
   * members exempted that day may be left out as exempted and absent (more needs a note). A count the form leaves
   * empty is the registry's. Who was absent with a reason only the meeting knows.
   */
  private Map<String, Integer> registryExclusions(CaseReader c, Problems p, Roll roll, boolean explained) {
    String day = fmt(roll.date());
    Integer away = floor(c, p, "excludedTemporary", "Số đảng viên sinh hoạt tạm thời nơi khác", roll.temporarilyElsewhere(),
        "đang sinh hoạt tạm thời nơi khác", day);
    if (away != null && away > roll.temporarilyElsewhere().size() && !explained) {
      p.add("“Số đảng viên sinh hoạt tạm thời nơi khác” (" + away + ") nhiều hơn sổ đảng viên ngày " + day + " ("
          + roll.temporarilyElsewhere().size() + "): ghi lý do vào “Ghi chú” (R-GEN-05).");
    }
    Integer suspended = floor(c, p, "excludedSuspended", "Số đảng viên bị đình chỉ, tạm giam", roll.suspended(),
        "đang bị đình chỉ sinh hoạt", day);
    if (suspended != null && suspended > roll.suspended().size() && !explained) {
      p.add("“Số đảng viên bị đình chỉ, tạm giam” (" + suspended + ") nhiều hơn số đảng viên bị đình chỉ sinh hoạt ngày "
          + day + " theo sổ (" + roll.suspended().size() + "): ghi vào “Ghi chú” ai bị khởi tố, truy tố, tạm giam"
          + " hoặc đang chấp hành án (R-GEN-05).");
    }
    Integer exempt = c.number("excludedExemptAbsent");
    int exempted = roll.exempted().size();
    if (exempt != null && exempt > exempted && !explained) {
      p.add("“Số đảng viên miễn sinh hoạt vắng mặt” (" + exempt + ") nhiều hơn số đảng viên được miễn sinh hoạt ngày "
          + day + " theo sổ (" + exempted + (exempted == 0 ? "" : ": " + names(roll.exempted())) + "): ghi lý do vào “Ghi chú” (R-GEN-05).");
    }
    Map<String, Integer> exclusions = new LinkedHashMap<>();
    exclusions.put("TAM_THOI_NOI_KHAC", away);
    exclusions.put("MIEN_SH_VANG_MAT", exempt == null ? 0 : exempt);
    exclusions.put("DINH_CHI_TAM_GIAM", suspended);
    exclusions.put("VANG_CO_LY_DO", c.numberOrZero("excludedAbsentWithReason"));
    return exclusions;
  }

  /** A count that may not be lower than the registry's; empty → the registry's, recorded in the case. */
  private static Integer floor(CaseReader c, Problems p, String field, String label, List<Roll.Entry> known,
      String what, String day) {
    Integer given = c.number(field);
    if (given == null) {
      c.set(field, known.size());
      return known.size();
    }
    if (given < known.size()) {
      p.add("“" + label + "” (" + given + ") ít hơn sổ đảng viên: ngày " + day + " có " + known.size() + " đảng viên "
          + what + " (" + names(known) + "), không tính vào mẫu số (R-GEN-05).");
    }
    return given;
  }

  private static String names(List<Roll.Entry> entries) {
    return entries.stream().map(Roll.Entry::fullName).collect(Collectors.joining(", "));
  }

  /**
   * The roll to put in front of the clerk when the vote's task opens: the chi bộ's official members in the registry
   * today. The registry's exclusions are not filled in: they are those of the meeting's day, which the clerk enters
   * with the votes; an empty count is then taken from the registry for that day.
   */
  public void prepare(CaseReader c) {
    if (c.number("officialMembersOnRoll") == null) {
      c.set("officialMembersOnRoll", (int) registry.countByStatus(c.orgCode(), MemberStatus.CHINH_THUC));
    }
  }
}
