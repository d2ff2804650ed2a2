package vn.nq21.workflow.votes;

import static vn.nq21.workflow.casework.CaseDates.fmt;
import static vn.nq21.workflow.rules.Arguments.isBlank;
import static vn.nq21.workflow.rules.Arguments.lowerFirst;
import static vn.nq21.workflow.rules.Arguments.require;
import static vn.nq21.workflow.rules.Arguments.requireText;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import vn.nq21.workflow.casework.CaseDates;
import vn.nq21.workflow.rules.DecisionTables;
import vn.nq21.workflow.rules.RuleSets;

/**
 * The rules of every vote a procedure records (domain specification §4): whether it passes (R-GEN-03,
 * R-GEN-04, R-GEN-06), its denominator (R-GEN-05), the sanity of a recorded vote (R-GEN-08) and the chi bộ's
 * minimum size (R-GEN-10). What the regulation may change is in the DMN tables {@value #THRESHOLD_TABLE} and
 * {@value #DENOMINATOR_TABLE}, by the rule set in force on the vote date; the arithmetic around them is here.
 */
@Component("voteRules")
@EnableConfigurationProperties(VoteSettings.class)
public class VoteRules {

  static final String THRESHOLD_TABLE = "nguong-bieu-quyet";
  static final String DENOMINATOR_TABLE = "mau-so-bieu-quyet";

  /** The vote rule of tham-quyen-quyet-dinh for acts decided without a vote (rows A10–A12). */
  public static final String NO_VOTE = "KHONG_BIEU_QUYET";

  private final DecisionTables tables;
  private final RuleSets ruleSets;
  private final VoteSettings settings;

  public VoteRules(DecisionTables tables, RuleSets ruleSets, VoteSettings settings) {
    this.tables = tables;
    this.ruleSets = ruleSets;
    this.settings = settings;
  }

  public VoteSettings settings() {
    return settings;
  }

  /**
   * Whether a vote passes (table {@code nguong-bieu-quyet}, integers only). {@code voteRule} as in {@code
   * tham-quyen-quyet-dinh}: HAI_PHAN_BA, HAI_PHAN_BA_TONG_SO, QUA_NUA; {@code denominator} from {@link
   * #denominator} for a chi bộ, the body's total membership otherwise (R-GEN-06).
   */
  public VoteResult vote(String voteRule, int votesFor, int denominator, LocalDate voteDate) {
    requireText(voteRule, "Nguyên tắc biểu quyết");
    require(voteDate, "Ngày biểu quyết");
    if (NO_VOTE.equals(voteRule)) {
      throw new IllegalArgumentException("Bước này không biểu quyết (" + NO_VOTE + "): không có ngưỡng để tính.");
    }
    String range = voteRangeProblem("Số phiếu tán thành", votesFor, "mẫu số biểu quyết", denominator);
    if (range != null) {
      throw new IllegalArgumentException(range);
    }
    String ruleSet = ruleSets.on(voteDate);
    Map<String, Object> row = tables.evaluateSingle(THRESHOLD_TABLE,
        Map.of("voteRule", voteRule, "votesFor", votesFor, "denominator", denominator, "ruleSet", ruleSet));
    boolean passed = Boolean.TRUE.equals(row.get("passed"));
    String threshold = (String) row.get("thresholdLabel");
    int required = (Integer) row.get("requiredVotes");
    String message = (passed ? "Đạt" : "Không đạt") + ": " + votesFor + "/" + denominator + " phiếu tán thành;"
        + " cần " + threshold + ", tức ít nhất " + required + " phiếu.";
    return new VoteResult(passed, voteRule, votesFor, denominator, required, threshold, message, ruleSet);
  }

  /**
   * The one check of a vote's counts: at least one voter, and the votes in favour from 0 to their number.
   * Returns what is wrong, in Vietnamese with the labels the clerk reads, or null.
   */
  public static String voteRangeProblem(String votesForLabel, int votesFor, String totalLabel, int total) {
    if (total < 1) {
      return Character.toUpperCase(totalLabel.charAt(0)) + totalLabel.substring(1) + " phải ít nhất là 1 (đang là "
          + total + ").";
    }
    if (votesFor < 0 || votesFor > total) {
      return votesForLabel + " (" + votesFor + ") phải từ 0 đến " + totalLabel + " (" + total + ").";
    }
    return null;
  }

  /**
   * The denominator of a chi bộ vote (R-GEN-05): the official members on the roll minus those whose
   * exclusion code table {@code mau-so-bieu-quyet} excludes on the vote date. {@code exclusionsByCode}:
   * number of members per code (TAM_THOI_NOI_KHAC, MIEN_SH_VANG_MAT, DINH_CHI_TAM_GIAM, VANG_CO_LY_DO);
   * null or empty for none.
   */
  public int denominator(int officialMembersOnRoll, Map<String, Integer> exclusionsByCode, LocalDate voteDate) {
    require(voteDate, "Ngày biểu quyết");
    if (officialMembersOnRoll < 0) {
      throw new IllegalArgumentException(VoteRecord.OFFICIAL_MEMBERS_LABEL + " không được âm.");
    }
    if (exclusionsByCode == null || exclusionsByCode.isEmpty()) {
      return officialMembersOnRoll;
    }
    String ruleSet = ruleSets.on(voteDate);
    int listed = 0;
    int excluded = 0;
    for (Map.Entry<String, Integer> entry : exclusionsByCode.entrySet()) {
      int count = entry.getValue() == null ? 0 : entry.getValue();
      if (count < 0) {
        throw new IllegalArgumentException("Số đảng viên thuộc trường hợp " + entry.getKey() + " không được âm.");
      }
      if (count == 0) {
        continue;
      }
      Map<String, Object> row = tables.evaluateSingle(DENOMINATOR_TABLE,
          Map.of("exclusionCode", entry.getKey(), "ruleSet", ruleSet));
      listed += count;
      if (Boolean.TRUE.equals(row.get("excluded"))) {
        excluded += count;
      }
    }
    if (listed > officialMembersOnRoll) {
      throw new IllegalArgumentException("Số đảng viên được ghi vào các trường hợp không tính (" + listed
          + ") nhiều hơn " + lowerFirst(VoteRecord.OFFICIAL_MEMBERS_LABEL) + " (" + officialMembersOnRoll + ").");
    }
    return officialMembersOnRoll - excluded;
  }

  /**
   * Sanity of a recorded vote (R-GEN-08) and the minimum size of the chi bộ (R-GEN-10): one Vietnamese
   * sentence per problem, naming the form field; empty when the record is plausible. The task should
   * stay open while there are problems.
   */
  public List<String> voteRecordProblems(VoteRecord r) {
    List<String> problems = new ArrayList<>();
    Integer roll = r.officialMembersOnRoll();
    Integer present = r.presentVoters();
    Integer votesFor = r.votesFor();
    Integer against = r.votesAgainst();
    missing(roll, VoteRecord.OFFICIAL_MEMBERS_LABEL, problems);
    missing(present, VoteRecord.PRESENT_VOTERS_LABEL, problems);
    missing(votesFor, VoteRecord.VOTES_FOR_LABEL, problems);
    missing(against, VoteRecord.VOTES_AGAINST_LABEL, problems);
    missing(r.meetingDate(), VoteRecord.MEETING_DATE_LABEL, problems);

    if (roll != null) {
      if (roll < 0) {
        problems.add(quoted(VoteRecord.OFFICIAL_MEMBERS_LABEL) + " không được âm.");
      } else if (roll < settings.minimumOfficialMembers()) {
        problems.add("Chi bộ chỉ có " + roll + " đảng viên chính thức (" + quoted(VoteRecord.OFFICIAL_MEMBERS_LABEL)
            + "), cần ít nhất " + settings.minimumOfficialMembers() + " để biểu quyết hợp lệ; báo cáo cấp ủy cấp trên"
            + " để sắp xếp đảng viên vào tổ chức đảng phù hợp.");
      }
    }
    if (votesFor != null && votesFor < 0) {
      problems.add(quoted(VoteRecord.VOTES_FOR_LABEL) + " không được âm.");
    }
    if (against != null && against < 0) {
      problems.add(quoted(VoteRecord.VOTES_AGAINST_LABEL) + " không được âm.");
    }
    if (present != null) {
      if (present < 1) {
        problems.add(quoted(VoteRecord.PRESENT_VOTERS_LABEL) + " phải ít nhất là 1.");
      }
      if (roll != null && roll >= 0 && present > roll) {
        problems.add(quoted(VoteRecord.PRESENT_VOTERS_LABEL) + " (" + present + ") nhiều hơn "
            + quoted(VoteRecord.OFFICIAL_MEMBERS_LABEL) + " (" + roll + "); chỉ đảng viên chính thức được biểu quyết.");
      }
      if (votesFor != null && against != null && votesFor >= 0 && against >= 0 && votesFor + against > present) {
        problems.add(quoted(VoteRecord.VOTES_FOR_LABEL) + " (" + votesFor + ") cộng "
            + quoted(VoteRecord.VOTES_AGAINST_LABEL) + " (" + against + ") là " + (votesFor + against)
            + ", nhiều hơn " + quoted(VoteRecord.PRESENT_VOTERS_LABEL) + " (" + present + ").");
      }
    }
    LocalDate meeting = r.meetingDate();
    if (meeting != null) {
      LocalDate today = CaseDates.today();
      if (meeting.isAfter(today)) {
        problems.add(quoted(VoteRecord.MEETING_DATE_LABEL) + " " + fmt(meeting) + " ở tương lai (hôm nay là "
            + fmt(today) + "); chỉ ghi kết quả sau khi đã họp.");
      }
      if (r.previousStepDate() != null && meeting.isBefore(r.previousStepDate())) {
        String previous = isBlank(r.previousStepLabel()) ? "ngày của bước trước trong hồ sơ" : r.previousStepLabel();
        problems.add(quoted(VoteRecord.MEETING_DATE_LABEL) + " " + fmt(meeting) + " trước " + previous + " "
            + fmt(r.previousStepDate()) + ".");
      }
    }
    return problems;
  }

  private static String quoted(String label) {
    return "“" + label + "”";
  }

  private static void missing(Object value, String label, List<String> problems) {
    if (value == null) {
      problems.add("Chưa nhập " + quoted(label) + ".");
    }
  }
}
