package vn.nq21.workflow.removal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import vn.nq21.workflow.ledgers.LedgerKind;
import vn.nq21.workflow.ledgers.Ledgers;
import vn.nq21.workflow.ledgers.SheetReader;
import vn.nq21.workflow.registry.Member;
import vn.nq21.workflow.registry.MemberRegistry;
import vn.nq21.workflow.registry.MemberStatus;
import vn.nq21.workflow.registry.NewPerson;
import vn.nq21.workflow.support.ApplicationTest;

/**
 * R-RK-03, R-DG-06: two consecutive years rated "không hoàn thành nhiệm vụ" in the chi bộ's rating book open a review
 * task at the chi ủy, never a removal; one such year does not, and the same file again opens nothing new.
 */
@ApplicationTest
@Transactional
class RatingReviewTest {

  @Autowired Ledgers ledgers;
  @Autowired MemberRegistry registry;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired org.camunda.bpm.engine.IdentityService identity;

  private void ratings(String csv) {
    ledgers.importRows("cb-thon-dong", LedgerKind.XEP_LOAI, SheetReader.read("xep-loai.csv",
        csv.getBytes(StandardCharsets.UTF_8)));
  }

  private long reviews(Member m) {
    return runtime.createProcessInstanceQuery().processDefinitionKey(RemovalSteps.PROCESS_KEY)
        .processInstanceBusinessKey(m.recordNumber()).count();
  }

  @Test
  void twoYearsInARowOpenOneReviewAtTheChiUyAndNothingElse() {
    Member m = registry.register(new NewPerson("RR-0001", "Đinh Văn Hai Năm Yếu", "NAM", LocalDate.of(1970, 1, 1),
        null, "cb-thon-dong", MemberStatus.CHINH_THUC, LocalDate.of(2020, 1, 1)), null); // rolled back with the test
    ratings("nam,so_ly_lich,xep_loai\n2023,RR-0001,HTNV\n2024,RR-0001,KHTNV\n");
    assertThat(reviews(m)).isZero();

    // the office of the đảng ủy xã brings the book in for the chi bộ: the review is still the chi bộ's
    identity.setAuthentication("xa-an-phu.van-phong", java.util.List.of("xa-an-phu.van-phong"));
    try {
      ratings("nam,so_ly_lich,xep_loai\n2025,RR-0001,KHTNV\n");
    } finally {
      identity.clearAuthentication();
    }
    assertThat(reviews(m)).isEqualTo(1);
    var review = tasks.createTaskQuery().processInstanceBusinessKey(m.recordNumber()).singleResult();
    assertThat(review.getTaskDefinitionKey()).isEqualTo("Task_RaSoat");
    assertThat(tasks.getIdentityLinksForTask(review.getId()))
        .anyMatch(l -> "cb-thon-dong.chi-uy".equals(l.getGroupId()));
    assertThat(runtime.getVariable(review.getProcessInstanceId(), "reviewSourceText")).asString()
        .contains("hai năm liền").contains("2024 và năm 2025");
    assertThat(registry.require(m.id()).status()).isEqualTo(MemberStatus.CHINH_THUC);

    // the same book again records nothing new
    ratings("nam,so_ly_lich,xep_loai\n2025,RR-0001,KHTNV\n");
    assertThat(reviews(m)).isEqualTo(1);
  }
}
