/**
 * When the regulation changes: what an admin needs to put a revised model into force and to move running cases onto
 * it. The record of who deployed which model when and from where ({@link vn.nq21.workflow.revision.ModelRecord}),
 * moving cases between versions of a procedure with the engine's migration API ({@link
 * vn.nq21.workflow.revision.CaseMigration}), withdrawing a bad revision ({@link vn.nq21.workflow.revision.Withdrawal}),
 * and their REST API ({@code /api/revisions}), for admins only. The start-up deployment's lineage is in {@code engine}
 * ({@link vn.nq21.workflow.engine.ModelLineage}); the checks every deployment passes are in {@code engine.modelcheck}.
 */
package vn.nq21.workflow.revision;
