package vn.nq21.workflow.demo;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
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
import vn.nq21.workflow.ledgers.LedgerKind;
import vn.nq21.workflow.ledgers.Ledgers;
import vn.nq21.workflow.ledgers.SheetReader;

/**
 * Transfers at different steps, worked as each side's clerks work them: a member of chi bộ thôn Đông on the way to
 * Đảng bộ Báo tỉnh (the hồ sơ with the member); a member of chi bộ thôn Tây who has not reported within the 30
 * working days (the reminder is open); a member of chi bộ cơ sở Văn phòng tỉnh ủy whose hồ sơ the receiving đảng ủy
 * returned (R-CS-07) and whose chi ủy must correct it; a member of chi bộ Thời sự staying temporarily at chi bộ thôn
 * Tây; and an internal move from chi bộ Thời sự to chi bộ Trị sự, done. The members' đảng phí of the last twelve
 * months is recorded first: the sealing step checks it (R-CS-04).
 */
@Component
@Profile("demo")
@ConditionalOnProperty(name = "nq21.demo.admission-cases", havingValue = "true", matchIfMissing = true)
@Order(StartupOrder.DEMO_DATA + 3)
class DemoTransferCases implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoTransferCases.class);
  private static final String PROCESS_KEY = "chuyen-sinh-hoat-dang";
  private static final List<String> INDEX = List.of("GIAY_GIOI_THIEU_10_O", "PHIEU_DANG_VIEN", "LY_LICH_DANG_VIEN",
      "PHIEU_BO_SUNG", "TU_KIEM_DIEM_NHAN_XET", "QUYET_DINH_CAN_CU");

  private final RepositoryService repositoryService;
  private final HistoryService historyService;
  private final RuntimeService runtimeService;
  private final ManagementService managementService;
  private final DemoClerks clerks;
  private final Ledgers ledgers;

  DemoTransferCases(RepositoryService repositoryService, HistoryService historyService, RuntimeService runtimeService,
      ManagementService managementService, DemoClerks clerks, Ledgers ledgers) {
    this.repositoryService = repositoryService;
    this.historyService = historyService;
    this.runtimeService = runtimeService;
    this.managementService = managementService;
    this.clerks = clerks;
    this.ledgers = ledgers;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (repositoryService.createProcessDefinitionQuery().processDefinitionKey(PROCESS_KEY).count() == 0
        || historyService.createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS_KEY).count() > 0) {
      return;
    }
    LocalDate today = LocalDate.now(FormValues.ZONE);
    duesPaid("cb-thon-dong", "DEMO-0005", today);
    duesPaid("cb-thon-tay", "DEMO-0013", today);
    duesPaid("cbcs-van-phong-tu", "DEMO-0042", today);
    try {
      // in transit: introduced 19 days ago, the receiving superior introduced down 12 days ago; the report is due
      ProcessInstance onTheWay = official("cb-thon-dong", "DEMO-0005", "dbcs-bao-tinh", "Báo tỉnh (chuyển công tác)",
          "xa-an-phu.ban-to-chuc", today.minusDays(22));
      receivedAbove(onTheWay, "dbk-cq-dang.ban-to-chuc", today.minusDays(12));

      // late: introduced down 50 days ago, more than 30 working days; the reminder opens as the job executor would
      ProcessInstance late = official("cb-thon-tay", "DEMO-0013", "dbcs-bao-tinh", "Báo tỉnh, phòng Thời sự",
          "xa-an-phu.ban-to-chuc", today.minusDays(60));
      receivedAbove(late, "dbk-cq-dang.ban-to-chuc", today.minusDays(50));
      ClockUtil.reset();
      fireDueTimers(late);

      // returned: the receiving đảng ủy found the decision's copy missing from the sealed hồ sơ (R-CS-07)
      LocalDate t3 = today.minusDays(30);
      ProcessInstance returned = official("cbcs-van-phong-tu", "DEMO-0042", "dbcs-thpt-an-phu",
          "Trường THPT An Phú (chuyển công tác)", "tinh-demo.ban-to-chuc", t3);
      receivedAbove(returned, "xa-an-phu.ban-to-chuc", t3.plusDays(8));
      DemoClerks.at(t3.plusDays(10));
      submit("dbcs-thpt-an-phu.van-phong", returned, "Task_DangVienTrinhDien", Map.of("reportDate",
          iso(t3.plusDays(10)), "receiptNumber", "TN-08"));
      DemoClerks.at(t3.plusDays(11));
      submit("dbcs-thpt-an-phu.van-phong", returned, "Task_KiemTraHoSo", Map.of("checkDate", iso(t3.plusDays(11)),
          "itemsReceived", INDEX.subList(0, 5), "indexConfirmedSeen", true, "sealIntact", true,
          "checkConclusion", "TRA_LAI", "refusalNote", "Thiếu bản sao quyết định chuyển công tác trong hồ sơ"));

      // a temporary stay of six months at chi bộ thôn Tây, reported there
      LocalDate t4 = today.minusDays(40);
      ProcessInstance temporary = start("cb-thoi-su", Map.of("memberRecordNumber", "DEMO-0028", "causeCode",
          "LAM_VIEC_NOI_KHAC", "causeEffectiveDate", iso(t4), "destinationScope", "TRONG_HE_THONG",
          "destinationText", "Xã An Phú (thường trú phóng viên)", "plannedEnd", iso(t4.plusMonths(6).minusDays(1))), t4);
      DemoClerks.at(t4.plusDays(2));
      submit("dbcs-bao-tinh.van-phong", temporary, "Task_CapGiayTamThoi", Map.of("tempIntroNumber", "TT-03",
          "tempIntroDate", iso(t4.plusDays(2)), "tempScope", "TRONG_HE_THONG", "tempOrgId", "cb-thon-tay",
          "tempStart", iso(t4.plusDays(3)), "tempEnd", iso(t4.plusMonths(6).minusDays(1))));
      DemoClerks.at(t4.plusDays(7));
      submit("cb-thon-tay.chi-uy", temporary, "Task_BaoCaoNoiTamThoi", Map.of("tempReportDate", iso(t4.plusDays(7))));

      // an internal move, decided by the đảng ủy cơ sở
      LocalDate t5 = today.minusDays(20);
      ProcessInstance internal = start("cb-thoi-su", Map.of("memberRecordNumber", "DEMO-0030", "causeCode",
          "CHUYEN_CONG_TAC", "causeDocumentNumber", "112/QĐ-BT", "causeEffectiveDate", iso(t5), "destinationScope",
          "CUNG_DANG_BO", "destinationText", "Phòng Trị sự"), t5);
      DemoClerks.at(t5.plusDays(5));
      submit("dbcs-bao-tinh.van-phong", internal, "Task_DangUyQuyetDinhChuyen", Map.of("internalDecisionNumber",
          "45-QĐ/ĐU", "internalDecisionDate", iso(t5.plusDays(5)), "toChiBoId", "cb-tri-su"));
    } finally {
      ClockUtil.reset();
    }
    log.info("Dữ liệu demo: 5 hồ sơ chuyển sinh hoạt (đang chuyển, quá hạn báo cáo, bị trả lại hồ sơ, tạm thời,"
        + " nội bộ đã xong).");
  }

  /** CS01–CS05 of an official transfer opened on {@code day}, introduced three days later. */
  private ProcessInstance official(String chiBo, String record, String toTccsd, String destination, String introducer,
      LocalDate day) {
    ProcessInstance instance = start(chiBo, Map.of("memberRecordNumber", record, "causeCode", "CHUYEN_CONG_TAC",
        "causeDocumentNumber", "25/QĐ", "causeDocumentDate", iso(day.minusDays(5)), "causeEffectiveDate",
        iso(day.minusDays(1)), "destinationScope", "TRONG_HE_THONG", "destinationText", destination), day);
    String office = chiBo + ".chi-uy"; // the demo's senders are chi bộ cơ sở: their chi ủy keeps the hồ sơ
    DemoClerks.at(day);
    submit(chiBo + ".chi-uy", instance, "Task_DonTuKiemDiem", Map.of("applicationDate", iso(day), "selfReviewDate",
        iso(day), "chiBoCommentDate", iso(day)));
    DemoClerks.at(day.plusDays(1));
    submit(chiBo + ".chi-uy", instance, "Task_ChiUyNhanXet", Map.of("commentDate", iso(day.plusDays(1)),
        "chiUyComments", "Hoàn thành tốt nhiệm vụ, giữ gìn phẩm chất đạo đức"));
    DemoClerks.at(day.plusDays(2));
    Map<String, Object> seal = new HashMap<>(Map.of("introductionNumber", "GT-" + record.substring(5),
        "tccsdBoxDate", iso(day.plusDays(2)), "memberSlipDate", iso(day.plusDays(2)), "dossierIndex", INDEX,
        "indexConfirmed", true, "indexStampDate", iso(day.plusDays(2)), "sealedDate", iso(day.plusDays(2)),
        "carrier", "DANG_VIEN", "transferBookNumber", "S-" + record.substring(5)));
    submit(office, instance, "Task_LapGiayGioiThieu", seal);
    DemoClerks.at(day.plusDays(3));
    submit(introducer, instance, "Task_CapTrenGioiThieu", Map.of("introductionDate", iso(day.plusDays(3)),
        "toTccsdId", toTccsd));
    return instance;
  }

  private void receivedAbove(ProcessInstance instance, String superior, LocalDate day) {
    DemoClerks.at(day);
    submit(superior, instance, "Task_CapTrenNoiDenTiepNhan", Map.of("receivedDate", iso(day), "forwardDate", iso(day)));
  }

  private ProcessInstance start(String chiBo, Map<String, Object> form, LocalDate day) {
    return clerks.start(PROCESS_KEY, chiBo + ".chi-uy", day, form);
  }

  /** The task of the case (in the sending or the receiving instance). */
  private void submit(String user, ProcessInstance instance, String taskKey, Map<String, Object> form) {
    clerks.submit(user, instance, taskKey, form);
  }

  private void fireDueTimers(ProcessInstance instance) {
    runtimeService.createProcessInstanceQuery().superProcessInstanceId(instance.getId()).list().forEach(p ->
        managementService.createJobQuery().processInstanceId(p.getId()).timers()
            .duedateLowerThan(new java.util.Date()).list()
            .forEach(job -> managementService.executeJob(job.getId())));
  }

  /** Đảng phí paid on the 5th of each month of the last fifteen through this one (R-CS-04 looks twelve back). */
  private void duesPaid(String chiBo, String record, LocalDate today) {
    StringBuilder sheet = new StringBuilder("so_ly_lich,thang,ngay_nop\n");
    for (YearMonth month = YearMonth.from(today).minusMonths(15); !month.isAfter(YearMonth.from(today));
        month = month.plusMonths(1)) {
      LocalDate paid = month.atDay(Math.min(5, today.getDayOfMonth()));
      sheet.append(record).append(',').append(month.format(DateTimeFormatter.ofPattern("MM/yyyy"))).append(',')
          .append(paid.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"))).append('\n');
    }
    clerks.as(chiBo + ".chi-uy", () -> ledgers.importRows(chiBo, LedgerKind.DANG_PHI, SheetReader.read(
        "dang-phi.csv", sheet.toString().getBytes(StandardCharsets.UTF_8))));
  }

  private static String iso(LocalDate day) {
    return day.toString();
  }
}
