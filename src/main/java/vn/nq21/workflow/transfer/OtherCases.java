package vn.nq21.workflow.transfer;

import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import vn.nq21.workflow.casework.CaseMessages;

/**
 * The member's other open cases follow them to the new chi bộ once the registry has moved them: a probation case is
 * handed over (R-CN-14) by the message its model waits for, with the day of the move so that it does not move the
 * registry a second time. A member who leaves the installation ends the probation case here: the receiving
 * organisation continues it.
 */
@Component
class OtherCases {

  /** The probation model's message (cong-nhan-dang-vien-chinh-thuc.bpmn); its variables are newOrgId and movedOn. */
  static final String PROBATION_FOLLOWS = "chuyen-sinh-hoat-du-bi";

  private final CaseMessages messages;

  OtherCases(CaseMessages messages) {
    this.messages = messages;
  }

  /** The probation model's message for a member who left the installation: the case ends (CHUYEN_DI). */
  static final String PROBATION_ENDS = "ket-thuc-du-bi-chuyen-di";

  void leave(DelegateExecution execution, LocalDate leftOn, String place) {
    messages.deliver(PROBATION_ENDS, execution.getProcessBusinessKey(),
        Map.of("movedOutOn", leftOn.toString(), "movedOutTo", place));
  }

  /** The probation model's start message (as an admission opens it); its variables are memberId and caseOrgId. */
  static final String PROBATION_STARTS = "bat-dau-du-bi";

  /**
   * A dự bị member received from outside the installation: the receiving chi bộ follows the probation the sending
   * organisation began (R-CN-14), in a probation case of its own from the ceremony date the papers give.
   */
  void startProbation(DelegateExecution execution, long memberId, String chiBo) {
    messages.open(PROBATION_STARTS, execution.getProcessBusinessKey(),
        Map.of("memberId", memberId, "caseOrgId", chiBo));
  }

  void follow(DelegateExecution execution, String toChiBo, LocalDate movedOn) {
    messages.deliver(PROBATION_FOLLOWS, execution.getProcessBusinessKey(),
        Map.of("newOrgId", toChiBo, "movedOn", movedOn.toString()));
  }

  /** The removal model's start message: a review at the chi ủy (variables memberId, caseOrgId, reviewSource, reviewDetails). */
  static final String REMOVAL_REVIEW = "de-nghi-ra-soat-xoa-ten";

  /** R-CS-09: a member who never reported is reviewed by the chi ủy of the chi bộ they still belong to. */
  void askRemovalReview(DelegateExecution execution, long memberId, String chiBo, String details) {
    java.util.Map<String, Object> variables = new java.util.HashMap<>(Map.of("memberId", memberId, "caseOrgId", chiBo,
        "reviewSource", "CHUYEN_SH_KHONG_DEN"));
    variables.put("reviewDetails", details);
    messages.open(REMOVAL_REVIEW, execution.getProcessBusinessKey(), variables);
  }
}
