package vn.nq21.workflow.engine.modelcheck;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * {@link ApplicationFacts} given outright: for the build-time test of {@code bpmn/} and {@code forms/}
 * and for tests of the checker. A deployed form or decision is named by key, whatever the binding asks.
 *
 * @param beans the Spring bean names
 * @param deployedForms keys of the Camunda Forms already deployed
 * @param deployedDecisions keys of the decisions already deployed
 * @param variables process key → the variables the application's code for it reads or writes
 */
public record FixedFacts(Set<String> beans, Set<String> deployedForms, Set<String> deployedDecisions,
    Map<String, KnownVariables> variables) implements ApplicationFacts {

  public FixedFacts {
    beans = Set.copyOf(beans);
    deployedForms = Set.copyOf(deployedForms);
    deployedDecisions = Set.copyOf(deployedDecisions);
    variables = Map.copyOf(variables);
  }

  @Override
  public boolean isBean(String name) {
    return beans.contains(name);
  }

  @Override
  public Collection<String> beanNames() {
    return beans;
  }

  @Override
  public boolean isFormDeployed(String key, String binding, Integer version) {
    return deployedForms.contains(key);
  }

  @Override
  public boolean isDecisionDeployed(String key, String binding, Integer version, String versionTag) {
    return deployedDecisions.contains(key);
  }

  @Override
  public KnownVariables variablesOf(String processKey) {
    return variables.getOrDefault(processKey, KnownVariables.NONE);
  }
}
