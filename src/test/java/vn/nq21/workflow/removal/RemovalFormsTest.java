package vn.nq21.workflow.removal;

import static vn.nq21.workflow.support.FormContract.opt;
import static vn.nq21.workflow.support.FormContract.req;

import vn.nq21.workflow.support.FormContract;
import vn.nq21.workflow.support.FormContractTests;

/**
 * The Camunda Forms of đưa ra khỏi Đảng, held to the checks every procedure's forms pass ({@link FormContractTests}):
 * the keys each form submits are the variables the BPMN, {@link RemovalChecks} and the review chain read, in the
 * order the form shows them; the member and the ground are set when the case opens and shown in each task form's
 * header; the other variables a form shows are set by the process and never submitted.
 */
class RemovalFormsTest extends FormContractTests {

  private static final String[] GROUNDS = {"BO_SINH_HOAT", "KHONG_DONG_DANG_PHI", "TU_Y_TRA_HUY_THE",
      "GIAM_SUT_Y_CHI", "VI_PHAM_TU_CACH_2_NAM", "KHONG_DAM_BAO_TCCT"};

  @Override
  protected FormContract contract() {
    return CONTRACT;
  }

  static final FormContract CONTRACT = new FormContract("forms/dua-ra-khoi-dang", "xoa-ten-mo-ho-so",
      "memberName", "memberBirthDate", "memberStatusLabel")
      .conditional("presentVoters", "voters") // counted from the list when voters are ticked
      .form("xoa-ten-mo-ho-so", // XT01, XR01
          req("memberRecordNumber", "textfield"), req("variant", "radio", "XOA_TEN", "XIN_RA"),
          req("openedDate", "datetime"), opt("groundCode", "select", GROUNDS), opt("cardActDate", "datetime"),
          opt("groundBasis", "textarea"), opt("requestDate", "datetime"), opt("requestReasons", "textarea"),
          opt("hardship", "checkbox"), opt("hardshipDetails", "textarea"), opt("openingNotes", "textarea"))
      .conditional("xoa-ten-mo-ho-so", "groundCode", "variant")
      .conditional("xoa-ten-mo-ho-so", "cardActDate", "groundCode")
      .conditional("xoa-ten-mo-ho-so", "groundBasis", "groundCode")
      .conditional("xoa-ten-mo-ho-so", "requestDate", "variant")
      .conditional("xoa-ten-mo-ho-so", "requestReasons", "variant")
      .conditional("xoa-ten-mo-ho-so", "hardship", "variant")
      .conditional("xoa-ten-mo-ho-so", "hardshipDetails", "hardship")
      .form("xoa-ten-ra-soat",
          req("reviewDate", "datetime"), req("reviewConclusion", "radio", "MO_HO_SO", "KHONG_MO"),
          opt("groundCode", "select", GROUNDS), opt("cardActDate", "datetime"), opt("groundBasis", "textarea"),
          opt("reviewNotes", "textarea"))
      .conditional("xoa-ten-ra-soat", "groundCode", "reviewConclusion")
      .conditional("xoa-ten-ra-soat", "cardActDate", "groundCode")
      .conditional("xoa-ten-ra-soat", "groundBasis", "groundCode")
      .displayOnly("xoa-ten-ra-soat", "reviewSourceText")
      .form("xoa-ten-tu-kiem-diem", // XT02
          req("requestDate", "datetime"),
          req("requestAnswer", "radio", "DA_TU_KIEM_DIEM", "CHUA_TU_KIEM_DIEM", "CO_Y_TU_CHOI", "KHONG_LIEN_LAC_DUOC"),
          opt("selfReviewDate", "datetime"), opt("selfReviewSummary", "textarea"), opt("answerNotes", "textarea"))
      .conditional("xoa-ten-tu-kiem-diem", "selfReviewDate", "requestAnswer")
      .conditional("xoa-ten-tu-kiem-diem", "selfReviewSummary", "requestAnswer")
      .displayOnly("xoa-ten-tu-kiem-diem", "variantLabel", "groundLabel", "groundEvidence", "removalWarnings",
          "selfReviewRequests", "selfReviewRequestsText")
      .form("xin-ra-gap-go", // XR02
          req("meetingDate", "datetime"), req("meetingNotes", "textarea"), req("violationFound", "radio", "KHONG", "CO"),
          opt("violationNotes", "textarea"))
      .conditional("xin-ra-gap-go", "violationNotes", "violationFound")
      .displayOnly("xin-ra-gap-go", "variantLabel", "groundLabel", "groundEvidence")
      .form("xoa-ten-chi-bo-bieu-quyet", // XT03, XR03
          req("voteDate", "datetime"), req("officialMembersOnRoll", "number"), opt("excludedTemporary", "number"),
          opt("excludedExemptAbsent", "number"), opt("excludedSuspended", "number"),
          opt("excludedAbsentWithReason", "number"), opt("exclusionNotes", "textarea"), opt("voters", "checklist"), req("presentVoters", "number"),
          req("votesFor", "number"), req("votesAgainst", "number"), opt("resolutionNumber", "textfield"),
          opt("resolutionDate", "datetime"))
      .displayOnly("xoa-ten-chi-bo-bieu-quyet", "variantLabel", "groundLabel", "groundEvidence", "removalWarnings",
          "selfReviewText", "failedVotesText")
      .form("xoa-ten-bao-cao-ket-qua", // R-GEN-09
          req("reportNumber", "textfield"), req("reportDate", "datetime"), opt("reportNotes", "textarea"))
      .displayOnly("xoa-ten-bao-cao-ket-qua", "variantLabel", "groundLabel", "groundEvidence", "chiBoResultText")
      .form("xoa-ten-dang-uy-bo-phan-tham-dinh", // XT04
          req("appraisalDate", "datetime"), req("appraisalOpinion", "radio", "DONG_Y", "KHONG_DONG_Y"),
          opt("appraisalNotes", "textarea"))
      .displayOnly("xoa-ten-dang-uy-bo-phan-tham-dinh", "variantLabel", "groundLabel", "groundEvidence", "proposalText")
      .form("xoa-ten-dang-uy-co-so-bieu-quyet", // XT05
          req("dangUyVoteDate", "datetime"), req("dangUyMembersTotal", "number"), req("dangUyVotesFor", "number"),
          opt("dangUyResolutionNumber", "textfield"), opt("dangUyResolutionDate", "datetime"))
      .displayOnly("xoa-ten-dang-uy-co-so-bieu-quyet", "variantLabel", "groundLabel", "groundEvidence", "proposalText")
      .form("xoa-ten-quyet-dinh", // XT06, XR04
          req("decisionOutcome", "radio", "XOA_TEN", "KHONG_XOA_TEN"), req("deciderMembersTotal", "number"),
          req("deciderVotesFor", "number"), opt("decisionNumber", "textfield"), req("decisionDate", "datetime"),
          opt("refusalReason", "textarea"))
      .conditional("xoa-ten-quyet-dinh", "decisionNumber", "decisionOutcome")
      .conditional("xoa-ten-quyet-dinh", "refusalReason", "decisionOutcome")
      .displayOnly("xoa-ten-quyet-dinh", "variantLabel", "groundLabel", "groundEvidence", "authorityBody",
          "proposalText", "decisionWorkingDays")
      .form("xoa-ten-xu-ly-qua-han",
          req("lateReviewDate", "datetime"), req("lateReviewNotes", "textarea"))
      .displayOnly("xoa-ten-xu-ly-qua-han", "variantLabel", "groundLabel", "groundEvidence", "escalationReason")
      .form("xoa-ten-giao-quyet-dinh", // XT07
          req("deliveredDate", "datetime"), req("deliveryForm", "radio", "TRUC_TIEP", "BIEN_BAN", "BUU_DIEN"),
          req("cardRecovery", "radio", "DA_THU_HOI", "DA_TRA_HUY_TRUOC", "CHUA_THU_HOI_DUOC"),
          opt("cardRecoveredDate", "datetime"), opt("cardNotes", "textarea"))
      .conditional("xoa-ten-giao-quyet-dinh", "cardRecoveredDate", "cardRecovery")
      .displayOnly("xoa-ten-giao-quyet-dinh", "variantLabel", "groundLabel", "groundEvidence", "decisionNumber",
          "decisionDate", "complaintWorkingDays")
      .form("xoa-ten-thong-bao-ket-qua",
          req("notificationDate", "datetime"),
          req("notificationForm", "radio", "VAN_BAN", "TRUC_TIEP", "KHONG_LIEN_LAC_DUOC"),
          opt("notificationNotes", "textarea"))
      .displayOnly("xoa-ten-thong-bao-ket-qua", "variantLabel", "groundLabel", "groundEvidence", "refusalText")
      .form("xoa-ten-dung-ho-so",
          req("stopReason", "radio", "TU_TRAN", "KHAC"), req("stopDate", "datetime"), opt("stopNotes", "textarea"),
          req("stopConfirmed", "checkbox"))
      .displayOnly("xoa-ten-dung-ho-so", "variantLabel", "groundLabel", "groundEvidence");
}
