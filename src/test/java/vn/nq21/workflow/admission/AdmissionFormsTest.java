package vn.nq21.workflow.admission;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.nq21.workflow.support.FormContract.opt;
import static vn.nq21.workflow.support.FormContract.req;

import vn.nq21.workflow.support.FormChecks;
import vn.nq21.workflow.support.FormContract;
import vn.nq21.workflow.support.FormContractTests;

/**
 * The Camunda Forms of the admission procedure (kết nạp đảng viên), read from the classpath as Tasklist
 * gets them. Tasklist 7.24 renders them with form-js 1.8.7, and their field keys are the process
 * variables that the BPMN and the server-side checks read: {@link #CONTRACT} is that agreement, form by
 * form. Every test collects all problems first, so one run lists everything to fix; the checks themselves
 * are shared with the other procedures' forms ({@link FormChecks}).
 */
class AdmissionFormsTest extends FormContractTests {

  @Override
  protected FormContract contract() {
    return CONTRACT;
  }


  private static final String FOLDER = "forms/ket-nap-dang-vien";
  private static final String START_FORM = "ket-nap-mo-ho-so";
  /** R-KN-07a: the relations a relative who is a party member may have to the candidate. */
  private static final String[] RELATIONS = {"CHA_DE", "ME_DE", "ANH_CHI_EM_RUOT", "CON_DE", "VO_CHONG",
      "CHA_ME_VO_CHONG", "NGUOI_NUOI_DUONG"};

  // ------------------------------------------------------------------ the variable contract

  /**
   * Form id → the keys it submits, in the order the form shows them; candidateName and candidateBirthDate
   * are set by the process and shown on every task form. Keep in step with the BPMN and the server.
   */
  static final FormContract CONTRACT = new FormContract(FOLDER, START_FORM, "candidateName", "candidateBirthDate")
      .conditional("ket-nap-tham-tra-ly-lich", "relative2Name", "relative1Name")
      .conditional("ket-nap-tham-tra-ly-lich", "relative2Relation", "relative1Name")
      .conditional("ket-nap-tham-tra-ly-lich", "relative2Card", "relative1Name")
      .conditional("ket-nap-tham-tra-ly-lich", "relative2Org", "relative1Name")
      .conditional("ket-nap-tham-tra-ly-lich", "relative2Declared", "relative1Name")
      .conditional("ket-nap-tham-tra-ly-lich", "relative3Name", "relative2Name")
      .conditional("ket-nap-tham-tra-ly-lich", "relative3Relation", "relative2Name")
      .conditional("ket-nap-tham-tra-ly-lich", "relative3Card", "relative2Name")
      .conditional("ket-nap-tham-tra-ly-lich", "relative3Org", "relative2Name")
      .conditional("ket-nap-tham-tra-ly-lich", "relative3Declared", "relative2Name")
      .conditional("ket-nap-tham-tra-ly-lich", "relative4Name", "relative3Name")
      .conditional("ket-nap-tham-tra-ly-lich", "relative4Relation", "relative3Name")
      .conditional("ket-nap-tham-tra-ly-lich", "relative4Card", "relative3Name")
      .conditional("ket-nap-tham-tra-ly-lich", "relative4Org", "relative3Name")
      .conditional("ket-nap-tham-tra-ly-lich", "relative4Declared", "relative3Name")
      .conditional("ket-nap-tham-tra-ly-lich", "relative5Name", "relative4Name")
      .conditional("ket-nap-tham-tra-ly-lich", "relative5Relation", "relative4Name")
      .conditional("ket-nap-tham-tra-ly-lich", "relative5Card", "relative4Name")
      .conditional("ket-nap-tham-tra-ly-lich", "relative5Org", "relative4Name")
      .conditional("ket-nap-tham-tra-ly-lich", "relative5Declared", "relative4Name")
      .conditional("ket-nap-tham-tra-ly-lich", "relative6Name", "relative5Name")
      .conditional("ket-nap-tham-tra-ly-lich", "relative6Relation", "relative5Name")
      .conditional("ket-nap-tham-tra-ly-lich", "relative6Card", "relative5Name")
      .conditional("ket-nap-tham-tra-ly-lich", "relative6Org", "relative5Name")
      .conditional("ket-nap-tham-tra-ly-lich", "relative6Declared", "relative5Name")
      .conditional("presentVoters", "voters") // counted from the list when voters are ticked
      .form(START_FORM,
          req("candidateName", "textfield"), req("candidateBirthDate", "datetime"),
          req("candidateGender", "radio", "NAM", "NU"), opt("candidateIdentityNumber", "textfield"),
          opt("candidateRecordNumber", "textfield"), opt("candidateWorkplace", "textfield"),
          opt("candidateResidence", "textfield"), opt("listedDate", "datetime"))
      .form("ket-nap-chung-nhan-nhan-thuc",
          req("certificateNumber", "textfield"), req("certificateIssueDate", "datetime"),
          req("certificateIssuer", "textfield"))
      .form("ket-nap-don-xin-vao-dang", req("applicationDate", "datetime"))
      .form("ket-nap-gioi-thieu",
          req("introducerPattern", "radio", "HAI_DANG_VIEN", "DOAN", "CONG_DOAN"),
          opt("isDoanVien", "checkbox"), opt("hasDoanOrganisation", "checkbox"), opt("isUnionMember", "checkbox"),
          req("introducer1RecordNumber", "textfield"), req("introducer1LetterDate", "datetime"),
          req("introducer1TogetherSince", "datetime"),
          // shown, and then required, only for HAI_DANG_VIEN (resp. DOAN or CONG_DOAN)
          req("introducer2RecordNumber", "textfield"), req("introducer2LetterDate", "datetime"),
          req("introducer2TogetherSince", "datetime"),
          req("introResolutionNumber", "textfield"), req("introResolutionDate", "datetime"))
      .form("ket-nap-ly-lich", req("lyLichDate", "datetime"), req("lyLichStampDate", "datetime"))
      .form("ket-nap-tham-tra-ly-lich",
          req("verificationPersons", "textarea"), opt("relative1Name", "textfield"), opt("relative1Relation", "select", RELATIONS), opt("relative1Card", "textfield"),
          opt("relative1Org", "textfield"), opt("relative1Declared", "checkbox"),
          opt("relative2Name", "textfield"), opt("relative2Relation", "select", RELATIONS), opt("relative2Card", "textfield"),
          opt("relative2Org", "textfield"), opt("relative2Declared", "checkbox"),
          opt("relative3Name", "textfield"), opt("relative3Relation", "select", RELATIONS), opt("relative3Card", "textfield"),
          opt("relative3Org", "textfield"), opt("relative3Declared", "checkbox"),
          opt("relative4Name", "textfield"), opt("relative4Relation", "select", RELATIONS), opt("relative4Card", "textfield"),
          opt("relative4Org", "textfield"), opt("relative4Declared", "checkbox"),
          opt("relative5Name", "textfield"), opt("relative5Relation", "select", RELATIONS), opt("relative5Card", "textfield"),
          opt("relative5Org", "textfield"), opt("relative5Declared", "checkbox"),
          opt("relative6Name", "textfield"), opt("relative6Relation", "select", RELATIONS), opt("relative6Card", "textfield"),
          opt("relative6Org", "textfield"), opt("relative6Declared", "checkbox"),
          req("verificationDate", "datetime"), req("verificationResult", "radio", "DAT", "CO_VAN_DE"),
          opt("verificationNotes", "textarea"))
      .form("ket-nap-ket-luan-ly-lich",
          req("lyLichCertifiedDate", "datetime"),
          req("lyLichConclusion", "radio", "DU_DIEU_KIEN", "CHUA_DU_DIEU_KIEN"))
      .form("ket-nap-y-kien-nhan-xet",
          req("massOrgCommentDate", "datetime"), req("residenceCommentDate", "datetime"),
          req("commentSummaryDate", "datetime"), opt("commentSummary", "textarea"))
      .form("ket-nap-tham-dinh-dieu-kien",
          req("plannedVoteDate", "datetime"),
          req("educationLevel", "select", "THCS_TRO_LEN", "TIEU_HOC", "BIET_DOC_VIET", "CHUA_DAT"),
          req("educationException", "select", "KHONG", "VUNG_KHO_KHAN", "NGU_DAN_BAM_BIEN", "NGUOI_CO_UY_TIN"),
          req("politicalStandardConcluded", "checkbox"))
      .form("ket-nap-y-kien-btv-tinh",
          req("consentGiven", "radio", "DONG_Y", "KHONG_DONG_Y"), req("consentDocumentNumber", "textfield"),
          req("consentDate", "datetime"))
      .form("ket-nap-chi-bo-bieu-quyet",
          req("voteDate", "datetime"), req("officialMembersOnRoll", "number"),
          opt("excludedTemporary", "number"), opt("excludedExemptAbsent", "number"),
          opt("excludedSuspended", "number"), opt("excludedAbsentWithReason", "number"),
          opt("exclusionNotes", "textarea"), opt("voters", "checklist"), req("presentVoters", "number"), req("votesFor", "number"),
          req("votesAgainst", "number"), opt("resolutionNumber", "textfield"), opt("resolutionDate", "datetime"))
      .form("ket-nap-dang-uy-bo-phan-tham-dinh",
          req("appraisalDate", "datetime"), req("appraisalOpinion", "radio", "DONG_Y", "KHONG_DONG_Y"),
          opt("appraisalNotes", "textarea"))
      .form("ket-nap-dang-uy-co-so-bieu-quyet",
          req("dangUyVoteDate", "datetime"), req("dangUyMembersTotal", "number"), req("dangUyVotesFor", "number"),
          opt("dangUyResolutionNumber", "textfield"), opt("dangUyResolutionDate", "datetime"))
      .form("ket-nap-quyet-dinh",
          req("decisionOutcome", "radio", "KET_NAP", "KHONG_KET_NAP"), req("deciderMembersTotal", "number"),
          req("deciderVotesFor", "number"),
          req("decisionNumber", "textfield"), // shown only for KET_NAP
          req("decisionDate", "datetime"),
          req("refusalReason", "textarea")) // shown only for KHONG_KET_NAP
      .form("ket-nap-qua-han-quyet-dinh",
          req("extensionGranted", "radio", "CO", "KHONG"),
          req("extensionWorkingDays", "number"), // shown only for CO
          opt("extensionReason", "textarea"), opt("extensionApprovalNumber", "textfield"),
          opt("extensionApprovalDate", "datetime"))
      .form("ket-nap-xu-ly-qua-han", req("lateReviewDate", "datetime"), req("lateReviewNotes", "textarea"))
      .form("ket-nap-bao-cao-ket-qua-chi-bo", req("voteReportNumber", "textfield"), req("voteReportDate", "datetime"),
          opt("voteReportNotes", "textarea"))
      .displayOnly("ket-nap-bao-cao-ket-qua-chi-bo", "chiBoResultText")
      .form("ket-nap-bao-cao-ket-qua-dang-uy", req("dangUyReportNumber", "textfield"),
          req("dangUyReportDate", "datetime"), req("chiBoNotifiedDate", "datetime"), opt("dangUyReportNotes", "textarea"))
      .displayOnly("ket-nap-bao-cao-ket-qua-dang-uy", "dangUyVoteDate", "dangUyVotesFor", "dangUyMembersTotal")
      .form("ket-nap-nhan-thong-bao-khong-ket-nap", req("refusalNoticeReceivedDate", "datetime"),
          req("candidateToldDate", "datetime"), opt("refusalNoticeNotes", "textarea"))
      .displayOnly("ket-nap-nhan-thong-bao-khong-ket-nap", "authorityBody", "refusalReason")
      .form("ket-nap-cap-tren-nhan-bao-cao", req("authorisedReportNumber", "textfield"),
          req("authorisedReportDate", "datetime"), req("reportNotedDate", "datetime"), opt("reportNotedNotes", "textarea"))
      .displayOnly("ket-nap-cap-tren-nhan-bao-cao", "authorityBody", "decisionNumber", "decisionDate")
      .form("ket-nap-nhac-hoan-thien-ho-so", req("paperworkDelayReason", "textarea"),
          req("paperworkPlannedDate", "datetime"))
      .displayOnly("ket-nap-nhac-hoan-thien-ho-so", "paperworkReminderText")
      .form("ket-nap-nhan-quyet-dinh", req("decisionReceivedDate", "datetime"))
      .form("ket-nap-le-ket-nap", req("ceremonyDate", "datetime"), opt("ceremonyNotes", "textarea"))
      .form("ket-nap-dong-y-le-muon",
          req("lateCeremonyReason", "textarea"), req("lateCeremonyApprovalNumber", "textfield"),
          req("lateCeremonyApprovalDate", "datetime"))
      .form("ket-nap-hoan-thien-ho-so",
          req("partyRecordDate", "datetime"), req("partyCardSlipDate", "datetime"),
          req("dossierIndexDone", "checkbox"))
      .form("ket-nap-dung-ho-so",
          req("stopReason", "radio", "RUT_DON", "TU_TRAN", "KHAC"), req("stopDate", "datetime"),
          opt("stopNotes", "textarea"), req("stopConfirmed", "checkbox"))
      // fields that appear only for one choice: key → the variable their conditional.hide reads
      .conditional("introducer2RecordNumber", "introducerPattern")
      .conditional("introducer2LetterDate", "introducerPattern")
      .conditional("introducer2TogetherSince", "introducerPattern")
      .conditional("introResolutionNumber", "introducerPattern")
      .conditional("introResolutionDate", "introducerPattern")
      .conditional("decisionNumber", "decisionOutcome")
      .conditional("refusalReason", "decisionOutcome")
      .conditional("extensionWorkingDays", "extensionGranted")
      .conditional("extensionApprovalNumber", "extensionGranted")
      .conditional("extensionApprovalDate", "extensionGranted")
      // variables the process sets for display
      .displayOnly("ket-nap-y-kien-btv-tinh", "consentReasonText")
      .displayOnly("ket-nap-quyet-dinh", "authorityBody", "decisionWorkingDays")
      .displayOnly("ket-nap-qua-han-quyet-dinh", "escalationReason", "decisionWorkingDays", "maxExtensionWorkingDays")
      .displayOnly("ket-nap-nhan-quyet-dinh", "ceremonyWorkingDays")
      .displayOnly("ket-nap-dong-y-le-muon", "ceremonyWorkingDays")
      .displayOnly("ket-nap-hoan-thien-ho-so", "paperworkWorkingDays")
      .displayOnly("ket-nap-xu-ly-qua-han", "escalationReason")
      .displayOnly("ket-nap-le-ket-nap", "ceremonyDeadlineText");

  // ------------------------------------------------------------------ reading the forms


  // ------------------------------------------------------------------ tests

}
