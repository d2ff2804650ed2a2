package vn.nq21.workflow.memberrecord;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import vn.nq21.workflow.registry.MemberRegistry;
import vn.nq21.workflow.registry.MemberStatus;
import vn.nq21.workflow.registry.NewPerson;
import vn.nq21.workflow.support.ApplicationTest;

/**
 * A cấp ủy over {@code /api/organizations/{code}/committee}: the office above records a seat, the chi ủy itself and a
 * stranger do not; a dự bị member is refused in Vietnamese with a 422; whoever sees the organisation reads it.
 */
@ApplicationTest
class CommitteeApiTest {

  static final String PASSWORD = "Demo@2026";

  @Autowired TestRestTemplate rest;
  @Autowired MemberRegistry registry;

  private void person(String record, String name, MemberStatus status) {
    if (registry.findByRecordNumber(record).isEmpty()) {
      registry.register(new NewPerson(record, name, "NU", LocalDate.of(1985, 1, 1), null, "cb-tri-su", status,
          LocalDate.of(2026, 1, 5)), null);
    }
  }

  @Test
  void theOfficeAboveRecordsTheChiUyAndADuBiMemberIsRefused() {
    person("CA-0001", "Vũ Thị Chi Ủy", MemberStatus.CHINH_THUC);
    person("CA-0002", "Vũ Văn Dự Bị", MemberStatus.DU_BI);
    Map<String, Object> seat = Map.of("recordNumber", "CA-0001", "role", "PHO_BI_THU", "from", "2026-02-02",
        "basis", "Quyết định chuẩn y số 31-QĐ/ĐU");
    String url = "/api/organizations/cb-tri-su/committee";
    ResponseEntity<Map> own = rest.withBasicAuth("cb-tri-su.chi-uy", PASSWORD).postForEntity(url, seat, Map.class);
    assertThat(own.getStatusCode().value()).isEqualTo(403);
    ResponseEntity<Map> stranger = rest.withBasicAuth("xa-an-phu.van-phong", PASSWORD).postForEntity(url, seat,
        Map.class);
    assertThat(stranger.getStatusCode().value()).isEqualTo(403);

    ResponseEntity<Map> duBi = rest.withBasicAuth("dbcs-bao-tinh.van-phong", PASSWORD).postForEntity(url,
        Map.of("recordNumber", "CA-0002", "role", "UY_VIEN", "from", "2026-02-02", "basis", "Quyết định 32"),
        Map.class);
    assertThat(duBi.getStatusCode().value()).isEqualTo(422);
    assertThat((String) duBi.getBody().get("message"))
        .contains("Vũ Văn Dự Bị (số lý lịch CA-0002) là đảng viên dự bị ngày 02/02/2026")
        .contains("không được bầu, chỉ định vào cấp ủy");

    ResponseEntity<Map> made = rest.withBasicAuth("dbcs-bao-tinh.van-phong", PASSWORD).postForEntity(url, seat,
        Map.class);
    assertThat(made.getStatusCode().value()).isEqualTo(201);
    long id = ((Number) ((Map<?, ?>) made.getBody().get("seat")).get("id")).longValue();

    ResponseEntity<Map> read = rest.withBasicAuth("cb-tri-su.chi-uy", PASSWORD)
        .getForEntity(url + "?date=2026-02-02", Map.class);
    assertThat(read.getStatusCode().value()).isEqualTo(200);
    assertThat((List<Map<String, Object>>) read.getBody().get("seats"))
        .anyMatch(s -> "CA-0001".equals(s.get("recordNumber")) && "Phó bí thư".equals(s.get("roleLabel")));
    ResponseEntity<Map> ended = rest.withBasicAuth("dbcs-bao-tinh.van-phong", PASSWORD).postForEntity(
        url + "/" + id + "/end", Map.of("until", "2026-03-01", "reason", "Chuyển công tác"), Map.class);
    assertThat(ended.getStatusCode().value()).isEqualTo(200);
    ResponseEntity<Map> after = rest.withBasicAuth("cb-tri-su.chi-uy", PASSWORD)
        .getForEntity(url + "?date=2026-03-01", Map.class);
    assertThat((List<Map<String, Object>>) after.getBody().get("seats"))
        .noneMatch(s -> "CA-0001".equals(s.get("recordNumber")));
    ResponseEntity<List> history = rest.withBasicAuth("dbcs-bao-tinh.van-phong", PASSWORD)
        .getForEntity(url + "/history", List.class);
    assertThat((List<Map<String, Object>>) history.getBody())
        .anyMatch(s -> "CA-0001".equals(s.get("recordNumber")) && "Chuyển công tác".equals(s.get("endReason")));
    assertThat(rest.withBasicAuth("xa-an-phu.van-phong", PASSWORD).getForEntity(url + "/history", String.class)
        .getStatusCode().value()).isEqualTo(403);
  }
}
