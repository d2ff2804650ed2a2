package vn.nq21.workflow.votes;

/**
 * The outcome of a vote (R-GEN-03, R-GEN-04, R-KN-14, R-KN-15), table {@code nguong-bieu-quyet}.
 *
 * @param passed the threshold is reached
 * @param voteRule HAI_PHAN_BA, HAI_PHAN_BA_TONG_SO or QUA_NUA
 * @param requiredVotes the fewest votes in favour that pass with this denominator
 * @param thresholdLabel e.g. "ít nhất hai phần ba", "quá một nửa"
 * @param message for the clerk and the minutes, e.g. "Đạt: 6/9 phiếu tán thành …"
 * @param ruleSet the rule set in force on the vote date
 */
public record VoteResult(
    boolean passed,
    String voteRule,
    int votesFor,
    int denominator,
    int requiredVotes,
    String thresholdLabel,
    String message,
    String ruleSet) {}
