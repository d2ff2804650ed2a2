package vn.nq21.workflow.engine;

/** Process variables every procedure shares (domain specification §14.3). */
public final class CaseVariables {

  /** Code of the organisation that owns the case (the chi bộ, for most procedures). */
  public static final String CASE_ORG = "caseOrgId";

  /** Its name, for people (Tasklist shows it beside the case's tasks). */
  public static final String CASE_ORG_NAME = "caseOrgName";

  private CaseVariables() {}
}
