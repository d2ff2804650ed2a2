package vn.nq21.workflow.rules;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import vn.nq21.workflow.engine.WithoutAuthorization;

/**
 * Evaluates the latest deployed version of a decision table. The rules are the system's, not the
 * clerk's: evaluation does not require the clerk to hold permissions on decision definitions, and is not
 * logged as the clerk's operation (as a business rule task's is not). The decision history keeps every
 * evaluation, with its inputs, outputs and the user whose submission it was for.
 */
@Component
public class DecisionTables {

  private final DecisionService decisionService;
  private final WithoutAuthorization withoutAuthorization;

  public DecisionTables(DecisionService decisionService, WithoutAuthorization withoutAuthorization) {
    this.decisionService = decisionService;
    this.withoutAuthorization = withoutAuthorization;
  }

  /** All matched rules' outputs, in table order. */
  public List<Map<String, Object>> evaluate(String decisionKey, Map<String, Object> inputs) {
    VariableMap variables = Variables.fromMap(inputs);
    return withoutAuthorization.callUnlogged(() -> decisionService.evaluateDecisionByKey(decisionKey)
        .variables(variables).evaluate().getResultList());
  }

  /** Exactly one matched rule's outputs, or a {@link NoMatchingRuleException} naming the inputs. */
  public Map<String, Object> evaluateSingle(String decisionKey, Map<String, Object> inputs) {
    List<Map<String, Object>> results = evaluate(decisionKey, inputs);
    if (results.isEmpty()) {
      throw new NoMatchingRuleException(decisionKey, inputs);
    }
    return results.get(0);
  }
}
