package vn.nq21.workflow.removal;

import static vn.nq21.workflow.support.FormContract.opt;
import static vn.nq21.workflow.support.FormContract.req;

import vn.nq21.workflow.support.FormContract;
import vn.nq21.workflow.support.FormContractTests;

/**
 * The Camunda Forms of the complaint about a xóa tên, held to the checks every procedure's forms pass
 * ({@link FormContractTests}): what each submits, what each shows of the decision complained of.
 */
class ComplaintFormsTest extends FormContractTests {

  @Override
  protected FormContract contract() {
    return CONTRACT;
  }

  static final FormContract CONTRACT = new FormContract("forms/khieu-nai-xoa-ten", "khieu-nai-mo-ho-so",
      "memberName", "memberBirthDate", "removalDecisionText")
      .form("khieu-nai-mo-ho-so", // XT08
          req("memberRecordNumber", "textfield"), req("complaintAddressee", "radio", "CAP_UY_CAP_TREN", "TRUNG_UONG"),
          req("complaintFiledDate", "datetime"), req("complaintReceivedDate", "datetime"),
          opt("decisionReceivedDate", "datetime"), req("complaintContent", "textarea"),
          opt("lateAcceptanceReason", "textarea"))
      .form("khieu-nai-giai-quyet",
          req("complaintOutcome", "radio", "GIU_NGUYEN", "CHAP_NHAN", "RUT_DON"),
          opt("complaintResolutionNumber", "textfield"), req("complaintResolutionDate", "datetime"),
          req("complaintResolvedBy", "textfield"), opt("complaintResolutionNotes", "textarea"))
      .conditional("khieu-nai-giai-quyet", "complaintResolutionNumber", "complaintOutcome")
      .displayOnly("khieu-nai-giai-quyet", "filingText", "complaintDeadlineText", "complaintContent")
      .form("khieu-nai-xu-ly-qua-han",
          req("lateReviewDate", "datetime"), req("lateReviewNotes", "textarea"))
      .displayOnly("khieu-nai-xu-ly-qua-han", "filingText", "escalationReason")
      .form("khieu-nai-thong-bao",
          req("notificationDate", "datetime"), req("chiBoNotifiedDate", "datetime"), opt("notificationNotes", "textarea"))
      .displayOnly("khieu-nai-thong-bao", "filingText", "complaintResultText");
}
