/**
 * Cases as clerks and supervisors read them. For a procedure, every running case the user may read, with the person
 * it is about, the organisation, the steps it waits on (who must act, by when, how late) and when it opened, in
 * dd/MM/yyyy ({@code GET /api/cases}, shown as the tab "Hồ sơ đang giải quyết" of a procedure in Cockpit). For one
 * case, the whole of it ({@code GET /api/cases/{id}}, the page {@code /ho-so-giai-quyet/?id=}, shown beside each task
 * in Tasklist and each case in Cockpit as the tab "Toàn bộ hồ sơ"): the steps done with who and what, where it stands,
 * the deadlines ahead, the documents and the diagram. Who may read a case is {@link
 * vn.nq21.workflow.caseview.CaseAccess}'s to say, for every page that shows one. It reads the engine and the registry;
 * it writes nothing.
 */
package vn.nq21.workflow.caseview;
