package vn.nq21.workflow.votes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.io.ClassPathResource;
import vn.nq21.workflow.casework.CaseDates;
import vn.nq21.workflow.rules.NoMatchingRuleException;
import vn.nq21.workflow.support.ApplicationTest;

/** The vote rules through the application: the DMN tables deployed from {@code bpmn/rules/}, the rule set by date. */
@ApplicationTest
class VoteRulesTest {

  static final LocalDate VOTE = LocalDate.parse("2026-03-20");

  @Autowired VoteRules rules;
  @Autowired VoteSettings settings;

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  @Test
  void applicationRunsWithTheShippedDefaults() throws Exception {
    assertThat(settings).isEqualTo(VoteSettings.defaults());
    var sources = new YamlPropertySourceLoader().load("votes", new ClassPathResource("config/votes.yaml"));
    assertThat(new Binder(ConfigurationPropertySources.from(sources)).bind("nq21.votes", VoteSettings.class).get())
        .isEqualTo(VoteSettings.defaults());
  }

  @Test
  void aChiBoOfFewerThanOneMemberIsNoSetting() {
    assertThatThrownBy(() -> new VoteSettings(0)).hasMessageContaining("nq21.votes.minimum-official-members");
  }

  // --- R-GEN-03 … R-GEN-05, R-KN-14 ----------------------------------------------------------------------

  @Test
  void sixOfNinePassesTwoThirds() {
    VoteResult result = rules.vote("HAI_PHAN_BA", 6, 9, VOTE);
    assertThat(result.passed()).isTrue();
    assertThat(result.requiredVotes()).isEqualTo(6);
    assertThat(result.message()).isEqualTo("Đạt: 6/9 phiếu tán thành; cần ít nhất hai phần ba, tức ít nhất 6 phiếu.");
  }

  @Test
  void fiveOfEightFailsTwoThirds() {
    VoteResult result = rules.vote("HAI_PHAN_BA", 5, 8, VOTE);
    assertThat(result.passed()).isFalse();
    assertThat(result.message()).startsWith("Không đạt: 5/8");
  }

  @Test
  void fourOfSevenIsMoreThanHalfButThreeOfSixIsNot() {
    assertThat(rules.vote("QUA_NUA", 4, 7, VOTE).passed()).isTrue();
    assertThat(rules.vote("QUA_NUA", 3, 6, VOTE).passed()).isFalse();
  }

  @Test
  void moreVotesThanTheDenominatorIsRefused() {
    assertThatThrownBy(() -> rules.vote("HAI_PHAN_BA", 10, 9, VOTE)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> rules.vote("HAI_PHAN_BA", 0, 0, VOTE)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> rules.vote(VoteRules.NO_VOTE, 1, 1, VOTE))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("không biểu quyết");
  }

  @Test
  void oneRangeCheckOfAVotesCountsWithTheLabelsTheClerkReads() {
    assertThat(VoteRules.voteRangeProblem("Số ủy viên tán thành", 9, "tổng số ủy viên", 9)).isNull();
    assertThat(VoteRules.voteRangeProblem("Số ủy viên tán thành", 0, "tổng số ủy viên", 9)).isNull();
    assertThat(VoteRules.voteRangeProblem("Số ủy viên tán thành", 10, "tổng số ủy viên", 9))
        .isEqualTo("Số ủy viên tán thành (10) phải từ 0 đến tổng số ủy viên (9).");
    assertThat(VoteRules.voteRangeProblem("Số ủy viên tán thành", -1, "tổng số ủy viên", 9)).isNotNull();
    assertThat(VoteRules.voteRangeProblem("Số ủy viên tán thành", 0, "tổng số ủy viên", 0))
        .isEqualTo("Tổng số ủy viên phải ít nhất là 1 (đang là 0).");
  }

  @Test
  void denominatorLeavesOutEachExcludedCategory() {
    assertThat(rules.denominator(10, Map.of(), VOTE)).isEqualTo(10);
    assertThat(rules.denominator(10, Map.of("TAM_THOI_NOI_KHAC", 1, "MIEN_SH_VANG_MAT", 1,
        "DINH_CHI_TAM_GIAM", 1, "VANG_CO_LY_DO", 2), VOTE)).isEqualTo(5);
  }

  @Test
  void denominatorRefusesUnknownCodesAndMoreExclusionsThanMembers() {
    assertThatThrownBy(() -> rules.denominator(9, Map.of("KHONG_RO", 1), VOTE))
        .isInstanceOf(NoMatchingRuleException.class);
    assertThatThrownBy(() -> rules.denominator(2, Map.of("VANG_CO_LY_DO", 3), VOTE))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("(3)");
  }

  // --- R-GEN-08, R-GEN-10 --------------------------------------------------------------------------------

  @Test
  void plausibleVoteRecordHasNoProblems() {
    assertThat(rules.voteRecordProblems(new VoteRecord(9, 8, 6, 2, d("2026-03-01"), d("2026-02-20"), null)))
        .isEmpty();
  }

  @Test
  void moreBallotsThanMembersPresentIsRejected() {
    assertThat(rules.voteRecordProblems(new VoteRecord(9, 8, 6, 3, d("2026-03-01"))))
        .containsExactly("“Số phiếu tán thành” (6) cộng “Số phiếu không tán thành” (3) là 9, nhiều hơn"
            + " “Số đảng viên chính thức có mặt” (8).");
  }

  @Test
  void morePresentThanOfficialMembersIsRejected() {
    assertThat(rules.voteRecordProblems(new VoteRecord(9, 10, 6, 2, d("2026-03-01"))))
        .singleElement().asString().startsWith("“Số đảng viên chính thức có mặt” (10) nhiều hơn “Số đảng viên chính thức");
  }

  @Test
  void negativeCountsAndNobodyPresentAreRejected() {
    assertThat(rules.voteRecordProblems(new VoteRecord(9, 0, -1, -2, d("2026-03-01")))).containsExactly(
        "“Số phiếu tán thành” không được âm.",
        "“Số phiếu không tán thành” không được âm.",
        "“Số đảng viên chính thức có mặt” phải ít nhất là 1.");
  }

  @Test
  void missingFieldsAreNamed() {
    assertThat(rules.voteRecordProblems(new VoteRecord(9, 8, null, 2, null)))
        .containsExactly("Chưa nhập “Số phiếu tán thành”.", "Chưa nhập “Ngày họp chi bộ”.");
  }

  @Test
  void meetingInTheFutureOrBeforeThePreviousStepIsRejected() {
    LocalDate tomorrow = CaseDates.today().plusDays(1);
    assertThat(rules.voteRecordProblems(new VoteRecord(9, 8, 6, 2, tomorrow)))
        .singleElement().asString().startsWith("“Ngày họp chi bộ” " + CaseDates.fmt(tomorrow) + " ở tương lai");
    assertThat(rules.voteRecordProblems(new VoteRecord(9, 8, 6, 2, d("2026-03-01"), d("2026-03-05"),
        "ngày đảng ủy cơ sở xác nhận lý lịch")))
        .containsExactly("“Ngày họp chi bộ” 01/03/2026 trước ngày đảng ủy cơ sở xác nhận lý lịch 05/03/2026.");
  }

  @Test
  void chiBoWithFewerThanThreeOfficialMembersCannotVote() {
    assertThat(rules.voteRecordProblems(new VoteRecord(2, 2, 2, 0, d("2026-03-01"))))
        .singleElement().asString().startsWith("Chi bộ chỉ có 2 đảng viên chính thức").contains("ít nhất 3");
  }
}
