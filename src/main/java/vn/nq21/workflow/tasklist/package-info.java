/**
 * Tasklist for clerks: the filters each role finds on first login, showing the case's key facts (who, which
 * organisation) beside every task, so a clerk finds the right case without opening each task.
 */
package vn.nq21.workflow.tasklist;
