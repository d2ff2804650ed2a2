package vn.nq21.workflow.rules;

import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.WeakHashMap;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.springframework.stereotype.Component;

/**
 * Which rule set (RS2021, RS2025A, RS2025B, …) is in force on the date of an act, from the DMN
 * table {@code bo-quy-tac}: a new regulation is a new row deployed by an admin, not new Java.
 */
@Component("ruleSets")
public class RuleSets {

  public static final String DECISION_KEY = "bo-quy-tac";
  private final DecisionTables tables;
  /**
   * The rule sets already chosen in each running engine command: one submission asks for the same date several
   * times (age, certificate, education, vote on the meeting day), and the table's answer cannot change within a
   * command. The table is evaluated, and recorded in history, once per date and command.
   */
  private final Map<CommandContext, Map<LocalDate, String>> chosenInCommand =
      Collections.synchronizedMap(new WeakHashMap<>());

  public RuleSets(DecisionTables tables) {
    this.tables = tables;
  }

  public String on(LocalDate actDate) {
    if (actDate == null) {
      throw new IllegalArgumentException("Cần ngày của hành vi để chọn bộ quy tắc áp dụng");
    }
    CommandContext command = Context.getCommandContext();
    if (command == null) {
      return evaluate(actDate);
    }
    Map<LocalDate, String> chosen = chosenInCommand.computeIfAbsent(command, c -> new HashMap<>());
    String ruleSet = chosen.get(actDate);
    if (ruleSet == null) {
      ruleSet = evaluate(actDate);
      chosen.put(actDate, ruleSet);
    }
    return ruleSet;
  }

  private String evaluate(LocalDate actDate) {
    return (String) tables.evaluateSingle(DECISION_KEY, Map.of("actDate", actDate)).get("ruleSet");
  }
}
