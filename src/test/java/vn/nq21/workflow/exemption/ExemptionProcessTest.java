package vn.nq21.workflow.exemption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static vn.nq21.workflow.support.CaseDriver.vars;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.nq21.workflow.engine.SubmissionRejectedException;
import vn.nq21.workflow.registry.CommitteeRole;
import vn.nq21.workflow.registry.Member;
import vn.nq21.workflow.registry.MemberStatus;
import vn.nq21.workflow.registry.NewPerson;
import vn.nq21.workflow.registry.Overlay;
import vn.nq21.workflow.registry.OverlayPeriod;
import vn.nq21.workflow.registry.Roll;
import vn.nq21.workflow.support.CaseDriver;
import vn.nq21.workflow.support.ProcessTestBase;

/**
 * Miễn công tác và sinh hoạt đảng (§8) through the engine, as the chi ủy of chi bộ Giáo viên and the office of its
 * đảng ủy cơ sở work it: every path, and the registry and the roll that follow it. The test's people enter the
 * registry in 2026, so the demo chi bộ's earlier rolls stay as other tests know them.
 */
class ExemptionProcessTest extends ProcessTestBase {

  static final String KEY = ExemptionSteps.PROCESS_KEY;
  static final String CHI_BO = "cb-giao-vien";
  static final String CHI_UY = "cb-giao-vien.chi-uy";
  static final String ABOVE = "dbcs-thpt-an-phu.van-phong";
  static final AtomicInteger SEQ = new AtomicInteger();
  CaseDriver d;
  @org.springframework.beans.factory.annotation.Autowired vn.nq21.workflow.registry.Committees committees;
  @org.springframework.beans.factory.annotation.Autowired vn.nq21.workflow.calendar.WorkingDayCalendar workingDays;

  @BeforeEach
  void newDriver() {
    d = new CaseDriver(engine);
  }

  Member member(String name, String gender, String birth, MemberStatus status) {
    d.on("2026-01-05");
    return registry.register(new NewPerson("TEST-MS-" + SEQ.incrementAndGet(), name, gender, LocalDate.parse(birth),
        null, CHI_BO, status, LocalDate.of(2026, 1, 5)), null);
  }

  void applies(Member m, String ground, String details) {
    d.on("2026-03-02");
    d.start(KEY, CHI_UY, vars("memberRecordNumber", m.recordNumber(), "applicationForm", "DON",
        "applicationDate", "2026-03-02", "groundCode", ground, "groundDetails", details));
    d.on("2026-03-03"); // the chi ủy looks at it the next day
  }

  Map<String, Object> proposal(String start, String end) {
    return vars("proposalDate", "2026-03-03", "chiUyConclusion", "DE_XUAT_MIEN", "plannedStart", start,
        "plannedEnd", end, "holdsChiUyRole", "KHONG", "evidenceNotes", "Đã xem đơn");
  }

  /** The chi bộ's meeting on 10/03/2026 with everyone on that day's roll present; {@code against} vote no. */
  Map<String, Object> vote(int against) {
    int onRoll = registry.rollOn(CHI_BO, LocalDate.of(2026, 3, 10)).officialCount();
    return vars("voteDate", "2026-03-10", "officialMembersOnRoll", onRoll, "excludedExemptAbsent", 0,
        "excludedAbsentWithReason", 0, "presentVoters", onRoll, "votesFor", onRoll - against, "votesAgainst", against,
        "resolutionNumber", "05-NQ/CB", "resolutionDate", "2026-03-10");
  }

  void reportedAndNoted() {
    d.on("2026-03-12");
    d.complete("Task_BaoCaoCapTren", CHI_UY, vars("reportNumber", "07-BC/CB", "reportDate", "2026-03-12"));
    d.complete("Task_CapTrenGhiNhan", ABOVE, vars("notedDate", "2026-03-12"));
  }

  Object outcome() {
    return engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(d.instance.getId())
        .variableName("caseOutcome").singleResult().getValue();
  }

  OverlayPeriod exemption(Member m) {
    return registry.overlays(m.id()).stream().filter(o -> o.overlay() == Overlay.MIEN_SH).findFirst().orElseThrow();
  }

  @Test
  void aMemberOnTheChiUyIsWarnedOfAndTheChiUyMayNotSayOtherwise() {
    Member m = member("Đỗ Thị Bí Thư", "NU", "1950-04-04", MemberStatus.CHINH_THUC);
    committees.seat(CHI_BO, m.recordNumber(), CommitteeRole.PHO_BI_THU,
        LocalDate.of(2026, 1, 5), "Quyết định chuẩn y số 2-QĐ/ĐU");
    applies(m, "TUOI_CAO", "76 tuổi, sức khỏe yếu");
    // R-MS-09 from the registry, not from the chi ủy's memory
    assertThat((String) d.variable("exemptionWarnings"))
        .contains("Đảng viên đang giữ Phó bí thư của Chi bộ Giáo viên (từ 05/01/2026)").contains("R-MS-09");
    assertThat(d.variable("holdsChiUyRole")).isEqualTo("CO");
    assertThatThrownBy(() -> d.complete("Task_ChiUyXemXet", CHI_UY, proposal("2026-03-10", null)))
        .isInstanceOf(SubmissionRejectedException.class)
        .hasMessageContaining("Sổ cấp ủy ghi đảng viên đang giữ Phó bí thư của Chi bộ Giáo viên (từ 05/01/2026)"
            + " ngày 03/03/2026: chọn “Có”");
    Map<String, Object> said = proposal("2026-03-10", null);
    said.put("holdsChiUyRole", "CO");
    d.complete("Task_ChiUyXemXet", CHI_UY, said);
    assertThat((String) d.variable("chiUyRoleWarning")).contains("R-MS-09");
  }

  @Test
  void openEndedExemptionRemindsEveryYearAndEndsWhenTheChiBoLetsTheMemberReturn() {
    Member m = member("Đỗ Văn Cao Niên", "NAM", "1944-02-02", MemberStatus.CHINH_THUC);
    applies(m, "TUOI_CAO", "82 tuổi, đi lại khó khăn");
    assertThat(d.variable("exemptionWarnings")).isNull();
    d.complete("Task_ChiUyXemXet", CHI_UY, proposal("2026-03-10", null));
    d.on("2026-03-10");
    assertThat(d.variable("exemptionStart")).isEqualTo("2026-03-10"); // filled in from the proposal
    d.complete("Task_ChiBoXetMien", CHI_UY, vote(0));
    assertThat(d.waitingAt()).contains("Task_BaoCaoCapTren", "Task_TroLaiSomKhongThoiHan");

    // on the roll the whole time; from the first day the registry knows the exemption (R-MS-06)
    Roll before = registry.rollOn(CHI_BO, LocalDate.of(2026, 3, 9));
    Roll during = registry.rollOn(CHI_BO, LocalDate.of(2026, 3, 10));
    assertThat(before.exempted()).extracting(Roll.Entry::memberId).doesNotContain(m.id());
    assertThat(during.exempted()).extracting(Roll.Entry::memberId).contains(m.id());
    assertThat(during.official()).extracting(Roll.Entry::memberId).contains(m.id());
    assertThat(exemption(m).validUntil()).isNull();

    reportedAndNoted();
    // a reminder a year later, the exemption still holding
    d.on("2027-03-11");
    assertThat(d.fireDueTimers()).isEqualTo(1);
    assertThat(d.waitingAt()).contains("Task_NhacXemXetLai", "Task_TroLaiSomKhongThoiHan");
    d.complete("Task_NhacXemXetLai", CHI_UY, vars("reviewDate", "2027-03-11", "reviewNotes", "Sức khỏe vẫn yếu"));

    d.on("2027-05-20");
    d.complete("Task_TroLaiSomKhongThoiHan", CHI_UY, vars("returnRequestDate", "2027-05-02",
        "returnResolutionNumber", "12-NQ/CB", "returnDecisionDate", "2027-05-15"));
    assertThat(d.instance).isEnded().hasPassed("EndEvent_DaTroLai");
    assertThat(outcome()).isEqualTo("DA_MIEN");
    assertThat(exemption(m).validUntil()).isEqualTo(LocalDate.of(2027, 5, 15));
    assertThat(registry.overlaysOn(m.id(), LocalDate.of(2027, 5, 15))).isEmpty();
  }

  @Test
  void aTimeBoundExemptionEndsOnItsEndDateAndTheChiUyRecordsTheReturn() {
    Member m = member("Đỗ Thị Thai Sản", "NU", "1994-06-06", MemberStatus.CHINH_THUC);
    applies(m, "NGHI_THAI_SAN", "Nghỉ sinh con 6 tháng");
    assertThatThrownBy(() -> d.complete("Task_ChiUyXemXet", CHI_UY, proposal("2026-03-10", null)))
        .isInstanceOf(SubmissionRejectedException.class).hasMessageContaining("Ngày dự kiến kết thúc");
    d.complete("Task_ChiUyXemXet", CHI_UY, proposal("2026-03-10", "2026-09-09"));
    d.on("2026-03-10");
    d.complete("Task_ChiBoXetMien", CHI_UY, vote(1));
    assertThat(exemption(m).validUntil()).isEqualTo(LocalDate.of(2026, 9, 10));
    reportedAndNoted();
    assertThat(d.waitingAt()).contains("Task_TroLaiSomCoThoiHan");

    d.on("2026-09-10");
    assertThat(d.fireDueTimers()).isEqualTo(1);
    assertThat(d.waitingAt()).contains("Task_XacNhanTroLai");
    d.complete("Task_XacNhanTroLai", CHI_UY, vars("returnMeetingDate", "2026-09-10"));
    assertThat(d.instance).isEnded().hasPassed("EndEvent_DaTroLai");
    assertThat(registry.overlaysOn(m.id(), LocalDate.of(2026, 9, 9))).containsExactly(Overlay.MIEN_SH);
    assertThat(registry.overlaysOn(m.id(), LocalDate.of(2026, 9, 10))).isEmpty();
  }

  @Test
  void aHealthGroundNeedsItsCertificateBeforeTheVoteAndAMemberMayReturnEarly() {
    Member m = member("Đỗ Văn Điều Trị", "NAM", "1970-01-01", MemberStatus.CHINH_THUC);
    applies(m, "DIEU_TRI_DAI_NGAY", "Điều trị tại Bệnh viện K");
    d.complete("Task_ChiUyXemXet", CHI_UY, proposal("2026-03-10", "2026-12-31"));
    d.on("2026-03-10");
    assertThatThrownBy(() -> d.complete("Task_ChiBoXetMien", CHI_UY, vote(0)))
        .isInstanceOf(SubmissionRejectedException.class).hasMessageContaining("giấy xác nhận của cơ sở y tế");
    // the refusal changed nothing: the task is open, no result, the registry untouched
    assertThat(d.waitingAt()).contains("Task_ChiBoXetMien");
    assertThat(d.variable("chiBoPassed")).isNull();
    assertThat(registry.overlays(m.id())).isEmpty();

    Map<String, Object> withCertificate = vote(0);
    withCertificate.putAll(vars("medicalCertificateNumber", "125/GXN", "medicalCertificateDate", "2026-03-11",
        "medicalCertificateIssuer", "Bệnh viện K"));
    d.on("2026-03-12");
    assertThatThrownBy(() -> d.complete("Task_ChiBoXetMien", CHI_UY, withCertificate))
        .isInstanceOf(SubmissionRejectedException.class).hasMessageContaining("phải có trước khi chi bộ họp xét");
    withCertificate.put("medicalCertificateDate", "2026-03-01");
    d.complete("Task_ChiBoXetMien", CHI_UY, withCertificate);
    reportedAndNoted();
    d.on("2026-06-20");
    assertThatThrownBy(() -> d.complete("Task_TroLaiSomCoThoiHan", CHI_UY, vars("returnRequestDate", "2026-06-01",
        "returnResolutionNumber", "09-NQ/CB", "returnDecisionDate", "2026-05-20")))
        .isInstanceOf(SubmissionRejectedException.class).hasMessageContaining("sớm hơn ngày đảng viên đề nghị");
    d.complete("Task_TroLaiSomCoThoiHan", CHI_UY, vars("returnRequestDate", "2026-06-01",
        "returnResolutionNumber", "09-NQ/CB", "returnDecisionDate", "2026-06-15"));
    assertThat(d.instance).isEnded();
    assertThat(exemption(m).validUntil()).isEqualTo(LocalDate.of(2026, 6, 15));
  }

  @Test
  void aGroundTheRegulationDoesNotListCannotBeProposedAndTheMemberIsTold() {
    Member m = member("Đỗ Văn Bận Việc", "NAM", "1980-01-01", MemberStatus.CHINH_THUC);
    applies(m, "KHAC", "Bận công tác");
    assertThatThrownBy(() -> d.complete("Task_ChiUyXemXet", CHI_UY, proposal("2026-03-10", null)))
        .isInstanceOf(SubmissionRejectedException.class).hasMessageContaining(ExemptionChecks.NOT_A_GROUND);
    d.complete("Task_ChiUyXemXet", CHI_UY, vars("proposalDate", "2026-03-03", "chiUyConclusion", "KHONG_DE_XUAT",
        "refusalReason", "Bận công tác không thuộc diện được xem xét miễn"));
    d.on("2026-03-04");
    d.complete("Task_ThongBaoKetQua", CHI_UY, vars("notificationDate", "2026-03-04"));
    assertThat(d.instance).isEnded().hasPassed("EndEvent_KhongMien");
    assertThat(outcome()).isEqualTo("KHONG_DE_XUAT");
    assertThat(registry.overlays(m.id())).isEmpty();
  }

  @Test
  void aVoteWithoutAMajorityRefusesAndTheMemberIsTold() {
    Member m = member("Đỗ Văn Không Đạt", "NAM", "1950-01-01", MemberStatus.CHINH_THUC);
    applies(m, "TUOI_CAO", "76 tuổi");
    d.complete("Task_ChiUyXemXet", CHI_UY, proposal("2026-03-10", null));
    d.on("2026-03-10");
    int onRoll = registry.rollOn(CHI_BO, LocalDate.of(2026, 3, 10)).officialCount();
    d.complete("Task_ChiBoXetMien", CHI_UY, vote(onRoll - onRoll / 2)); // half or fewer in favour
    assertThat(d.waitingAt()).contains("Task_ThongBaoKetQua");
    d.on("2026-03-11");
    d.complete("Task_ThongBaoKetQua", CHI_UY, vars("notificationDate", "2026-03-11"));
    assertThat(outcome()).isEqualTo("CHI_BO_KHONG_DONG_Y");
    assertThat(registry.overlays(m.id())).isEmpty();
  }

  @Test
  void aDuBiMembersExemptionNeedsTheChiUysJustificationWhichTheRegistryKeeps() {
    Member m = member("Đỗ Thị Dự Bị", "NU", "1998-01-01", MemberStatus.DU_BI);
    applies(m, "NGHI_THAI_SAN", "Nghỉ sinh con");
    assertThat((String) d.variable("exemptionWarnings")).contains("R-MS-08");
    assertThatThrownBy(() -> d.complete("Task_ChiUyXemXet", CHI_UY, proposal("2026-03-10", "2026-09-09")))
        .isInstanceOf(SubmissionRejectedException.class).hasMessageContaining("R-MS-08");
    Map<String, Object> justified = proposal("2026-03-10", "2026-09-09");
    justified.putAll(vars("probationJustification", "Nghỉ thai sản theo Bộ luật Lao động", "holdsChiUyRole", "CO"));
    d.complete("Task_ChiUyXemXet", CHI_UY, justified);
    assertThat((String) d.variable("chiUyRoleWarning")).contains("R-MS-09");
    d.on("2026-03-10");
    d.complete("Task_ChiBoXetMien", CHI_UY, vote(0));
    assertThat(exemption(m).justification()).isEqualTo("Nghỉ thai sản theo Bộ luật Lao động");
  }

  @Test
  void aMemberWhoDiesDuringTheExemptionLeavesTheRollAndTheCaseStops() {
    Member m = member("Đỗ Văn Từ Trần", "NAM", "1940-01-01", MemberStatus.CHINH_THUC);
    applies(m, "SUC_KHOE_YEU", "Liệt nửa người");
    d.complete("Task_ChiUyXemXet", CHI_UY, proposal("2026-03-10", null));
    d.on("2026-03-10");
    Map<String, Object> withCertificate = vote(0);
    withCertificate.putAll(vars("medicalCertificateNumber", "7/GXN", "medicalCertificateDate", "2026-02-20",
        "medicalCertificateIssuer", "Trạm y tế xã"));
    d.complete("Task_ChiBoXetMien", CHI_UY, withCertificate);
    d.on("2026-04-02");
    // once exempted, the case does not stop for any other reason: the return goes through MS05
    assertThatThrownBy(() -> d.complete("Task_DungHoSo", CHI_UY, vars("stopReason", "KHAC", "stopDate", "2026-04-01",
        "stopConfirmed", true))).isInstanceOf(SubmissionRejectedException.class).hasMessageContaining("MS05");
    d.complete("Task_DungHoSo", CHI_UY, vars("stopReason", "TU_TRAN", "stopDate", "2026-04-01", "stopConfirmed", true));
    assertThat(d.instance).isEnded().hasPassed("EndEvent_HoSoDaDung");
    assertThat(registry.require(m.id()).status()).isEqualTo(MemberStatus.TU_TRAN);
    assertThat(exemption(m).validUntil()).isEqualTo(LocalDate.of(2026, 4, 1));
  }

  @Test
  void onlyAMemberOfThisChiBoWithoutAnExemptionCanBeOpened() {
    Member other = registry.register(new NewPerson("TEST-MS-X" + SEQ.incrementAndGet(), "Đỗ Văn Nơi Khác", "NAM",
        LocalDate.of(1950, 1, 1), null, "cb-thon-tay", MemberStatus.CHINH_THUC, LocalDate.of(2026, 1, 5)), null);
    d.on("2026-03-02");
    assertThatThrownBy(() -> d.start(KEY, CHI_UY, vars("memberRecordNumber", other.recordNumber(),
        "applicationForm", "DON", "applicationDate", "2026-03-02", "groundCode", "TUOI_CAO", "groundDetails", "x")))
        .isInstanceOf(SubmissionRejectedException.class).hasMessageContaining("không phải đảng viên của chi bộ này");
    Member young = member("Đỗ Văn Còn Trẻ", "NAM", "1990-01-01", MemberStatus.CHINH_THUC);
    applies(young, "TUOI_CAO", "Mệt");
    assertThat((String) d.variable("exemptionWarnings")).contains("dưới 60 tuổi");
    CaseDriver second = new CaseDriver(engine);
    assertThatThrownBy(() -> second.start(KEY, CHI_UY, vars("memberRecordNumber", young.recordNumber(),
        "applicationForm", "DON", "applicationDate", "2026-03-02", "groundCode", "TUOI_CAO", "groundDetails", "x")))
        .isInstanceOf(SubmissionRejectedException.class).hasMessageContaining("đang mở");
  }

  @Test
  void aStepIsLateByTheDateOfItsActNotByTheDayTheClerkRecordsIt() {
    Member onTime = member("Đỗ Văn Đúng Hạn", "NAM", "1944-03-03", MemberStatus.CHINH_THUC);
    applies(onTime, "TUOI_CAO", "82 tuổi");
    java.util.Date due = d.task("Task_ChiUyXemXet").getDueDate();
    d.on("2026-04-20"); // recorded long after, the meeting itself on time
    d.complete("Task_ChiUyXemXet", CHI_UY, proposal("2026-04-20", null));
    assertThat(d.variable(vn.nq21.workflow.casework.CaseLateness.LATE)).isNull();

    Member late = member("Đỗ Văn Trễ Hạn", "NAM", "1944-04-04", MemberStatus.CHINH_THUC);
    applies(late, "TUOI_CAO", "82 tuổi");
    d.on("2026-04-20");
    Map<String, Object> proposal = proposal("2026-04-20", null);
    proposal.put("proposalDate", "2026-03-20");
    d.complete("Task_ChiUyXemXet", CHI_UY, proposal);
    LocalDate dueDay = workingDays.toLocalDate(due);
    long expected = workingDays.workingDaysBetween(dueDay, LocalDate.of(2026, 3, 20));
    assertThat(expected).isPositive();
    assertThat(d.variable(vn.nq21.workflow.casework.CaseLateness.LATE)).isEqualTo(true);
    assertThat(d.variable(vn.nq21.workflow.casework.CaseLateness.LATE_DAYS)).isEqualTo((int) expected);
    assertThat(d.variable(vn.nq21.workflow.casework.CaseLateness.LATE_STEPS)).asString()
        .contains("Chi ủy xem xét, đề xuất (MS02)").contains("làm ngày 20/03/2026")
        .contains("trễ " + expected + " ngày làm việc");
    // a supervisor's list asks for it as a fact
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(KEY)
        .variableValueEquals(vn.nq21.workflow.casework.CaseLateness.LATE, true)
        .processInstanceBusinessKey(late.recordNumber()).count()).isEqualTo(1);
  }
}
