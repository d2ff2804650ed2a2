package vn.nq21.workflow.rules;

import java.time.LocalDate;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The periods and counts the regulation sets for each procedure's steps, from the one DMN table {@value #TABLE}
 * keyed by procedure (its process key), period and the rule set in force on the date the period starts. Timers
 * and due dates (through the variables the steps set), server-side checks and the messages clerks read all ask
 * here, so a revised regulation is a new row, not a change in the models or the code.
 */
@Component("periods")
public class Periods {

  public static final String TABLE = "thoi-han-quy-dinh";

  private final DecisionTables tables;
  private final RuleSets ruleSets;

  public Periods(DecisionTables tables, RuleSets ruleSets) {
    this.tables = tables;
    this.ruleSets = ruleSets;
  }

  /**
   * The period {@code period} of {@code procedure} under the rule set in force on {@code startDate}; a period the
   * table does not know raises {@link NoMatchingRuleException}.
   */
  public Period of(String procedure, String period, LocalDate startDate) {
    String ruleSet = ruleSets.on(startDate);
    Map<String, Object> row = tables.evaluateSingle(TABLE,
        Map.of("procedure", procedure, "period", period, "ruleSet", ruleSet));
    return new Period(((Number) row.get("amount")).intValue(), Period.Unit.valueOf((String) row.get("unit")),
        (String) row.get("label"), (String) row.get("source"), ruleSet);
  }

  /** A period that is counted in working days (a deadline on the working-day calendar); its amount. */
  public int workingDays(String procedure, String period, LocalDate startDate) {
    Period p = of(procedure, period, startDate);
    if (p.unit() != Period.Unit.NGAY_LAM_VIEC) {
      throw new IllegalStateException("Bảng " + TABLE + ": " + procedure + " / " + period + " tính bằng "
          + p.unit().words() + ", ở đây cần ngày làm việc.");
    }
    return p.amount();
  }
}
