package vn.nq21.workflow.rules;

import java.time.LocalDate;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Which rule set (RS2021, RS2025A, RS2025B, …) is in force on the date of an act, from the DMN
 * table {@code bo-quy-tac}: a new regulation is a new row deployed by an admin, not new Java.
 */
@Component("ruleSets")
public class RuleSets {

  public static final String DECISION_KEY = "bo-quy-tac";
  private final DecisionTables tables;

  public RuleSets(DecisionTables tables) {
    this.tables = tables;
  }

  public String on(LocalDate actDate) {
    if (actDate == null) {
      throw new IllegalArgumentException("Cần ngày của hành vi để chọn bộ quy tắc áp dụng");
    }
    return (String) tables.evaluateSingle(DECISION_KEY, Map.of("actDate", actDate)).get("ruleSet");
  }
}
