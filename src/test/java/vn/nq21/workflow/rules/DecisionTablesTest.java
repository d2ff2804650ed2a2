package vn.nq21.workflow.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.nq21.workflow.support.ApplicationTest;

/** The rules evaluated for a user's submission: in the decision history with the user, not in their operation log. */
@ApplicationTest
class DecisionTablesTest {

  static final String USER = "kiem-tra-quy-tac";

  @Autowired DecisionTables tables;
  @Autowired IdentityService identityService;
  @Autowired HistoryService history;

  @Test
  void anEvaluationIsRecordedInTheDecisionHistoryWithTheUserButIsNotLoggedAsTheirOperation() {
    identityService.setAuthentication(USER, List.of());
    try {
      tables.evaluateSingle(RuleSets.DECISION_KEY, Map.of("actDate", LocalDate.of(2026, 2, 3)));
    } finally {
      identityService.clearAuthentication();
    }
    assertThat(history.createHistoricDecisionInstanceQuery().decisionDefinitionKey(RuleSets.DECISION_KEY)
        .includeInputs().includeOutputs().list())
        .anySatisfy(decision -> {
          assertThat(decision.getUserId()).isEqualTo(USER);
          assertThat(decision.getInputs()).isNotEmpty();
          assertThat(decision.getOutputs()).isNotEmpty();
        });
    assertThat(history.createUserOperationLogQuery().userId(USER).count()).isZero();
  }
}
