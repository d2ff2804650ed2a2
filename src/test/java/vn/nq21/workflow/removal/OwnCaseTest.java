package vn.nq21.workflow.removal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.nq21.workflow.support.CaseDriver.vars;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import vn.nq21.workflow.engine.SubmissionRejectedException;
import vn.nq21.workflow.registry.Member;

/**
 * Nobody works a step of a case about themselves: an admin links the chi ủy's account to the secretary's số lý lịch
 * over {@code /api/accounts/{userId}/member}; that account then cannot open or work a removal of its holder, while
 * the same account works the cases of other members.
 */
class OwnCaseTest extends RemovalTestBase {

  static final String PASSWORD = "Demo@2026";

  @Autowired TestRestTemplate rest;

  private ResponseEntity<Map> link(String as, String userId, String record) {
    return rest.withBasicAuth(as, PASSWORD).exchange("/api/accounts/" + userId + "/member", HttpMethod.PUT,
        new HttpEntity<>(Map.of("recordNumber", record)), Map.class);
  }

  @Test
  void theAccountOfTheMemberACaseIsAboutCannotWorkItsSteps() {
    Member secretary = member("Nguyễn Văn Bí Thư");
    Member other = member("Nguyễn Văn Khác");
    // only an admin links; the account holder reads the link
    assertThat(link(CHI_UY, CHI_UY, secretary.recordNumber()).getStatusCode().value()).isEqualTo(403);
    assertThat(link("admin", CHI_UY, "KHONG-CO").getStatusCode().value()).isEqualTo(422);
    assertThat(link("admin", "khong-co-tai-khoan", secretary.recordNumber()).getStatusCode().value()).isEqualTo(404);
    try {
      assertThat(link("admin", CHI_UY, secretary.recordNumber()).getStatusCode().value()).isEqualTo(200);
      assertThat(rest.withBasicAuth(CHI_UY, PASSWORD).getForEntity("/api/accounts/" + CHI_UY + "/member", Map.class)
          .getBody()).containsEntry("recordNumber", secretary.recordNumber());

      // the account cannot open a removal of its holder...
      dues(secretary, 5, 2, 3, 4);
      assertThatThrownBy(() -> d.start(KEY, CHI_UY, vars("memberRecordNumber", secretary.recordNumber(), "variant",
          "XOA_TEN", "openedDate", "2026-06-01", "groundCode", "KHONG_DONG_DANG_PHI")))
          .isInstanceOf(SubmissionRejectedException.class).hasMessageContaining("trên hồ sơ của chính mình");
      // ...nor work one opened before the account was linked
      rest.withBasicAuth("admin", PASSWORD).delete("/api/accounts/" + CHI_UY + "/member");
      openOnUnpaidDues(secretary);
      link("admin", CHI_UY, secretary.recordNumber());
      assertThatThrownBy(() -> d.complete("Task_YeuCauTuKiemDiem", CHI_UY, request("2026-06-01",
          "CHUA_TU_KIEM_DIEM")))
          .isInstanceOf(SubmissionRejectedException.class).hasMessageContaining("Nguyễn Văn Bí Thư");
      assertThat(d.waitingAt()).contains("Task_YeuCauTuKiemDiem");

      // the same account works another member's case
      openOnUnpaidDues(other);
      d.complete("Task_YeuCauTuKiemDiem", CHI_UY, request("2026-06-01", "CHUA_TU_KIEM_DIEM"));
    } finally {
      rest.withBasicAuth("admin", PASSWORD).delete("/api/accounts/" + CHI_UY + "/member");
    }
    assertThat(rest.withBasicAuth("admin", PASSWORD).getForEntity("/api/accounts/" + CHI_UY + "/member", Map.class)
        .getBody().get("recordNumber")).isNull();
  }
}
