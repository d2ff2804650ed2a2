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
 * Exemption cases at different steps, worked as clerks work them (forms submitted by the demo user of each task's
 * group, the engine clock set back to each step's day): a teacher of chi bộ Giáo viên exempted for long treatment
 * (her absence leaves the denominator of the admission vote that chi bộ has still to record, as the registry
 * allows), an elderly member of chi bộ thôn Đông whose application waits for the chi ủy, and a member of chi bộ
 * thôn Tây whose health ground waits for the chi bộ's meeting.
 */
@Component
@Profile("demo")
@ConditionalOnProperty(name = "nq21.demo.admission-cases", havingValue = "true", matchIfMissing = true)
@Order(StartupOrder.DEMO_DATA + 2)
class DemoExemptionCases implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoExemptionCases.class);
  private static final String PROCESS_KEY = "mien-sinh-hoat-dang";

  private final RepositoryService repositoryService;
  private final HistoryService historyService;
  private final DemoClerks clerks;
  private final MemberRegistry registry;

  DemoExemptionCases(RepositoryService repositoryService, HistoryService historyService, DemoClerks clerks,
      MemberRegistry registry) {
    this.repositoryService = repositoryService;
    this.historyService = historyService;
    this.clerks = clerks;
    this.registry = registry;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (repositoryService.createProcessDefinitionQuery().processDefinitionKey(PROCESS_KEY).count() == 0
        || historyService.createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS_KEY).count() > 0) {
      return;
    }
    LocalDate today = LocalDate.now(FormValues.ZONE);
    try {
      // exempted 100 days ago for a year's treatment; reported and noted; the return is still ahead
      LocalDate t0 = today.minusDays(110);
      ProcessInstance treated = open("cb-giao-vien", "DEMO-0021", "DIEU_TRI_DAI_NGAY",
          "Điều trị ung bướu dài ngày tại Bệnh viện K, Hà Nội", t0);
      DemoClerks.at(t0.plusDays(3));
      submit("cb-giao-vien.chi-uy", treated, "Task_ChiUyXemXet", Map.of("proposalDate", iso(t0.plusDays(3)),
          "chiUyConclusion", "DE_XUAT_MIEN", "plannedStart", iso(t0.plusDays(10)),
          "plannedEnd", iso(t0.plusDays(10).plusYears(1).minusDays(1)), "holdsChiUyRole", "KHONG",
          "evidenceNotes", "Giấy ra viện, giấy hẹn điều trị"));
      DemoClerks.at(t0.plusDays(10));
      int onRoll = registry.rollOn("cb-giao-vien", t0.plusDays(10)).officialCount();
      Map<String, Object> vote = new HashMap<>(Map.of("voteDate", iso(t0.plusDays(10)),
          "officialMembersOnRoll", onRoll, "presentVoters", onRoll - 1, "votesFor", onRoll - 1, "votesAgainst", 0,
          "excludedExemptAbsent", 0, "excludedAbsentWithReason", 1, "resolutionNumber", "03-NQ/CB",
          "resolutionDate", iso(t0.plusDays(10))));
      vote.putAll(Map.of("exclusionNotes", "Đồng chí xin miễn vắng mặt vì đang điều trị", "medicalCertificateNumber",
          "318/GXN-BVK", "medicalCertificateDate", iso(t0.minusDays(2)), "medicalCertificateIssuer", "Bệnh viện K"));
      submit("cb-giao-vien.chi-uy", treated, "Task_ChiBoXetMien", vote);
      DemoClerks.at(t0.plusDays(12));
      submit("cb-giao-vien.chi-uy", treated, "Task_BaoCaoCapTren", Map.of("reportNumber", "04-BC/CB",
          "reportDate", iso(t0.plusDays(12))));
      DemoClerks.at(t0.plusDays(15));
      submit("dbcs-thpt-an-phu.van-phong", treated, "Task_CapTrenGhiNhan", Map.of("notedDate", iso(t0.plusDays(15))));

      // an elderly member's application, waiting for the chi ủy
      open("cb-thon-dong", "DEMO-0001", "TUOI_CAO", "Tuổi cao, đi lại khó khăn, xin miễn sinh hoạt", today.minusDays(4));

      // a health ground proposed by the chi ủy, waiting for the chi bộ's meeting (and its medical certificate)
      LocalDate t2 = today.minusDays(12);
      ProcessInstance ill = open("cb-thon-tay", "DEMO-0014", "SUC_KHOE_YEU", "Tai biến, đang phục hồi chức năng", t2);
      DemoClerks.at(t2.plusDays(2));
      submit("cb-thon-tay.chi-uy", ill, "Task_ChiUyXemXet", Map.of("proposalDate", iso(t2.plusDays(2)),
          "chiUyConclusion", "DE_XUAT_MIEN", "plannedStart", iso(today.plusDays(7)), "holdsChiUyRole", "KHONG",
          "evidenceNotes", "Chờ giấy xác nhận của trạm y tế"));
    } finally {
      ClockUtil.reset();
    }
    log.info("Dữ liệu demo: 3 hồ sơ miễn sinh hoạt (một đảng viên đang được miễn, hai hồ sơ đang xét).");
  }

  private ProcessInstance open(String chiBo, String recordNumber, String ground, String details, LocalDate day) {
    return clerks.start(PROCESS_KEY, chiBo + ".chi-uy", day, Map.of("memberRecordNumber", recordNumber,
        "applicationForm", "DON", "applicationDate", iso(day), "groundCode", ground, "groundDetails", details));
  }

  private void submit(String user, ProcessInstance instance, String taskKey, Map<String, Object> form) {
    clerks.submit(user, instance, taskKey, form);
  }

  private static String iso(LocalDate day) {
    return day.toString();
  }


}
