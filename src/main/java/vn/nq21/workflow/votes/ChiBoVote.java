package vn.nq21.workflow.votes;

import static vn.nq21.workflow.casework.CaseDates.fmt;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.nq21.workflow.casework.CaseDates;
import vn.nq21.workflow.casework.CaseReader;
import vn.nq21.workflow.casework.Problems;
import vn.nq21.workflow.registry.MemberRegistry;
import vn.nq21.workflow.registry.MemberStatus;
import vn.nq21.workflow.registry.Overlay;
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

  /** The checklist of who voted (số lý lịch), optional in every vote form; its options are {@link #VOTER_OPTIONS}. */
  public static final String VOTERS = "voters";
  public static final String VOTER_OPTIONS = "voterOptions";

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
    List<String> voters = c.list(VOTERS);
    Integer present = voters.isEmpty() ? p.number("presentVoters", "Số đảng viên chính thức có mặt")
        : presentFromList(c, p, voters);
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
    if (!voters.isEmpty()) {
      checkVoters(c, p, roll, voters);
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

  /**
   * R-GEN-07, R-CN-11: when the clerk ticks who voted, the number present is the list's; a number typed beside it
   * that differs is refused rather than silently replaced.
   */
  private static Integer presentFromList(CaseReader c, Problems p, List<String> voters) {
    Integer typed = c.number("presentVoters");
    int listed = new LinkedHashSet<>(voters).size();
    if (listed != voters.size()) {
      p.add("Danh sách “Đảng viên chính thức có mặt biểu quyết” có người ghi hai lần.");
    }
    if (typed != null && typed != listed) {
      p.add("“Số đảng viên chính thức có mặt” (" + typed + ") khác danh sách đảng viên biểu quyết (" + listed
          + " người): để trống ô số hoặc sửa danh sách.");
    }
    c.set("presentVoters", listed);
    return listed;
  }

  /**
   * Every voter ticked must be an official member of this chi bộ on the meeting's day and there to vote: a dự bị
   * member, a member attached here for a temporary stay, a member away on a stay elsewhere or suspended that day is
   * refused by name (R-GEN-07, R-CN-11, R-GEN-05). The accepted list is kept in words on the case.
   */
  private void checkVoters(CaseReader c, Problems p, Roll roll, List<String> voters) {
    String day = fmt(roll.date());
    List<String> names = new ArrayList<>();
    for (String recordNumber : new LinkedHashSet<>(voters)) {
      Roll.Entry official = find(roll.official(), recordNumber);
      Roll.Entry probationary = find(roll.probationary(), recordNumber);
      Roll.Entry attached = find(roll.attached(), recordNumber);
      if (official != null && official.carries(Overlay.SH_TAM_THOI)) {
        p.add(who(official) + " đang sinh hoạt tạm thời ở nơi khác ngày " + day
            + ", không biểu quyết tại chi bộ (R-GEN-05).");
      } else if (official != null && official.carries(Overlay.DINH_CHI)) {
        p.add(who(official) + " đang bị đình chỉ sinh hoạt ngày " + day + ", không có quyền biểu quyết (R-GEN-05).");
      } else if (official != null) {
        names.add(official.fullName());
      } else if (probationary != null) {
        p.add(who(probationary) + " là đảng viên dự bị ngày " + day
            + ": đảng viên dự bị không có quyền biểu quyết (R-GEN-07, R-CN-11).");
      } else if (attached != null) {
        p.add(who(attached) + " sinh hoạt tạm thời tại chi bộ, không biểu quyết ở đây (R-GEN-07).");
      } else {
        p.add("Số lý lịch “" + recordNumber + "” không có trong sổ đảng viên chính thức của chi bộ ngày " + day + ".");
      }
    }
    if (p.ok()) {
      c.set("votersText", String.join(", ", names));
    }
  }

  private static Roll.Entry find(List<Roll.Entry> entries, String recordNumber) {
    return entries.stream().filter(e -> recordNumber.equals(e.recordNumber())).findFirst().orElse(null);
  }

  private static String who(Roll.Entry e) {
    return "Đồng chí " + e.fullName() + " (số lý lịch " + e.recordNumber() + ")";
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
   * today, and the list to tick who voted. The registry's exclusions are not filled in: they are those of the
   * meeting's day, which the clerk enters with the votes; an empty count is then taken from the registry for that day.
   */
  public void prepare(CaseReader c) {
    if (c.number("officialMembersOnRoll") == null) {
      c.set("officialMembersOnRoll", (int) registry.countByStatus(c.orgCode(), MemberStatus.CHINH_THUC));
    }
    c.setOptions(VOTER_OPTIONS, registry.rollOn(c.orgCode(), CaseDates.today()).official().stream()
        .map(e -> CaseReader.option(e.fullName() + " – số lý lịch " + e.recordNumber(), e.recordNumber()))
        .toList());
  }
}
