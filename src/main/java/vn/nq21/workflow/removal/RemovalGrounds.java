package vn.nq21.workflow.removal;

import static vn.nq21.workflow.casework.CaseDates.fmt;

import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.nq21.workflow.ledgers.Grade;
import vn.nq21.workflow.ledgers.LedgerCounts;
import vn.nq21.workflow.ledgers.MonthCount;
import vn.nq21.workflow.ledgers.Records.Rating;
import vn.nq21.workflow.rules.DecisionTables;
import vn.nq21.workflow.rules.RuleSets;

/**
 * Whether the records prove the ground of R-RK-01 a chi ủy names for a xóa tên (table {@value #TABLE}): the ledgers'
 * counts for (a), the date of the act for (b), the months of education for (c, R-RK-02), the consecutive years rated
 * "không hoàn thành nhiệm vụ" with the violation recorded for (d), a recorded basis for (e). Nothing is typed in but
 * the date and the basis; a ground the records do not prove is answered with the counts that fell short.
 */
@Component
public class RemovalGrounds {

  static final String TABLE = "can-cu-xoa-ten";
  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy");

  /**
   * The answer: whether the ground is proven, the reason code the registry stores (§9.5a), the ground's name, what the
   * records show, and when not proven, what falls short.
   */
  public record Finding(boolean proven, String reasonCode, String groundLabel, String evidence, String shortfall) {

    /** The message for the clerk when the ground is not proven. */
    public String refusal() {
      return "Chưa đủ căn cứ “" + groundLabel + "”: " + evidence + "; " + shortfall + ".";
    }
  }

  private final LedgerCounts counts;
  private final DecisionTables tables;
  private final RuleSets ruleSets;

  RemovalGrounds(LedgerCounts counts, DecisionTables tables, RuleSets ruleSets) {
    this.counts = counts;
    this.tables = tables;
    this.ruleSets = ruleSets;
  }

  /**
   * The ground {@code groundCode} for the member on {@code asOf}; {@code cardActDate} is the day the card was returned
   * or destroyed (b), {@code basis} the recorded basis of a violation of standing (d) or of the political standard (e).
   */
  public Finding check(long memberId, String groundCode, LocalDate asOf, LocalDate cardActDate, String basis) {
    Map<String, Object> inputs = new HashMap<>();
    inputs.put("groundCode", groundCode == null ? "" : groundCode);
    inputs.put("unpaidMonths", null);
    inputs.put("missedMeetings", null);
    inputs.put("cardActRecorded", cardActDate != null && !cardActDate.isAfter(asOf));
    inputs.put("educationMonths", null);
    inputs.put("weakYearsInRow", null);
    inputs.put("basisRecorded", basis != null && !basis.isBlank());
    inputs.put("ruleSet", ruleSets.on(asOf));
    String evidence;
    switch (groundCode == null ? "" : groundCode) {
      case "KHONG_DONG_DANG_PHI" -> {
        MonthCount unpaid = counts.unpaidMonths(memberId, asOf);
        inputs.put("unpaidMonths", unpaid.count());
        evidence = describe("tháng không đóng đảng phí", unpaid);
      }
      case "BO_SINH_HOAT" -> {
        MonthCount missed = counts.missedMeetings(memberId, asOf);
        inputs.put("missedMeetings", missed.count());
        evidence = describe("kỳ sinh hoạt vắng không có lý do", missed);
      }
      case "TU_Y_TRA_HUY_THE" -> evidence = cardActDate == null ? "chưa ghi ngày trả, hủy thẻ"
          : "ngày trả, hủy thẻ " + fmt(cardActDate);
      case "GIAM_SUT_Y_CHI" -> {
        LocalDate start = counts.educationStart(memberId, asOf).orElse(null);
        Integer months = start == null ? null : (int) Period.between(start, asOf).toTotalMonths();
        inputs.put("educationMonths", months);
        evidence = start == null ? "đảng viên không ở trong danh sách cần giáo dục, giúp đỡ"
            : "đưa vào danh sách cần giáo dục, giúp đỡ từ ngày " + fmt(start) + " (" + months + " tháng)";
      }
      case "VI_PHAM_TU_CACH_2_NAM" -> {
        List<Rating> latest = counts.lastTwoRatings(memberId);
        int years = weakYearsInRow(latest);
        inputs.put("weakYearsInRow", years);
        evidence = latest.isEmpty() ? "sổ xếp loại chưa có năm nào" : "xếp loại gần nhất: " + latest.stream()
            .map(r -> r.year() + " " + (r.grade() == null ? "không xếp loại" : r.grade().label()))
            .collect(Collectors.joining(", ")) + (basis == null || basis.isBlank() ? "; chưa ghi căn cứ vi phạm" : "");
      }
      case "KHONG_DAM_BAO_TCCT" -> evidence = basis == null || basis.isBlank() ? "chưa ghi căn cứ" : "căn cứ: " + basis;
      default -> evidence = "căn cứ “" + groundCode + "”";
    }
    Map<String, Object> row = tables.evaluateSingle(TABLE, inputs);
    return new Finding(Boolean.TRUE.equals(row.get("proven")), blankToNull((String) row.get("reasonCode")),
        (String) row.get("groundLabel"), evidence, blankToNull((String) row.get("shortfall")));
  }

  /** The latest consecutive years rated KHTNV (latest first): 2 for 2025 and 2024 both KHTNV. */
  static int weakYearsInRow(List<Rating> latestFirst) {
    int years = 0;
    Integer expected = null;
    for (Rating rating : latestFirst) {
      if (rating.grade() != Grade.KHTNV || (expected != null && rating.year() != expected)) {
        break;
      }
      years++;
      expected = rating.year() - 1;
    }
    return years;
  }

  private static String describe(String what, MonthCount count) {
    StringBuilder text = new StringBuilder("từ " + count.from().format(MONTH) + " đến " + count.to().format(MONTH)
        + " sổ ghi " + count.count() + " " + what);
    if (!count.counted().isEmpty()) {
      text.append(" (").append(months(count.counted())).append(")");
    }
    if (!count.excused().isEmpty()) {
      text.append(", không tính ").append(count.excused().size()).append(" tháng miễn, giảm hoặc có lý do (")
          .append(months(count.excused())).append(")");
    }
    if (!count.unrecorded().isEmpty()) {
      text.append(", ").append(count.unrecorded().size()).append(" tháng chưa có trong sổ (")
          .append(months(count.unrecorded())).append(")");
    }
    return text.toString();
  }

  private static String months(List<YearMonth> months) {
    return months.stream().map(m -> m.format(MONTH)).collect(Collectors.joining(", "));
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }
}
