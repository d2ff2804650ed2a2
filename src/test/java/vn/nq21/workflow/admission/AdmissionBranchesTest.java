package vn.nq21.workflow.admission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static vn.nq21.workflow.admission.AdmissionDriver.vars;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.nq21.workflow.engine.SubmissionRejectedException;
import vn.nq21.workflow.registry.MemberStatus;
import vn.nq21.workflow.registry.Overlay;
import vn.nq21.workflow.registry.OverlayStart;
import vn.nq21.workflow.registry.Roll;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Every branch of §5.4: each refusal, the over-60 and literate-only consent, an expired certificate, withdrawal and death. */
class AdmissionBranchesTest extends AdmissionTestBase {

  @org.springframework.beans.factory.annotation.Autowired
  vn.nq21.workflow.organization.OrganizationService organizations;

  static final String CHI_UY = "cb-thon-tay.chi-uy";
  static final String TINH_BTC = "tinh-demo.ban-to-chuc";

  @Autowired JdbcClient jdbc;

  MemberStatus candidateStatus() {
    return registry.findByRecordNumber(d.instance.getBusinessKey()).orElseThrow().status();
  }

  void upToEligibility(String name, Map<String, Object> start) {
    d.open(CHI_UY, name, start);
    d.throughCertificateAndApplication(CHI_UY);
    d.introducedBy(CHI_UY, "DEMO-0012", "DEMO-0013");
    d.throughLyLich(CHI_UY, CHI_UY);
  }

  /** A new case waiting for the verification of the lý lịch (KN06). */
  void upToVerification(String name) {
    d.open(CHI_UY, name, Map.of());
    d.throughCertificateAndApplication(CHI_UY);
    d.introducedBy(CHI_UY, "DEMO-0012", "DEMO-0013");
    d.complete("Task_KhaiLyLich", CHI_UY, vars("lyLichDate", "2025-09-25", "lyLichStampDate", "2025-09-26"));
  }

  @Test
  void aParentWhoIsAMemberIsMarkedNotVerifiedAndASpouseStillIs() {
    upToVerification("Nguyễn Văn Con");
    Map<String, Object> form = vars("verificationPersons", "Bản thân, mẹ đẻ, vợ", "verificationDate", "2025-10-20",
        "verificationResult", "DAT",
        "relative1Name", "Nguyễn Văn Hùng", "relative1Relation", "CHA_DE", "relative1Card", "48.000117",
        "relative1Org", "Chi bộ thôn Đông", "relative1Declared", true,
        "relative2Name", "Lê Thị Vợ", "relative2Relation", "VO_CHONG", "relative2Card", "01.234567",
        "relative2Declared", true,
        "relative3Name", "Nguyễn Thị Em", "relative3Relation", "ANH_CHI_EM_RUOT", "relative3Card", "48.010245",
        "relative3Declared", true);
    // R-KN-07a: a spouse who is a member is still verified; a card the registry knows must be that person's
    assertThatThrownBy(() -> d.complete("Task_ThamTraLyLich", CHI_UY, form))
        .isInstanceOf(SubmissionRejectedException.class)
        .hasMessageContaining("thứ 2 (Lê Thị Vợ, vợ (chồng)): vẫn phải thẩm tra")
        .hasMessageContaining("thứ 3: số thẻ 48.010245 trong sổ đảng viên là của Trần Thị Lan, không phải Nguyễn"
            + " Thị Em.")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("thứ 1"));
    assertThat(d.waitingAt()).contains("Task_ThamTraLyLich");
    // not declared in the lý lịch: no exemption either
    List.of("relative2Name", "relative2Relation", "relative2Card", "relative2Declared", "relative3Name",
        "relative3Relation", "relative3Card", "relative3Declared").forEach(form::remove);
    form.put("relative1Declared", false);
    assertThatThrownBy(() -> d.complete("Task_ThamTraLyLich", CHI_UY, form))
        .hasMessageContaining("chỉ không phải thẩm tra khi đã khai đầy đủ trong lý lịch");
    form.put("relative1Declared", true);
    d.complete("Task_ThamTraLyLich", CHI_UY, form);
    assertThat(d.variable("relativesExemptText")).isEqualTo("Không phải thẩm tra (là đảng viên): Nguyễn Văn Hùng"
        + " (cha đẻ, thẻ đảng viên số 48.000117, Chi bộ thôn Đông).");
    assertThat(d.waitingAt()).contains("Task_KetLuanLyLich");
  }

  @Test
  void verificationFindingAProblemEndsTheCase() {
    upToVerification("Võ Văn Lực");
    d.complete("Task_ThamTraLyLich", CHI_UY, vars("verificationPersons", "Bản thân, cha, mẹ",
        "verificationDate", "2025-10-20", "verificationResult", "CO_VAN_DE"));
    assertThat(d.instance).isEnded().hasPassed("EndEvent_LyLichChuaRo");
    assertThat(candidateStatus()).isEqualTo(MemberStatus.CAM_TINH_DANG);
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(d.instance.getId())
        .variableName("caseOutcome").singleResult().getValue()).isEqualTo("LY_LICH_CO_VAN_DE");
  }

  @Test
  void tccsdConclusionNotEligibleEndsTheCase() {
    d.open(CHI_UY, "Võ Văn Minh", Map.of());
    d.throughCertificateAndApplication(CHI_UY);
    d.introducedBy(CHI_UY, "DEMO-0012", "DEMO-0013");
    d.complete("Task_KhaiLyLich", CHI_UY, vars("lyLichDate", "2025-09-25", "lyLichStampDate", "2025-09-26"));
    d.complete("Task_ThamTraLyLich", CHI_UY, vars("verificationPersons", "Bản thân",
        "verificationDate", "2025-10-20", "verificationResult", "DAT"));
    d.complete("Task_KetLuanLyLich", CHI_UY, vars("lyLichCertifiedDate", "2025-10-25",
        "lyLichConclusion", "CHUA_DU_DIEU_KIEN"));
    assertThat(d.instance).isEnded().hasPassed("EndEvent_LyLichChuaDu");
  }

  @Test
  void candidateOneDayShortOf18AtThePlannedVoteIsBlockedWithTheTaskStillOpen() {
    upToEligibility("Đỗ Thị Nhỏ", Map.of("candidateBirthDate", "2007-12-06"));
    assertThatThrownBy(() -> d.eligibilityChecked(CHI_UY, Map.of()))
        .isInstanceOf(SubmissionRejectedException.class).hasMessageContaining("18");
    assertThat(d.waitingAt()).contains("Task_ThamDinhDieuKien");
    assertThat(d.variable("eligibility")).isNull();
  }

  @Test
  void candidateReaching18OnThePlannedVoteDayMayBeVotedOn() {
    upToEligibility("Đỗ Thị Vừa", Map.of("candidateBirthDate", "2007-12-05"));
    d.eligibilityChecked(CHI_UY, Map.of());
    assertThat(d.waitingAt()).contains("Task_ChiBoBieuQuyet");
  }

  @Test
  void overSixtyNeedsTheProvincialStandingCommitteesConsentAndARefusalEndsTheCase() {
    upToEligibility("Hoàng Văn Thọ", Map.of("candidateBirthDate", "1960-01-15"));
    d.eligibilityChecked(CHI_UY, Map.of());
    assertThat(d.waitingAt()).contains("Task_YKienBtvTinh");
    assertThat(d.task("Task_YKienBtvTinh")).hasCandidateGroup(TINH_BTC);
    d.complete("Task_YKienBtvTinh", TINH_BTC, vars("consentGiven", "KHONG_DONG_Y", "consentDate", "2025-11-30"));
    assertThat(d.instance).isEnded().hasPassed("EndEvent_KhongDuocChapThuan");
  }

  @Test
  void overSixtyWithConsentGoesOnToTheVote() {
    upToEligibility("Hoàng Văn Khang", Map.of("candidateBirthDate", "1960-01-15"));
    d.eligibilityChecked(CHI_UY, Map.of());
    d.complete("Task_YKienBtvTinh", TINH_BTC, vars("consentGiven", "DONG_Y", "consentDocumentNumber", "88-CV/TU",
        "consentDate", "2025-11-30"));
    assertThat(d.waitingAt()).contains("Task_ChiBoBieuQuyet");
  }

  @Test
  void literateOnlyPrestigiousPersonNeedsConsentToo() {
    upToEligibility("Già làng Hồ Văn Kiên", Map.of("candidateBirthDate", "1975-03-03"));
    d.eligibilityChecked(CHI_UY, Map.of("educationLevel", "BIET_DOC_VIET", "educationException", "NGUOI_CO_UY_TIN"));
    assertThat(d.waitingAt()).contains("Task_YKienBtvTinh");
  }

  @Test
  void primarySchoolIsEnoughOnlyWhereTheTreeSaysTheChiBoWorksOrForAFisherman() {
    // chi bộ thôn Tây is mountainous in the organisation tree; chi bộ thôn Đông has no area of R-KN-04 (a)
    assertThat(organizations.areasOf("cb-thon-tay")).containsExactlyInAnyOrder(
        vn.nq21.workflow.organization.AreaFlag.MIEN_NUI, vn.nq21.workflow.organization.AreaFlag.DAN_TOC_THIEU_SO);
    upToEligibility("Nguyễn Văn Vùng Cao", Map.of());
    d.eligibilityChecked(CHI_UY, Map.of("educationLevel", "TIEU_HOC", "educationException", "VUNG_KHO_KHAN"));
    assertThat(d.waitingAt()).doesNotContain("Task_ThamDinhDieuKien");

    String dong = "cb-thon-dong.chi-uy";
    d.open(dong, "Nguyễn Văn Vùng Xuôi", Map.of());
    d.throughCertificateAndApplication(dong);
    d.introducedBy(dong, "DEMO-0004", "DEMO-0005");
    d.throughLyLich(dong, dong);
    assertThatThrownBy(() -> d.eligibilityChecked(dong, Map.of("educationLevel", "TIEU_HOC",
        "educationException", "VUNG_KHO_KHAN")))
        .isInstanceOf(SubmissionRejectedException.class).hasMessageContaining("tệp tổ chức không ghi Chi bộ thôn Đông")
        .hasMessageContaining("R-KN-04");
    // a fisherman working at sea is a case of its own, wherever the chi bộ is
    d.eligibilityChecked(dong, Map.of("educationLevel", "TIEU_HOC", "educationException", "NGU_DAN_BAM_BIEN"));
    assertThat(d.waitingAt()).doesNotContain("Task_ThamDinhDieuKien");
  }

  @Test
  void educationBelowEveryLevelIsBlocked() {
    upToEligibility("Nguyễn Văn Học", Map.of());
    assertThatThrownBy(() -> d.eligibilityChecked(CHI_UY, Map.of("educationLevel", "TIEU_HOC")))
        .isInstanceOf(SubmissionRejectedException.class);
    assertThat(d.waitingAt()).contains("Task_ThamDinhDieuKien");
  }

  @Test
  void certificateExpiredByThePlannedVoteSendsTheCandidateBackToTheClass() {
    d.open(CHI_UY, "Lê Thị Hết Hạn", Map.of());
    d.on("2025-12-01");
    d.complete("Task_ChungNhanNhanThuc", CHI_UY, vars("certificateNumber", "GCN-01/2021",
        "certificateIssueDate", "2021-01-10", "certificateIssuer", "Trung tâm Chính trị"));
    d.complete("Task_DonXinVaoDang", CHI_UY, vars("applicationDate", "2025-09-05"));
    d.introducedBy(CHI_UY, "DEMO-0012", "DEMO-0013");
    d.throughLyLich(CHI_UY, CHI_UY);
    d.eligibilityChecked(CHI_UY, Map.of("plannedVoteDate", "2026-01-12"));
    assertThat(d.waitingAt()).contains("Task_ChungNhanNhanThuc");
    assertThat(candidateStatus()).isEqualTo(MemberStatus.DANG_XET_KET_NAP);
    d.complete("Task_ChungNhanNhanThuc", CHI_UY, vars("certificateNumber", "GCN-40/2025",
        "certificateIssueDate", "2025-11-20", "certificateIssuer", "Trung tâm Chính trị"));
    assertThat(candidateStatus()).isEqualTo(MemberStatus.CAM_TINH_DANG);
    assertThat(d.waitingAt()).contains("Task_DonXinVaoDang");
  }

  @Test
  void officialMembersDifferentFromTheRegistryNeedAReason() {
    upToEligibility("Trần Thị Sổ", Map.of());
    d.eligibilityChecked(CHI_UY, Map.of());
    d.on("2025-12-06");
    // the form opens with today's official members; the vote is held to the roll of the meeting's day (6 in the
    // demo data; other tests may recognise members later)
    assertThat(d.variable("officialMembersOnRoll"))
        .isEqualTo((int) registry.countByStatus("cb-thon-tay", MemberStatus.CHINH_THUC));
    int onTheDay = registry.rollOn("cb-thon-tay", LocalDate.of(2025, 12, 5)).officialCount();
    assertThatThrownBy(() -> d.complete("Task_ChiBoBieuQuyet", CHI_UY, vars("voteDate", "2025-12-05",
        "officialMembersOnRoll", 9, "presentVoters", 9, "votesFor", 6, "votesAgainst", 3,
        "resolutionNumber", "1-NQ/CB", "resolutionDate", "2025-12-05")))
        .isInstanceOf(SubmissionRejectedException.class)
        .hasMessageContaining("khác sổ đảng viên (" + onTheDay + ") ngày họp 05/12/2025");
  }

  @Test
  void whoWasAwayOrExemptedOnTheMeetingDayDecidesTheDenominator() {
    upToEligibility("Trần Văn Mẫu Số", Map.of());
    d.eligibilityChecked(CHI_UY, Map.of());
    Roll roll = registry.rollOn("cb-thon-tay", LocalDate.of(2025, 12, 5));
    Roll.Entry away = roll.official().get(0);
    Roll.Entry exempt = roll.official().get(1);
    try {
      registry.startOverlay(away.memberId(), Overlay.SH_TAM_THOI, LocalDate.of(2025, 11, 1), new OverlayStart(null,
          "Trường Chính trị tỉnh", LocalDate.of(2026, 5, 1), "Học tập trung", null), null);
      registry.startOverlay(exempt.memberId(), Overlay.MIEN_SH, LocalDate.of(2025, 10, 1),
          OverlayStart.because("Tuổi cao, sức khỏe yếu"), null);
      // R-GEN-05: the member away is out of the denominator; the exempted one too, being absent
      int onRoll = roll.officialCount();
      int denominator = onRoll - 2;
      int votesFor = (2 * denominator + 2) / 3;
      assertThat(votesFor * 3).isLessThan(2 * onRoll); // not enough without the two exclusions
      d.on("2025-12-06");
      Map<String, Object> vote = vars("voteDate", "2025-12-05", "officialMembersOnRoll", onRoll,
          "excludedTemporary", 0, "excludedExemptAbsent", 2, "excludedSuspended", 0, "excludedAbsentWithReason", 0,
          "presentVoters", denominator, "votesFor", votesFor, "votesAgainst", denominator - votesFor,
          "resolutionNumber", "14-NQ/CB", "resolutionDate", "2025-12-05");
      assertThatThrownBy(() -> d.complete("Task_ChiBoBieuQuyet", CHI_UY, vote))
          .isInstanceOf(SubmissionRejectedException.class)
          .hasMessageContaining("ít hơn sổ đảng viên: ngày 05/12/2025 có 1 đảng viên đang sinh hoạt tạm thời nơi khác ("
              + away.fullName() + ")")
          .hasMessageContaining("nhiều hơn số đảng viên được miễn sinh hoạt ngày 05/12/2025 theo sổ (1: "
              + exempt.fullName() + ")");
      assertThat(d.waitingAt()).contains("Task_ChiBoBieuQuyet");

      vote.put("excludedTemporary", 1);
      vote.put("excludedExemptAbsent", 1);
      d.complete("Task_ChiBoBieuQuyet", CHI_UY, vote);
      assertThat(d.variable("chiBoDenominator")).isEqualTo(denominator);
      assertThat(d.variable("chiBoPassed")).isEqualTo(true);
    } finally {
      jdbc.sql("delete from nq21_member_overlay where member_id in (?, ?)").params(away.memberId(), exempt.memberId())
          .update();
    }
  }

  @Test
  void votersTickedByNameGiveThePresentCountAndADuBiVoterIsRefusedByName() {
    upToEligibility("Trần Văn Danh Sách", Map.of());
    d.eligibilityChecked(CHI_UY, Map.of());
    // the form offers today's official members to tick, by số lý lịch
    Roll today = registry.rollOn("cb-thon-tay", vn.nq21.workflow.casework.CaseDates.today());
    assertThat(d.variable("voterOptions").toString())
        .contains(today.official().stream().map(Roll.Entry::recordNumber).toList().toArray(String[]::new));
    d.on("2025-12-06");
    Roll roll = registry.rollOn("cb-thon-tay", LocalDate.of(2025, 12, 5));
    Roll.Entry duBi = roll.probationary().stream().filter(e -> e.recordNumber().equals("DEMO-0016")).findFirst()
        .orElseThrow();
    List<Roll.Entry> present = roll.official().stream().filter(e -> e.overlays().isEmpty()).toList();
    List<String> voters = new java.util.ArrayList<>(present.stream().map(Roll.Entry::recordNumber).toList());
    voters.add(duBi.recordNumber());
    Map<String, Object> vote = vars("voteDate", "2025-12-05", "officialMembersOnRoll", roll.officialCount(),
        "voters", voters, "votesFor", present.size(), "votesAgainst", 0,
        "resolutionNumber", "21-NQ/CB", "resolutionDate", "2025-12-05");
    // R-GEN-07, R-CN-11: a dự bị member ticked as a voter is named
    assertThatThrownBy(() -> d.complete("Task_ChiBoBieuQuyet", CHI_UY, vote))
        .isInstanceOf(SubmissionRejectedException.class)
        .hasMessageContaining("Đồng chí " + duBi.fullName() + " (số lý lịch DEMO-0016) là đảng viên dự bị ngày "
            + "05/12/2025: đảng viên dự bị không có quyền biểu quyết");
    // a number typed beside the list that contradicts it is refused, not overwritten
    voters.remove(duBi.recordNumber());
    vote.put("presentVoters", present.size() + 1);
    assertThatThrownBy(() -> d.complete("Task_ChiBoBieuQuyet", CHI_UY, vote))
        .isInstanceOf(SubmissionRejectedException.class)
        .hasMessageContaining("khác danh sách đảng viên biểu quyết (" + present.size() + " người)");
    assertThat(d.waitingAt()).contains("Task_ChiBoBieuQuyet");
    // the count is the list's
    vote.remove("presentVoters");
    d.complete("Task_ChiBoBieuQuyet", CHI_UY, vote);
    assertThat(d.variable("presentVoters")).isEqualTo(present.size());
    assertThat((String) d.variable("votersText")).contains(present.get(0).fullName());
    assertThat(d.variable("chiBoPassed")).isEqualTo(true);
  }

  @Test
  void sixOfNineIsTwoThirdsAndPasses() {
    upToEligibility("Trần Thị Đạt", Map.of());
    d.eligibilityChecked(CHI_UY, Map.of());
    d.chiBoVotes(CHI_UY, 9, 9, 6);
    assertThat(d.variable("chiBoPassed")).isEqualTo(true);
    assertThat(d.waitingAt()).contains("Task_QuyetDinh");
  }

  @Test
  void decidingBodyRefusingEndsTheCase() {
    upToEligibility("Trần Văn Từ Chối", Map.of());
    d.eligibilityChecked(CHI_UY, Map.of());
    d.chiBoVotes(CHI_UY, 6, 6, 6);
    d.decides("xa-an-phu.ban-to-chuc", "KHONG_KET_NAP", 7, 2);
    // the refusal reaches the chi bộ and the candidate (R-KN-16), not a silent end
    assertThat(d.waitingAt()).contains("Task_NhanThongBaoKhongKetNap");
    assertThat(d.task("Task_NhanThongBaoKhongKetNap")).hasCandidateGroup(CHI_UY);
    assertThatThrownBy(() -> d.complete("Task_NhanThongBaoKhongKetNap", CHI_UY, vars("refusalNoticeReceivedDate",
        "2026-01-19", "candidateToldDate", "2026-01-21")))
        .isInstanceOf(vn.nq21.workflow.engine.SubmissionRejectedException.class)
        .hasMessageContaining("sớm hơn ngày văn bản của cấp có thẩm quyền");
    d.complete("Task_NhanThongBaoKhongKetNap", CHI_UY, vars("refusalNoticeReceivedDate", "2026-01-21",
        "candidateToldDate", "2026-01-21"));
    assertThat(d.instance).isEnded().hasPassed("EndEvent_KhongKetNap");
    assertThat(candidateStatus()).isEqualTo(MemberStatus.CAM_TINH_DANG);
    assertThat((String) engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(d.instance.getId()).variableName("hoSoDanhMuc").singleResult().getValue())
        .contains("6-KNĐ").doesNotContain("9-KNĐ");
  }

  @Test
  void admittingWithoutAMajorityOfTheStandingCommitteeIsRejected() {
    upToEligibility("Trần Văn Thiếu Phiếu", Map.of());
    d.eligibilityChecked(CHI_UY, Map.of());
    d.chiBoVotes(CHI_UY, 6, 6, 6);
    assertThatThrownBy(() -> d.decides("xa-an-phu.ban-to-chuc", "KET_NAP", 7, 3))
        .isInstanceOf(SubmissionRejectedException.class).hasMessageContaining("3/7");
    assertThat(d.waitingAt()).contains("Task_QuyetDinh");
  }

  @Test
  void withdrawalStopsTheCaseAtAnyStep() {
    upToEligibility("Phạm Thị Rút", Map.of());
    d.complete("Task_DungHoSo", CHI_UY, vars("stopReason", "RUT_DON", "stopDate", "2025-12-01", "stopConfirmed", true));
    assertThat(d.instance).isEnded().hasPassed("EndEvent_HoSoDaDung");
    assertThat(candidateStatus()).isEqualTo(MemberStatus.CAM_TINH_DANG);
  }

  @Test
  void deathIsRecordedInTheRegistry() {
    upToEligibility("Phạm Văn Mất", Map.of());
    d.complete("Task_DungHoSo", CHI_UY, vars("stopReason", "TU_TRAN", "stopDate", "2025-11-28", "stopConfirmed", true));
    assertThat(d.instance).isEnded();
    assertThat(candidateStatus()).isEqualTo(MemberStatus.TU_TRAN);
  }

  @Test
  void introducerWithElevenMonthsTogetherIsRejectedAndTwelveIsAccepted() {
    d.open(CHI_UY, "Mai Văn Mới Quen", Map.of());
    d.throughCertificateAndApplication(CHI_UY);
    Map<String, Object> form = vars("introducerPattern", "HAI_DANG_VIEN", "isDoanVien", false,
        "hasDoanOrganisation", false, "isUnionMember", false,
        "introducer1RecordNumber", "DEMO-0012", "introducer1LetterDate", "2025-09-20",
        "introducer1TogetherSince", "2019-01-01",
        "introducer2RecordNumber", "DEMO-0013", "introducer2LetterDate", "2025-09-20",
        "introducer2TogetherSince", "2024-09-21");
    assertThatThrownBy(() -> d.complete("Task_NguoiGioiThieu", CHI_UY, form))
        .isInstanceOf(SubmissionRejectedException.class).hasMessageContaining("DEMO-0013")
        .hasMessageContaining("11 tháng");
    assertThat(d.waitingAt()).contains("Task_NguoiGioiThieu");
    form.put("introducer2TogetherSince", "2024-09-20");
    d.complete("Task_NguoiGioiThieu", CHI_UY, form);
    assertThat(d.waitingAt()).contains("Task_KhaiLyLich");
  }

  @Test
  void probationaryMemberCannotIntroduce() {
    d.open(CHI_UY, "Mai Văn Dự Bị", Map.of());
    d.throughCertificateAndApplication(CHI_UY);
    assertThatThrownBy(() -> d.introducedBy(CHI_UY, "DEMO-0012", "DEMO-0016"))
        .isInstanceOf(SubmissionRejectedException.class).hasMessageContaining("DEMO-0016");
  }

  @Test
  void clerkOfAnotherChiBoCannotWorkTheCase() {
    d.open(CHI_UY, "Ngô Thị Riêng", Map.of());
    d.as("cb-thon-dong.chi-uy", () -> assertThat(engine.getTaskService().createTaskQuery()
        .processInstanceId(d.instance.getId()).count()).isZero());
  }

  /**
   * R-KN-22: a person removed more than 36 months ago applies again at another chi bộ: the same record re-enters the
   * admission as a quần chúng ưu tú (the earlier membership kept in its history), and the BTV tỉnh ủy's consent is
   * asked before the vote.
   */
  @Test
  void aFormerMemberRemovedMoreThanThirtySixMonthsAgoIsConsideredAgainWithTheProvincesConsent() {
    d.on("2021-01-04");
    String record = "READMIT-" + System.nanoTime();
    vn.nq21.workflow.registry.Member former = registry.register(new vn.nq21.workflow.registry.NewPerson(record,
        "Lâm Văn Trở Lại", "NAM", java.time.LocalDate.of(1980, 2, 2), null, "cbcs-van-phong-tu",
        MemberStatus.CHINH_THUC, java.time.LocalDate.of(2021, 1, 4)), null);
    registry.changeStatus(former.id(), MemberStatus.XOA_TEN, java.time.LocalDate.of(2021, 5, 3),
        vn.nq21.workflow.registry.ReasonCode.KHONG_DONG_DANG_PHI, "Quyết định xóa tên", null);
    upToEligibility("Lâm Văn Trở Lại", Map.of("candidateRecordNumber", record));
    assertThat(registry.require(former.id()).organizationCode()).isEqualTo("cb-thon-tay");
    assertThat(registry.history(former.id())).extracting(h -> h.toStatus())
        .contains(MemberStatus.CHINH_THUC, MemberStatus.XOA_TEN, MemberStatus.QUAN_CHUNG_UU_TU);
    d.eligibilityChecked(CHI_UY, Map.of());
    assertThat(d.waitingAt()).contains("Task_YKienBtvTinh");
    assertThat((String) d.variable("consentReasonText")).contains("Kết nạp lại người đã ra khỏi Đảng ngày 03/05/2021");
  }
}
