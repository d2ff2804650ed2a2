/**
 * Miễn công tác và sinh hoạt đảng: the exemption of a member of advanced age, weak health or in one of the
 * time-bound situations of R-MS-02 (domain specification §8, model {@code bpmn/mien-sinh-hoat-dang.bpmn}, forms under
 * {@code forms/mien-sinh-hoat-dang/}, rules in {@code bpmn/rules/dien-mien-sinh-hoat.dmn}): the member's application,
 * the chi ủy's proposal, the chi bộ's resolution (a majority of the official members), the report to the cấp ủy cấp
 * trên trực tiếp (who takes note), the MIEN_SH overlay in the registry, and the return at the end date or earlier.
 *
 * <p>{@link vn.nq21.workflow.engine.modelcheck.Procedure}: the variables of this package and of the shared rooms
 * it uses are the exemption process's; the fields listed as recorded only are kept for the dossier and read by
 * people.
 */
@Procedure(processKeys = "mien-sinh-hoat-dang", uses = {CaseReader.class, ChiBoVote.class},
    recordedOnly = {
        "applicationForm", "groundDetails", "evidenceNotes", // MS01–MS02: written or minuted, the member's words, what the chi ủy saw
        "notificationNotes", "reportNotes", "notedNotes", // refusal notice, report, the superior's note
        "returnNotes", "reviewNotes", // MS05, the periodic reminder
        "stopNotes"
    })
package vn.nq21.workflow.exemption;

import vn.nq21.workflow.casework.CaseReader;
import vn.nq21.workflow.engine.modelcheck.Procedure;
import vn.nq21.workflow.votes.ChiBoVote;
