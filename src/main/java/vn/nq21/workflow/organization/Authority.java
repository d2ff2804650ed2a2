package vn.nq21.workflow.organization;

/**
 * Who decides: the organisation holding authority for a decision, the group that works the task for
 * it, the body's name for the clerk, and the vote rule its resolution follows.
 *
 * @param ruleId the row of §3.2 of the domain specification that applied (A1…A12)
 */
public record Authority(
    String decisionType,
    String ruleSet,
    String organizationCode,
    String organizationName,
    String role,
    String groupId,
    String body,
    String voteRule,
    String ruleId) {}
