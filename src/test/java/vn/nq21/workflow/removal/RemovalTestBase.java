package vn.nq21.workflow.removal;

import static vn.nq21.workflow.support.CaseDriver.vars;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import vn.nq21.workflow.ledgers.LedgerKind;
import vn.nq21.workflow.ledgers.Ledgers;
import vn.nq21.workflow.ledgers.SheetReader;
import vn.nq21.workflow.registry.Member;
import vn.nq21.workflow.registry.MemberHolds;
import vn.nq21.workflow.registry.MemberStatus;
import vn.nq21.workflow.registry.NewPerson;
import vn.nq21.workflow.support.CaseDriver;
import vn.nq21.workflow.support.ProcessTestBase;

/**
 * The people and the records the removal tests work on: official members of chi bộ Giáo viên (a chi bộ trực thuộc
 * đảng ủy cơ sở THPT An Phú, whose superior is the đảng ủy xã An Phú) entering the registry in January 2026, so the
 * demo chi bộ's earlier rolls stay as other tests know them, and their đảng phí ledger of 2026.
 */
abstract class RemovalTestBase extends ProcessTestBase {

  static final String KEY = RemovalSteps.PROCESS_KEY;
  static final String CHI_BO = "cb-giao-vien";
  static final String CHI_UY = "cb-giao-vien.chi-uy";
  static final String DANG_UY = "dbcs-thpt-an-phu.van-phong";
  static final String BTV_XA = "xa-an-phu.ban-to-chuc";
  static final AtomicInteger SEQ = new AtomicInteger();

  @Autowired Ledgers ledgers;
  @Autowired MemberHolds holds;
  CaseDriver d;

  @BeforeEach
  void newDriver() {
    d = new CaseDriver(engine);
  }

  Member member(String name) {
    d.on("2026-01-05");
    return registry.register(new NewPerson("TEST-XT-" + SEQ.incrementAndGet(), name, "NAM", LocalDate.of(1975, 5, 5),
        null, CHI_BO, MemberStatus.CHINH_THUC, LocalDate.of(2026, 1, 5)), null);
  }

  /** Đảng phí of 2026 from January to {@code last}, paid on the 5th except the months listed, as of 01/06/2026. */
  void dues(Member m, int last, int... unpaid) {
    d.on("2026-06-01");
    StringBuilder csv = new StringBuilder("so_ly_lich,thang,ngay_nop\n");
    for (int month = 1; month <= last; month++) {
      int current = month;
      boolean missed = java.util.Arrays.stream(unpaid).anyMatch(u -> u == current);
      csv.append(m.recordNumber()).append(',').append(String.format("%02d/2026", month)).append(',')
          .append(missed ? "" : String.format("05/%02d/2026", month)).append('\n');
    }
    ledgers.importRows(CHI_BO, LedgerKind.DANG_PHI, SheetReader.read("so.csv", csv.toString()
        .getBytes(StandardCharsets.UTF_8)));
  }

  /** A xóa tên case opened on 01/06/2026 on unpaid đảng phí (three months of 2026 unpaid). */
  void openOnUnpaidDues(Member m) {
    dues(m, 5, 2, 3, 4);
    d.on("2026-06-01");
    d.start(KEY, CHI_UY, vars("memberRecordNumber", m.recordNumber(), "variant", "XOA_TEN",
        "openedDate", "2026-06-01", "groundCode", "KHONG_DONG_DANG_PHI"));
  }

  Map<String, Object> request(String date, String answer) {
    return vars("requestDate", date, "requestAnswer", answer);
  }

  /** The chi bộ's meeting with everyone on that day's roll present and {@code votesFor} in favour. */
  Map<String, Object> vote(String date, int votesFor) {
    int onRoll = onRoll(date);
    return vars("voteDate", date, "officialMembersOnRoll", onRoll, "excludedExemptAbsent", 0,
        "excludedAbsentWithReason", 0, "presentVoters", onRoll, "votesFor", votesFor, "votesAgainst", onRoll - votesFor,
        "resolutionNumber", "15-NQ/CB", "resolutionDate", date);
  }

  int onRoll(String date) {
    return registry.rollOn(CHI_BO, LocalDate.parse(date)).officialCount();
  }

  /** The least number of votes that is two thirds of the roll (R-GEN-03). */
  int twoThirds(String date) {
    return (2 * onRoll(date) + 2) / 3;
  }

  void dangUyPasses(String date) {
    d.complete("Task_DangUyCoSoBieuQuyet", DANG_UY, vars("dangUyVoteDate", date, "dangUyMembersTotal", 9,
        "dangUyVotesFor", 6, "dangUyResolutionNumber", "21-NQ/ĐU", "dangUyResolutionDate", date));
  }

  Map<String, Object> decision(String date, int of7) {
    return vars("decisionOutcome", "XOA_TEN", "deciderMembersTotal", 7, "deciderVotesFor", of7,
        "decisionNumber", "88-QĐ/ĐU", "decisionDate", date);
  }

  Object outcome() {
    return engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(d.instance.getId())
        .variableName("caseOutcome").singleResult().getValue();
  }
}
