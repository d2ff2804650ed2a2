package vn.nq21.workflow.ledgers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import vn.nq21.workflow.registry.Member;
import vn.nq21.workflow.registry.MemberRegistry;
import vn.nq21.workflow.registry.MemberStatus;
import vn.nq21.workflow.registry.NewPerson;
import vn.nq21.workflow.support.ApplicationTest;

/**
 * The ledgers over HTTP: a chi ủy uploads its sheet or posts lines, a refused file answers 422 with every bad line
 * and writes nothing, a supervisor reads but does not write, another organisation's clerk learns nothing.
 */
@ApplicationTest
class LedgerApiTest {

  static final String PASSWORD = "Demo@2026";

  @Autowired TestRestTemplate rest;
  @Autowired MemberRegistry registry;
  @Autowired JdbcClient jdbc;

  private HttpEntity<MultiValueMap<String, Object>> upload(String name, String content) {
    MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
    body.add("file", new ByteArrayResource(content.getBytes(StandardCharsets.UTF_8)) {
      @Override
      public String getFilename() {
        return name;
      }
    });
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return new HttpEntity<>(body, headers);
  }

  private long dues(long memberId) {
    return jdbc.sql("select count(*) from nq21_dues where member_id = ?").param(memberId).query(Long.class).single();
  }

  @Test
  void aChiUyBringsInItsBooksAndOthersCannot() {
    Member m = registry.findByRecordNumber("LA-0001").orElseGet(() -> registry.register(new NewPerson("LA-0001",
        "Vũ Văn Sổ Sách", "NAM", LocalDate.of(1970, 1, 1), null, "cb-thon-dong", MemberStatus.CHINH_THUC,
        LocalDate.of(2026, 1, 1)), null)); // in the registry from 2026 on: the demo chi bộ's earlier rolls stay as they are
    String good = "Số lý lịch,Tháng,Số tiền,Ngày nộp\nLA-0001,01/2026,50.000,15/01/2026\nLA-0001,02/2026,50.000,15/02/2026\n";

    ResponseEntity<Map> refused = rest.withBasicAuth("cb-thon-dong.chi-uy", PASSWORD).postForEntity(
        "/api/organizations/cb-thon-dong/ledgers/dang-phi",
        upload("dang-phi.csv", good + "LA-0001,03/2026,ba chục,15/03/2026\nLA-9999,03/2026,50000,15/03/2026\n"),
        Map.class);
    assertThat(refused.getStatusCode().value()).isEqualTo(422);
    assertThat((List<String>) refused.getBody().get("problems")).satisfiesExactly(
        p -> assertThat(p).startsWith("Dòng 4: "), p -> assertThat(p).startsWith("Dòng 5: "));
    assertThat((String) refused.getBody().get("message")).contains("chưa ghi dòng nào");
    assertThat(dues(m.id())).isZero();

    ResponseEntity<Map> written = rest.withBasicAuth("cb-thon-dong.chi-uy", PASSWORD).postForEntity(
        "/api/organizations/cb-thon-dong/ledgers/dang-phi", upload("dang-phi.csv", good), Map.class);
    assertThat(written.getStatusCode().value()).isEqualTo(200);
    assertThat(dues(m.id())).isEqualTo(2);

    // another system posts the same lines as JSON: nothing changes
    ResponseEntity<Map> posted = rest.withBasicAuth("xa-an-phu.van-phong", PASSWORD).postForEntity(
        "/api/organizations/cb-thon-dong/ledgers/dang-phi", List.of(
            Map.of("so_ly_lich", "LA-0001", "thang", "2026-01", "so_tien", 50000, "ngay_nop", "2026-01-15"),
            Map.of("so_ly_lich", "LA-0001", "thang", "2026-02", "so_tien", 50000, "ngay_nop", "2026-02-15")),
        Map.class);
    assertThat(posted.getStatusCode().value()).isEqualTo(200);
    assertThat(posted.getBody().get("unchanged")).isEqualTo(2);

    // a supervisor reads, does not write; another chi bộ's clerk is told of nothing
    assertThat(rest.withBasicAuth("cb-thon-dong.giam-sat", PASSWORD).postForEntity(
        "/api/organizations/cb-thon-dong/ledgers/dang-phi", upload("dang-phi.csv", good), String.class)
        .getStatusCode().value()).isEqualTo(403);
    assertThat(rest.withBasicAuth("cb-thon-tay.chi-uy", PASSWORD).postForEntity(
        "/api/organizations/cb-thon-dong/ledgers/dang-phi", upload("dang-phi.csv", good), String.class)
        .getStatusCode().value()).isEqualTo(404);
    ResponseEntity<Map> ledgers = rest.withBasicAuth("cb-thon-dong.giam-sat", PASSWORD)
        .getForEntity("/api/members/" + m.id() + "/ledgers?year=2026", Map.class);
    assertThat(ledgers.getStatusCode().value()).isEqualTo(200);
    assertThat((List<?>) ledgers.getBody().get("dues")).hasSize(2);
    assertThat(rest.withBasicAuth("cb-thon-tay.chi-uy", PASSWORD)
        .getForEntity("/api/members/" + m.id() + "/ledgers", String.class).getStatusCode().value()).isEqualTo(404);
    ResponseEntity<Map> counts = rest.withBasicAuth("cb-thon-dong.chi-uy", PASSWORD)
        .getForEntity("/api/members/" + m.id() + "/counts?asOf=2026-03-01", Map.class);
    assertThat(counts.getStatusCode().value()).isEqualTo(200);
    assertThat(((Map<?, ?>) counts.getBody().get("unpaidMonths")).get("counted")).isEqualTo(List.of());
  }
}
