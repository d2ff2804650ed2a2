/**
 * Đưa ra khỏi Đảng (domain specification §9): xóa tên on a ground the records prove (table {@code can-cu-xoa-ten}),
 * xin ra on the member's written request, a review another procedure asks for, the self-review and the chi bộ's vote,
 * the review chain with khai trừ's precedence (R-RK-05), the registry's XOA_TEN with its reason code and hardship flag,
 * and the complaint with its deadlines and the restoration it may bring. Models {@code bpmn/dua-ra-khoi-dang.bpmn} and
 * {@code bpmn/khieu-nai-xoa-ten.bpmn}, forms under {@code forms/dua-ra-khoi-dang/} and {@code forms/khieu-nai-xoa-ten/}.
 *
 * <p>{@link vn.nq21.workflow.engine.modelcheck.Procedure}: the variables of this package and of the shared rooms it uses
 * are the two processes'; the fields listed as recorded only are kept for the dossier and read by people.
 */
@Procedure(processKeys = {"dua-ra-khoi-dang", "khieu-nai-xoa-ten"}, uses = {CaseReader.class, ChiBoVote.class},
    recordedOnly = {
        "openingNotes", "hardshipDetails", "reviewNotes", "answerNotes", "selfReviewSummary", "meetingNotes",
        "violationNotes", "reportNotes", "cardNotes", "cardRecoveredDate", "deliveryForm", "notificationForm",
        "notificationNotes", "stopNotes", "complaintResolutionNotes", "chiBoNotifiedDate"
    })
package vn.nq21.workflow.removal;

import vn.nq21.workflow.casework.CaseReader;
import vn.nq21.workflow.engine.modelcheck.Procedure;
import vn.nq21.workflow.votes.ChiBoVote;
