package vn.nq21.workflow.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static vn.nq21.workflow.support.CaseDriver.vars;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.nq21.workflow.engine.SubmissionRejectedException;
import vn.nq21.workflow.ledgers.LedgerKind;
import vn.nq21.workflow.ledgers.Ledgers;
import vn.nq21.workflow.ledgers.SheetReader;
import vn.nq21.workflow.registry.CustodyEvent;
import vn.nq21.workflow.registry.DossierCustody;
import vn.nq21.workflow.registry.DossierHolder;
import vn.nq21.workflow.registry.Hold;
import vn.nq21.workflow.registry.Member;
import vn.nq21.workflow.registry.MemberHolds;
import vn.nq21.workflow.registry.MemberStatus;
import vn.nq21.workflow.registry.Membership;
import vn.nq21.workflow.registry.NewPerson;
import vn.nq21.workflow.registry.Overlay;
import vn.nq21.workflow.support.CaseDriver;
import vn.nq21.workflow.support.ProcessTestBase;

/**
 * What the transfer's process tests share: the two demo sides (chi bộ Thôn Đông, a chi bộ cơ sở under Đảng bộ xã An
 * Phú, sends; Đảng bộ Báo tỉnh under Đảng bộ các cơ quan Đảng tỉnh receives, its chi bộ Trị sự takes the member), a
 * member with paid đảng phí, the steps of the sending side, and the R-CS-11 check run after every step: the member
 * has exactly one official organisation at every moment.
 */
abstract class TransferTestBase extends ProcessTestBase {

  static final String KEY = TransferSteps.PROCESS_KEY;
  static final String SENDER = "cb-thon-dong";
  static final String SENDER_CHI_UY = "cb-thon-dong.chi-uy"; // a chi bộ cơ sở: its chi ủy is also its office
  static final String SENDER_SUPERIOR = "xa-an-phu.ban-to-chuc"; // A10
  static final String RECEIVER = "dbcs-bao-tinh";
  static final String RECEIVER_OFFICE = "dbcs-bao-tinh.van-phong";
  static final String RECEIVER_SUPERIOR = "dbk-cq-dang.ban-to-chuc";
  static final String RECEIVING_CHI_UY = "cb-tri-su.chi-uy";
  static final List<String> OFFICIAL_INDEX = List.of("GIAY_GIOI_THIEU_10_O", "PHIEU_DANG_VIEN", "LY_LICH_DANG_VIEN",
      "PHIEU_BO_SUNG", "TU_KIEM_DIEM_NHAN_XET", "QUYET_DINH_CAN_CU");
  static final AtomicInteger SEQ = new AtomicInteger();

  @Autowired Ledgers ledgers;
  @Autowired vn.nq21.workflow.calendar.WorkingDayCalendar workingDays;
  @Autowired org.springframework.boot.test.web.client.TestRestTemplate rest;
  @Autowired MemberHolds holds;
  @Autowired DossierCustody custody;
  CaseDriver d;

  @BeforeEach
  void newDriver() {
    d = driver();
  }

  /**
   * A driver that checks R-CS-11 after every step it takes (a start, a submission, the timers it fires): the member
   * of the case has exactly one organisation at every moment, whatever the path.
   */
  CaseDriver driver() {
    return new CaseDriver(engine) {
      @Override
      public org.camunda.bpm.engine.runtime.ProcessInstance start(String processKey, String user,
          Map<String, Object> startForm) {
        var started = super.start(processKey, user, startForm);
        oneOrganisationAtEveryMoment(this);
        return started;
      }

      @Override
      public void complete(String taskKey, String user, Map<String, Object> form) {
        super.complete(taskKey, user, form);
        oneOrganisationAtEveryMoment(this);
      }

      @Override
      public int fireDueTimers() {
        int fired = super.fireDueTimers();
        oneOrganisationAtEveryMoment(this);
        return fired;
      }
    };
  }

  /**
   * R-CS-11, for the member the case is about: the organisation history is one gap-free chain with one open stretch
   * (here or outside the installation), which is the member's organisation when it is here; every day belongs to
   * exactly one stretch; at most one DANG_CHUYEN is open, never towards the organisation the member is in.
   */
  void oneOrganisationAtEveryMoment(CaseDriver driver) {
    Long member = registry.subjectOf(driver.instance.getId()).orElse(null);
    if (member == null) {
      return;
    }
    List<Membership> chain = registry.memberships(member);
    assertThat(chain.stream().filter(s -> s.validUntil() == null)).as("open stretches").hasSize(1);
    assertThat(chain.get(0).validFrom()).isNull();
    for (int i = 1; i < chain.size(); i++) {
      assertThat(chain.get(i).validFrom()).as("stretch %s starts where the one before ends", i)
          .isEqualTo(chain.get(i - 1).validUntil());
    }
    Membership open = chain.get(chain.size() - 1);
    if (!open.outside()) {
      assertThat(registry.require(member).organizationCode()).isEqualTo(open.organizationCode());
    }
    for (LocalDate day = LocalDate.of(2026, 1, 1); day.isBefore(LocalDate.of(2027, 12, 31)); day = day.plusDays(7)) {
      LocalDate on = day;
      assertThat(chain.stream().filter(s -> s.covers(on))).as("stretches on %s", on).hasSize(1);
    }
    var transit = registry.overlays(member).stream().filter(o -> o.overlay() == Overlay.DANG_CHUYEN && o.open())
        .toList();
    assertThat(transit.size()).isLessThanOrEqualTo(1);
    transit.forEach(o -> assertThat(o.organizationCode()).isNotEqualTo(open.organizationCode()));
  }

  Member member(String name, String org, MemberStatus status) {
    d.on("2026-01-05");
    return registry.register(new NewPerson("TEST-CS-" + SEQ.incrementAndGet(), name, "NAM", LocalDate.of(1985, 4, 4),
        null, org, status, LocalDate.of(2026, 1, 5)), null);
  }

  /** Đảng phí paid from January 2026 (the month they joined the registry) through {@code last}, recorded then. */
  void paidThrough(Member m, String org, YearMonth last) {
    d.on(last.atDay(28).toString());
    StringBuilder sheet = new StringBuilder("so_ly_lich,thang,ngay_nop\n");
    for (YearMonth month = YearMonth.of(2026, 1); !month.isAfter(last); month = month.plusMonths(1)) {
      sheet.append(m.recordNumber()).append(',').append(String.format("%02d/%d", month.getMonthValue(),
          month.getYear())).append(',').append(month.atDay(5).format(java.time.format.DateTimeFormatter
          .ofPattern("dd/MM/yyyy"))).append('\n');
    }
    ledgers.importRows(org, LedgerKind.DANG_PHI, SheetReader.read("dang-phi.csv",
        sheet.toString().getBytes(StandardCharsets.UTF_8)));
  }

  void opens(Member m, String cause, String scope, String plannedEnd) {
    d.on("2026-03-02");
    d.start(KEY, SENDER_CHI_UY, vars("memberRecordNumber", m.recordNumber(), "causeCode", cause,
        "causeDocumentNumber", "15/QĐ-UBND", "causeDocumentDate", "2026-02-20", "causeEffectiveDate", "2026-03-01",
        "destinationScope", scope, "destinationText", "Báo tỉnh", "plannedEnd", plannedEnd));
  }

  Map<String, Object> sealed(List<String> index) {
    return vars("introductionNumber", "GT-12", "tccsdBoxDate", "2026-03-05", "memberSlipDate", "2026-03-05",
        "dossierIndex", index, "indexConfirmed", true, "indexStampDate", "2026-03-05", "sealedDate", "2026-03-05",
        "carrier", "DANG_VIEN", "transferBookNumber", "S-3");
  }

  /** CS02 and CS03 on 05/03/2026: the application and self-review, the chi ủy's comments. */
  void appliedAndCommented() {
    d.on("2026-03-05");
    d.complete("Task_DonTuKiemDiem", SENDER_CHI_UY, vars("applicationDate", "2026-03-02", "selfReviewDate",
        "2026-03-03", "chiBoCommentDate", "2026-03-03"));
    d.complete("Task_ChiUyNhanXet", SENDER_CHI_UY, vars("commentDate", "2026-03-04", "chiUyComments", "Tốt"));
  }

  /** CS02–CS05 of an official transfer to Đảng bộ Báo tỉnh, introduced on 06/03/2026. */
  void sendingSideDone(Member m) {
    opens(m, "CHUYEN_CONG_TAC", "TRONG_HE_THONG", null);
    oneOfficialOrganisation(m, SENDER);
    d.on("2026-03-03");
    d.complete("Task_DonTuKiemDiem", SENDER_CHI_UY, vars("applicationDate", "2026-03-02", "selfReviewDate",
        "2026-03-03", "chiBoCommentDate", "2026-03-03"));
    d.on("2026-03-04");
    d.complete("Task_ChiUyNhanXet", SENDER_CHI_UY, vars("commentDate", "2026-03-04", "chiUyComments", "Hoàn thành tốt"));
    d.on("2026-03-05");
    d.complete("Task_LapGiayGioiThieu", SENDER_CHI_UY, sealed(OFFICIAL_INDEX));
    oneOfficialOrganisation(m, SENDER);
    d.on("2026-03-06");
    d.complete("Task_CapTrenGioiThieu", SENDER_SUPERIOR, vars("introductionDate", "2026-03-06",
        "toTccsdId", RECEIVER));
    oneOfficialOrganisation(m, SENDER);
  }

  /**
   * R-CS-11 after a step: the organisation history is one gap-free chain with one open stretch, which is the member's
   * organisation; every day belongs to exactly one organisation; at most one DANG_CHUYEN, never towards the current one.
   */
  void oneOfficialOrganisation(Member m, String expected) {
    List<Membership> chain = registry.memberships(m.id());
    assertThat(chain.stream().filter(s -> s.validUntil() == null)).hasSize(1);
    for (int i = 1; i < chain.size(); i++) {
      assertThat(chain.get(i).validFrom()).as("stretch %s starts where the one before ends", i)
          .isEqualTo(chain.get(i - 1).validUntil());
    }
    assertThat(chain.get(0).validFrom()).isNull();
    assertThat(registry.require(m.id()).organizationCode()).isEqualTo(expected)
        .isEqualTo(chain.get(chain.size() - 1).organizationCode());
    for (LocalDate day = LocalDate.of(2026, 1, 5); day.isBefore(LocalDate.of(2026, 7, 1)); day = day.plusDays(1)) {
      LocalDate on = day;
      assertThat(chain.stream().filter(s -> s.covers(on))).as("organisations on %s", on).hasSize(1);
    }
    var transit = registry.overlays(m.id()).stream().filter(o -> o.overlay() == Overlay.DANG_CHUYEN && o.open())
        .toList();
    assertThat(transit.size()).isLessThanOrEqualTo(1);
    transit.forEach(o -> assertThat(o.organizationCode()).isNotEqualTo(expected));
  }

  Object outcome(String instanceId) {
    return engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instanceId)
        .variableName("caseOutcome").singleResult().getValue();
  }

  List<String> restTasks(String user) {
    List<Map<String, Object>> tasks = rest.withBasicAuth(user, "Demo@2026").getForObject(
        "/engine-rest/task?processInstanceBusinessKey=" + d.instance.getBusinessKey(), List.class);
    return tasks.stream().map(t -> (String) t.get("taskDefinitionKey")).sorted().toList();
  }

  long restCases(String user) {
    List<?> cases = rest.withBasicAuth(user, "Demo@2026").getForObject(
        "/engine-rest/process-instance?businessKey=" + d.instance.getBusinessKey(), List.class);
    return cases.size();
  }

  List<Task> tasksVisibleTo(String user) {
    List<Task>[] tasks = new List[1];
    d.as(user, () -> tasks[0] = engine.getTaskService().createTaskQuery()
        .processInstanceBusinessKey(d.instance.getBusinessKey()).list());
    return tasks[0];
  }

  // ------------------------------------------------------------------ a dự bị member with a probation case

  /** A dự bị member of chi bộ Thôn Đông (ceremony 05/01/2026) with their probation case open. */
  Member probationerWithCase(String name) {
    Member m = member(name, SENDER, MemberStatus.DU_BI);
    registry.updateKeyDates(m.id(), vn.nq21.workflow.registry.KeyDates.none().withAdmission(LocalDate.of(2025, 12, 22),
        LocalDate.of(2026, 1, 5)), null);
    CaseDriver probation = new CaseDriver(engine);
    probation.on("2026-01-06");
    probation.start("cong-nhan-dang-vien-chinh-thuc", SENDER_CHI_UY, vars("memberRecordNumber", m.recordNumber()));
    return m;
  }

  ProcessInstanceQueryResult probationOf(Member m) {
    var instance = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey("cong-nhan-dang-vien-chinh-thuc").processInstanceBusinessKey(m.recordNumber())
        .singleResult();
    var history = engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey("cong-nhan-dang-vien-chinh-thuc").processInstanceBusinessKey(m.recordNumber())
        .singleResult();
    return new ProcessInstanceQueryResult(instance == null ? null : instance.getId(), history.getId(),
        instance == null ? null : (String) engine.getRuntimeService().getVariable(instance.getId(), "caseOrgId"));
  }

  record ProcessInstanceQueryResult(String runningId, String id, String caseOrgId) {}

}
