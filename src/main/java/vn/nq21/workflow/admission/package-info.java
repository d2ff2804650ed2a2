/**
 * Kết nạp đảng viên and công nhận đảng viên chính thức: the admission procedure (domain specification §5,
 * model {@code bpmn/ket-nap-dang-vien.bpmn}) and the probation that follows it (§6, model
 * {@code bpmn/cong-nhan-dang-vien-chinh-thuc.bpmn}). The models orchestrate; the rules live in DMN tables
 * read through {@link vn.nq21.workflow.admission.rules.AdmissionRules}; this package holds the thin adapters
 * the models call — server-side checks of each submitted form, the registry changes, who works each step.
 * The two share the vote checks and the review chain, so they live together.
 *
 * <p>{@link vn.nq21.workflow.engine.modelcheck.Procedure} tells the model checks that the variable names
 * this package's code uses are those of the admission process. The fields listed as recorded only are
 * written by the forms for the dossier and read by people, never by this code or the model; among them
 * the đảng ủy bộ phận's opinion ({@code appraisalOpinion}): the case goes on to the đảng ủy cơ sở whatever
 * it says.
 */
@Procedure(processKeys = {"ket-nap-dang-vien", "cong-nhan-dang-vien-chinh-thuc"}, recordedOnly = {
    "candidateWorkplace", "candidateResidence", // KN01 lập hồ sơ
    "verificationPersons", "verificationExemptNote", "verificationNotes", // KN06 thẩm tra lý lịch
    "commentSummary", // KN08 ý kiến nhận xét
    "appraisalOpinion", "appraisalNotes", // KN11 đảng ủy bộ phận thẩm định
    "extensionApprovalNumber", // gia hạn quyết định
    "ceremonyNotes", // KN14 lễ kết nạp
    "stopNotes", // dừng hồ sơ
    "selfReviewSummary", "helperReportSummary", "probationCommentSummary", // CN03–CN05
    "reportNotes" // báo cáo cấp trên sau ba lần không đạt
})
package vn.nq21.workflow.admission;

import vn.nq21.workflow.engine.modelcheck.Procedure;
