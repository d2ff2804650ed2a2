package vn.nq21.workflow.engine;

/** The order of the start-up steps that run once the engine is up. */
public final class StartupOrder {
  /** The organisation tree and its Camunda groups come first: everything else refers to them. */
  public static final int ORGANIZATIONS = 0;
  /** Tasklist filters are granted to the organisations' groups. */
  public static final int FILTERS = 5;
  public static final int DEPLOY_MODELS = 10;
  /** Open tasks are given their step numbers by the models in force. */
  public static final int STEP_NUMBERS = 20;
  /** Demo data needs organisations, groups and models. */
  public static final int DEMO_DATA = 100;

  private StartupOrder() {}
}
