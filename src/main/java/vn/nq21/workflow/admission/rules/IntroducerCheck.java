package vn.nq21.workflow.admission.rules;

import java.util.List;

/**
 * The result of the introducer check.
 *
 * @param patternValid the introduction pattern is lawful for this candidate (table {@code nguoi-gioi-thieu-hop-le})
 * @param memberIntroducersRequired official members the pattern needs (2 or 1), null when it is not lawful
 * @param problems what blocks, one Vietnamese sentence each; empty when the introducers are in order
 * @param warnings what the clerk should look at but does not block (R-KN-10a, R-KN-09a)
 * @param ruleSet the rule set in force on the vote date
 */
public record IntroducerCheck(
    boolean patternValid,
    Integer memberIntroducersRequired,
    List<String> problems,
    List<String> warnings,
    String ruleSet) {

  public IntroducerCheck {
    problems = List.copyOf(problems);
    warnings = List.copyOf(warnings);
  }

  public boolean ok() {
    return problems.isEmpty();
  }
}
