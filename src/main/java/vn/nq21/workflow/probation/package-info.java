/**
 * Công nhận đảng viên chính thức: the probation that follows the admission ceremony (domain specification §6,
 * model {@code bpmn/cong-nhan-dang-vien-chinh-thuc.bpmn}, forms under {@code
 * forms/cong-nhan-dang-vien-chinh-thuc/}): the helper, the new members' class, the reviews, the chi bộ's vote
 * on recognition or removal from the probation list, the review chain, the registry changes, and the hand-over
 * when the member transfers. The case opens on the start message the admission sends after the ceremony, or
 * from a clerk's start form for a member admitted before the system.
 *
 * <p>{@link vn.nq21.workflow.engine.modelcheck.Procedure}: as for admission, the variables of this package and
 * of the shared rooms it uses are the probation process's; the fields listed as recorded only are kept for
 * the dossier and read by people.
 */
@Procedure(processKeys = "cong-nhan-dang-vien-chinh-thuc", uses = {CaseReader.class, ChiBoVote.class,
    ReviewSteps.class},
    recordedOnly = {
        "stopNotes", // dừng hồ sơ
        "selfReviewSummary", "helperReportSummary", "probationCommentSummary", // CN03–CN05
        "reportNotes" // báo cáo cấp trên sau ba lần không đạt
    })
package vn.nq21.workflow.probation;

import vn.nq21.workflow.casework.CaseReader;
import vn.nq21.workflow.engine.modelcheck.Procedure;
import vn.nq21.workflow.review.ReviewSteps;
import vn.nq21.workflow.votes.ChiBoVote;
