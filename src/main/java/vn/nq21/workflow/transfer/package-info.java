/**
 * Chuyển sinh hoạt đảng: the official, temporary and internal transfer of a member (domain specification §7, model
 * {@code bpmn/chuyen-sinh-hoat-dang.bpmn} with its two sides, forms under {@code forms/chuyen-sinh-hoat-dang/}, rules
 * in {@code bpmn/rules/loai-chuyen-sinh-hoat.dmn} and {@code danh-muc-ho-so-chuyen.dmn}): the cause and its kind, the
 * sending side's application, comments, đảng phí, sealed hồ sơ and introduction; the receiving side's own steps at the
 * receiving organisations; the registry's DANG_CHUYEN, SH_TAM_THOI and the move; where the hồ sơ is at every hand-over.
 *
 * <p>{@link vn.nq21.workflow.engine.modelcheck.Procedure}: the variables of this package and of the shared rooms it
 * uses are the transfer processes'; the fields listed as recorded only are kept for the dossier and read by people.
 */
@Procedure(processKeys = {"chuyen-sinh-hoat-dang", "tiep-nhan-chuyen-sinh-hoat"}, uses = {CaseReader.class},
    recordedOnly = {
        "causeDocumentNumber", "causeNotes", // CS01: the decision's number, what the clerk adds
        "selfReviewSummary", "noticeNotes", "notedNotes", "removalProposalNotes", "correctionNotes",
        "tempReportNotes", "reminderNotes", "returnNotes", "tempComments", "officialInformedDate",
        "receiverNotes", "receiptNumber", "noShowNotes", "lateReason", "introductionNotes", "stopNotes",
        "chiUyComments", "memberSlipDate", "transferBookNumber", "holdOverrideBody", "tempIntroNumber",
        "internalDecisionNumber", "introductionNumber"
    })
package vn.nq21.workflow.transfer;

import vn.nq21.workflow.casework.CaseReader;
import vn.nq21.workflow.engine.modelcheck.Procedure;
