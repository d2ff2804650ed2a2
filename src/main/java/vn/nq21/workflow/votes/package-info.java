/**
 * Votes: how a procedure's vote is recorded, checked and counted, whatever the procedure. The rules of
 * §4 of the domain specification ({@link vn.nq21.workflow.votes.VoteRules}: thresholds and denominators
 * from DMN, the sanity of a recorded vote, the chi bộ's minimum size, settings under {@code nq21.votes}),
 * and the chi bộ's vote as a step check ({@link vn.nq21.workflow.votes.ChiBoVote}).
 */
package vn.nq21.workflow.votes;
