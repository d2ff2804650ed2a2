package vn.nq21.workflow.engine.modelcheck;

import java.util.Collection;
import java.util.List;

/**
 * What the {@link ModelChecker} needs to know about the application a deployment goes into, beyond the
 * deployment's own resources. At deploy time the engine answers (see {@link ModelCheckPlugin}); a test
 * gives {@link FixedFacts}.
 */
public interface ApplicationFacts {

  /** Whether an expression {@code ${name}} would find a Spring bean of that name. */
  boolean isBean(String name);

  /** Bean names, only to suggest the nearest one for a typo; may be empty. */
  default Collection<String> beanNames() {
    return List.of();
  }

  /**
   * Whether a Camunda Form with this key is already deployed so that the binding finds it:
   * {@code latest} any version, {@code version} that version.
   */
  boolean isFormDeployed(String key, String binding, Integer version);

  /**
   * Whether a decision with this key is already deployed so that the binding finds it: {@code latest}
   * any version, {@code version} that version, {@code versionTag} that tag.
   */
  boolean isDecisionDeployed(String key, String binding, Integer version, String versionTag);

  /**
   * The variables the application's code for this process reads or writes (see {@link ProcessVariables});
   * {@link KnownVariables#NONE} when no code declares itself for it.
   */
  KnownVariables variablesOf(String processKey);

  /**
   * The user tasks (by id) whose submissions the application's code for this process checks on the server;
   * null when no code claims the process's steps (a model an admin deploys on its own).
   */
  default java.util.Set<String> checkedTasks(String processKey) {
    return null;
  }

  /** The whole DMN file of the newest deployed version of a decision, or null when none is deployed. */
  default byte[] latestDecisionFile(String decisionKey) {
    return null;
  }

  /** How many cases (process instances of any procedure) are running now. */
  default long runningCases() {
    return 0;
  }
}
