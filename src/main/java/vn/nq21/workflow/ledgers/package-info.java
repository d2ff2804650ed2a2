/**
 * The books a chi bộ keeps, in the system (§9.6, R-RK-01a/01b, §10): đảng phí per member and month with the
 * exemptions and reductions granted, attendance at the monthly meetings, and each member's yearly rating; brought in
 * from the sheets clerks already hold (CSV or Excel) or by REST, all or nothing; and the counts the removal rules
 * need ({@link vn.nq21.workflow.ledgers.LedgerCounts}). A shared room: procedures read it, it reads no procedure.
 */
package vn.nq21.workflow.ledgers;
