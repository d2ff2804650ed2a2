package vn.nq21.workflow.exemption;

import static vn.nq21.workflow.support.FormContract.opt;
import static vn.nq21.workflow.support.FormContract.req;

import vn.nq21.workflow.support.FormContract;
import vn.nq21.workflow.support.FormContractTests;

/**
 * The Camunda Forms of the exemption (miễn công tác và sinh hoạt đảng), held to the checks every procedure's forms
 * pass ({@link FormContractTests}): the keys each form submits are the variables the BPMN and {@link ExemptionChecks}
 * read, in the order the form shows them; the case facts are set when the case opens and shown in each task form's
 * header; the other variables a form shows are set by the process and never submitted.
 */
class ExemptionFormsTest extends FormContractTests {

  @Override
  protected FormContract contract() {
    return CONTRACT;
  }

  static final FormContract CONTRACT = new FormContract("forms/mien-sinh-hoat-dang", "mien-mo-ho-so",
      "memberName", "memberBirthDate", "memberStatusLabel", "groundLabel")
      .conditional("presentVoters", "voters") // counted from the list when voters are ticked
      .form("mien-mo-ho-so", // MS01
          req("memberRecordNumber", "textfield"), req("applicationForm", "radio", "DON", "BAO_CAO_TRUC_TIEP"),
          req("applicationDate", "datetime"),
          req("groundCode", "select", "TUOI_CAO", "SUC_KHOE_YEU", "DIEU_TRI_DAI_NGAY", "RA_NUOC_NGOAI",
              "NOI_XA_KHONG_CO_TO_CHUC_DANG", "LUU_DONG_DUOI_MOT_NAM", "NGHI_THAI_SAN", "KHAC"),
          req("groundDetails", "textarea"), opt("plannedStart", "datetime"), opt("plannedEnd", "datetime"),
          opt("evidenceNotes", "textarea"))
      .form("mien-chi-uy-xem-xet", // MS02
          req("proposalDate", "datetime"), req("chiUyConclusion", "radio", "DE_XUAT_MIEN", "KHONG_DE_XUAT"),
          opt("plannedStart", "datetime"), opt("plannedEnd", "datetime"), opt("probationJustification", "textarea"),
          req("holdsChiUyRole", "radio", "KHONG", "CO"), opt("evidenceNotes", "textarea"),
          opt("refusalReason", "textarea"))
      .conditional("mien-chi-uy-xem-xet", "refusalReason", "chiUyConclusion")
      .displayOnly("mien-chi-uy-xem-xet", "exemptionWarnings")
      .form("mien-chi-bo-bieu-quyet", // MS03
          opt("medicalCertificateNumber", "textfield"), opt("medicalCertificateDate", "datetime"),
          opt("medicalCertificateIssuer", "textfield"), req("voteDate", "datetime"),
          req("officialMembersOnRoll", "number"), opt("excludedTemporary", "number"),
          opt("excludedExemptAbsent", "number"), opt("excludedSuspended", "number"),
          opt("excludedAbsentWithReason", "number"), opt("exclusionNotes", "textarea"),
          opt("voters", "checklist"), req("presentVoters", "number"), req("votesFor", "number"), req("votesAgainst", "number"),
          opt("resolutionNumber", "textfield"), opt("resolutionDate", "datetime"), opt("exemptionStart", "datetime"),
          opt("exemptionEnd", "datetime"))
      .displayOnly("mien-chi-bo-bieu-quyet", "chiUyRoleWarning", "plannedStart", "plannedEnd", "proposalDate")
      .form("mien-thong-bao-ket-qua",
          req("notificationDate", "datetime"), opt("notificationNotes", "textarea"))
      .displayOnly("mien-thong-bao-ket-qua", "chiUyConclusion", "refusalReason", "chiBoResultText")
      .form("mien-bao-cao-cap-tren", // MS04
          req("reportNumber", "textfield"), req("reportDate", "datetime"), opt("reportNotes", "textarea"))
      .displayOnly("mien-bao-cao-cap-tren", "exemptionText")
      .form("mien-cap-tren-ghi-nhan",
          req("notedDate", "datetime"), opt("notedNotes", "textarea"))
      .displayOnly("mien-cap-tren-ghi-nhan", "caseOrgName", "exemptionText", "reportDate", "reportNumber")
      .form("mien-tro-lai-sinh-hoat", // MS05
          req("returnRequestDate", "datetime"), req("returnResolutionNumber", "textfield"),
          req("returnDecisionDate", "datetime"), opt("returnNotes", "textarea"))
      .displayOnly("mien-tro-lai-sinh-hoat", "exemptionText")
      .form("mien-xac-nhan-tro-lai",
          req("returnMeetingDate", "datetime"), opt("returnNotes", "textarea"))
      .displayOnly("mien-xac-nhan-tro-lai", "exemptionText")
      .form("mien-nhac-xem-xet",
          req("reviewDate", "datetime"), req("reviewNotes", "textarea"))
      .displayOnly("mien-nhac-xem-xet", "exemptionText")
      .form("mien-dung-ho-so",
          req("stopReason", "radio", "TU_TRAN", "KHAC"), req("stopDate", "datetime"), opt("stopNotes", "textarea"),
          req("stopConfirmed", "checkbox"));
}
