/**
 * Kết nạp đảng viên: the admission procedure (domain specification §5, model {@code
 * bpmn/ket-nap-dang-vien.bpmn}, forms under {@code forms/ket-nap-dang-vien/}). The model orchestrates; the
 * rules live in DMN tables read through {@link vn.nq21.workflow.admission.rules.AdmissionRules}; this package
 * holds the thin adapters the model calls: server-side checks of each submitted form, the registry changes,
 * who works each step. The chi bộ's vote and case work come from the shared rooms; after the chi bộ the case
 * climbs the review chain, a called process ({@code bpmn/xet-duyet-cap-tren.bpmn}) given this procedure's forms;
 * the probation that follows the ceremony is another procedure, opened by its start message.
 *
 * <p>{@link vn.nq21.workflow.engine.modelcheck.Procedure} tells the model checks that the variable names
 * this package's code and the shared rooms it uses read or write are those of the admission process. The
 * fields listed as recorded only are written by the forms for the dossier and read by people, never by code
 * or the model.
 */
@Procedure(processKeys = "ket-nap-dang-vien", uses = {CaseReader.class, ChiBoVote.class, ReviewSteps.class},
    recordedOnly = {
        "candidateWorkplace", "candidateResidence", // KN01 lập hồ sơ
        "verificationPersons", "verificationNotes", // KN06 thẩm tra lý lịch
        "commentSummary", // KN08 ý kiến nhận xét
        "extensionApprovalNumber", // gia hạn quyết định
        "ceremonyNotes", // KN14 lễ kết nạp
        "voteReportNotes", "dangUyReportNotes", "refusalNoticeNotes", "reportNotedNotes", // reports, notices
        "paperworkDelayReason", // R-KN-20, the chi ủy's reason
        "stopNotes" // dừng hồ sơ
    })
package vn.nq21.workflow.admission;

import vn.nq21.workflow.casework.CaseReader;
import vn.nq21.workflow.engine.modelcheck.Procedure;
import vn.nq21.workflow.review.ReviewSteps;
import vn.nq21.workflow.votes.ChiBoVote;
