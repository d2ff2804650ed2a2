package vn.nq21.workflow.demo;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.nq21.workflow.engine.FormValues;
import vn.nq21.workflow.engine.StartupOrder;
import vn.nq21.workflow.registry.MemberRegistry;

/**
 * Removal cases at chi bộ Trị sự (under the đảng ủy Báo tỉnh, authorised to decide itself), worked as clerks work
 * them: a xóa tên for a card returned, waiting for the member's second self-review; a xin ra waiting for the chi ủy
 * to meet the member; and a member struck off whose complaint the đảng ủy khối above is resolving.
 */
@Component
@Profile("demo")
@ConditionalOnProperty(name = "nq21.demo.admission-cases", havingValue = "true", matchIfMissing = true)
@Order(StartupOrder.DEMO_DATA + 4)
class DemoRemovalCases implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoRemovalCases.class);
  private static final String REMOVAL = "dua-ra-khoi-dang";
  private static final String COMPLAINT = "khieu-nai-xoa-ten";
  private static final String CHI_BO = "cb-tri-su";
  private static final String CHI_UY = CHI_BO + ".chi-uy";
  private static final String DANG_UY = "dbcs-bao-tinh.van-phong";

  private final RepositoryService repositoryService;
  private final HistoryService historyService;
  private final DemoClerks clerks;
  private final MemberRegistry registry;

  DemoRemovalCases(RepositoryService repositoryService, HistoryService historyService, DemoClerks clerks,
      MemberRegistry registry) {
    this.repositoryService = repositoryService;
    this.historyService = historyService;
    this.clerks = clerks;
    this.registry = registry;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (repositoryService.createProcessDefinitionQuery().processDefinitionKey(REMOVAL).count() == 0
        || historyService.createHistoricProcessInstanceQuery().processDefinitionKey(REMOVAL).count() > 0) {
      return;
    }
    LocalDate today = LocalDate.now(FormValues.ZONE);
    try {
      // a card returned 40 days ago; the first request for self-review unanswered, the second to be recorded
      LocalDate t0 = today.minusDays(30);
      ProcessInstance card = start(REMOVAL, CHI_UY, t0, Map.of("memberRecordNumber", "DEMO-0032", "variant",
          "XOA_TEN", "openedDate", iso(t0), "groundCode", "TU_Y_TRA_HUY_THE", "cardActDate", iso(today.minusDays(40))));
      DemoClerks.at(t0.plusDays(2));
      submit(CHI_UY, card, "Task_YeuCauTuKiemDiem", Map.of("requestDate", iso(t0.plusDays(2)),
          "requestAnswer", "CHUA_TU_KIEM_DIEM"));

      // a written request to leave, waiting for the chi ủy to meet the member
      LocalDate t1 = today.minusDays(5);
      start(REMOVAL, CHI_UY, t1, Map.of("memberRecordNumber", "DEMO-0033", "variant", "XIN_RA", "openedDate", iso(t1),
          "requestDate", iso(t1.minusDays(2)), "requestReasons", "Tuổi cao, sức khỏe yếu, hoàn cảnh gia đình khó khăn",
          "hardship", true, "hardshipDetails", "Một mình chăm chồng liệt giường và hai cháu mồ côi"));

      // struck off 80 days ago by the authorised đảng ủy cơ sở; the complaint, received 20 days ago, is being resolved
      LocalDate t2 = today.minusDays(120);
      ProcessInstance removed = start(REMOVAL, CHI_UY, t2, Map.of("memberRecordNumber", "DEMO-0034", "variant",
          "XOA_TEN", "openedDate", iso(t2), "groundCode", "TU_Y_TRA_HUY_THE", "cardActDate", iso(t2.minusDays(10))));
      DemoClerks.at(t2.plusDays(3));
      submit(CHI_UY, removed, "Task_YeuCauTuKiemDiem", Map.of("requestDate", iso(t2.plusDays(3)),
          "requestAnswer", "CO_Y_TU_CHOI", "answerNotes", "Biên bản: đồng chí từ chối viết bản tự kiểm điểm"));
      LocalDate vote = t2.plusDays(10);
      DemoClerks.at(vote);
      int onRoll = registry.rollOn(CHI_BO, vote).officialCount();
      submit(CHI_UY, removed, "Task_ChiBoBieuQuyet", new HashMap<>(Map.of("voteDate", iso(vote),
          "officialMembersOnRoll", onRoll, "presentVoters", onRoll, "votesFor", onRoll, "votesAgainst", 0,
          "excludedExemptAbsent", 0, "excludedAbsentWithReason", 0, "resolutionNumber", "04-NQ/CB",
          "resolutionDate", iso(vote))));
      LocalDate decided = t2.plusDays(40);
      DemoClerks.at(decided);
      submit(DANG_UY, removed, "Task_QuyetDinh", Map.of("decisionOutcome", "XOA_TEN", "deciderMembersTotal", 9,
          "deciderVotesFor", 7, "decisionNumber", "31-QĐ/ĐU", "decisionDate", iso(decided)));
      DemoClerks.at(decided.plusDays(3));
      submit(CHI_UY, removed, "Task_GiaoQuyetDinh", Map.of("deliveredDate", iso(decided.plusDays(3)),
          "deliveryForm", "TRUC_TIEP", "cardRecovery", "DA_TRA_HUY_TRUOC"));
      LocalDate received = today.minusDays(20);
      start(COMPLAINT, "dbk-cq-dang.van-phong", received, Map.of("memberRecordNumber", "DEMO-0034",
          "complaintAddressee", "CAP_UY_CAP_TREN", "complaintFiledDate", iso(decided.plusDays(20)),
          "complaintReceivedDate", iso(received), "complaintContent",
          "Tôi trả thẻ vì bức xúc nhất thời, đã xin nhận lại thẻ; đề nghị xem xét lại"));
    } finally {
      ClockUtil.reset();
    }
    log.info("Dữ liệu demo: 3 hồ sơ đưa ra khỏi Đảng (xóa tên chờ tự kiểm điểm lần hai, xin ra, một khiếu nại đang"
        + " giải quyết).");
  }

  private ProcessInstance start(String key, String user, LocalDate day, Map<String, Object> form) {
    return clerks.start(key, user, day, form);
  }

  private void submit(String user, ProcessInstance instance, String taskKey, Map<String, Object> form) {
    clerks.submit(user, instance, taskKey, form);
  }

  private static String iso(LocalDate day) {
    return day.toString();
  }
}
