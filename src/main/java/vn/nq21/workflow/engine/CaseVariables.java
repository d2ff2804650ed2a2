package vn.nq21.workflow.engine;

import java.util.Set;

/** Process variables every procedure shares (domain specification §14.3). */
public final class CaseVariables {

  /** Code of the organisation that owns the case (the chi bộ, for most procedures). */
  public static final String CASE_ORG = "caseOrgId";

  /** Its name, for people (Tasklist shows it beside the case's tasks). */
  public static final String CASE_ORG_NAME = "caseOrgName";

  /** The registry id of the person an admission case is about (set when the case opens). */
  public static final String CANDIDATE = "candidateId";

  /** The registry id of the member a case about a member is about (set when the case opens). */
  public static final String MEMBER = "memberId";

  /**
   * The case's identity: which organisation owns it and which person it is about. The application sets
   * them when the case opens (from the clerk's own organisation and the start form) and changes them only
   * in its own steps (a transfer's hand-over); no client submission may carry them.
   */
  public static final Set<String> IDENTITY = Set.of(CASE_ORG, CASE_ORG_NAME, CANDIDATE, MEMBER);

  private CaseVariables() {}
}
