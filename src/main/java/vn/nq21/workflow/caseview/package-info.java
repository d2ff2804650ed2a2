/**
 * Cases as a supervisor reads them: for a procedure, every running case the user may read, with the person it is
 * about, the organisation, the steps it waits on (who must act, by when, how late) and when it opened, in dd/MM/yyyy
 * ({@code GET /api/cases}, shown as the tab "Hồ sơ đang giải quyết" of a procedure in Cockpit). It reads the engine and the
 * registry; it writes nothing.
 */
package vn.nq21.workflow.caseview;
