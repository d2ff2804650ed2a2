package vn.nq21.workflow.memberrecord;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import vn.nq21.workflow.registry.CustodyEvent;
import vn.nq21.workflow.registry.DossierCustody;
import vn.nq21.workflow.registry.DossierHolder;
import vn.nq21.workflow.registry.Member;
import vn.nq21.workflow.registry.MemberHolds;
import vn.nq21.workflow.registry.MemberRegistry;
import vn.nq21.workflow.registry.MemberStatus;
import vn.nq21.workflow.registry.NewPerson;
import vn.nq21.workflow.support.ApplicationTest;

/**
 * Holds and the hồ sơ's whereabouts over {@code /api}: who may record a hold, who may ask where a hồ sơ is, and the
 * question "in transit longer than N working days" answered for the asker's subtree only.
 */
@ApplicationTest
class DossierApiTest {

  static final String PASSWORD = "Demo@2026";

  @Autowired TestRestTemplate rest;
  @Autowired MemberRegistry registry;
  @Autowired MemberHolds holds;
  @Autowired DossierCustody custody;
  @Autowired vn.nq21.workflow.calendar.WorkingDayCalendar workingDays;

  private Member person(String record, String name, String org) {
    return registry.findByRecordNumber(record).orElseGet(() -> registry.register(new NewPerson(record, name, "NAM",
        LocalDate.of(1975, 1, 1), null, org, MemberStatus.CHINH_THUC, LocalDate.of(2026, 1, 1)), null));
  }

  @Test
  void theInspectionBodyOrTheOfficeOfTheTccsdRecordsAHoldAndNobodyBelow() {
    Member m = person("DA-0001", "Vũ Văn Kiểm Tra", "cb-tri-su");
    Map<String, Object> hold = Map.of("kind", "KIEM_TRA", "from", "2026-03-02", "reason", "Quyết định 7-QĐ/UBKT");
    // the chi ủy of a chi bộ trực thuộc sees the member but does not record inspections
    ResponseEntity<Map> chiUy = rest.withBasicAuth("cb-tri-su.chi-uy", PASSWORD)
        .postForEntity("/api/members/" + m.id() + "/holds", hold, Map.class);
    assertThat(chiUy.getStatusCode().value()).isEqualTo(403);
    // another đảng bộ does not even see the member
    ResponseEntity<Map> stranger = rest.withBasicAuth("xa-an-phu.giam-sat", PASSWORD)
        .postForEntity("/api/members/" + m.id() + "/holds", hold, Map.class);
    assertThat(stranger.getStatusCode().value()).isEqualTo(404);
    ResponseEntity<Map> bad = rest.withBasicAuth("dbcs-bao-tinh.giam-sat", PASSWORD)
        .postForEntity("/api/members/" + m.id() + "/holds", Map.of("kind", "KIEM_TRA", "from", "2026-03-02"),
            Map.class);
    assertThat(bad.getStatusCode().value()).isEqualTo(422);
    assertThat((String) bad.getBody().get("message")).contains("Cần ghi căn cứ");

    ResponseEntity<Map> made = rest.withBasicAuth("dbcs-bao-tinh.giam-sat", PASSWORD)
        .postForEntity("/api/members/" + m.id() + "/holds", hold, Map.class);
    assertThat(made.getStatusCode().value()).isEqualTo(201);
    assertThat(holds.on(m.id(), LocalDate.of(2026, 3, 2))).hasSize(1);
    long id = ((Number) made.getBody().get("id")).longValue();
    ResponseEntity<Map> ended = rest.withBasicAuth("dbcs-bao-tinh.van-phong", PASSWORD).postForEntity(
        "/api/members/" + m.id() + "/holds/" + id + "/end", Map.of("until", "2026-04-01", "reason",
            "Kết luận: không vi phạm"), Map.class);
    assertThat(ended.getStatusCode().value()).isEqualTo(200);
    assertThat(holds.on(m.id(), LocalDate.of(2026, 4, 1))).isEmpty();
    ResponseEntity<List> listed = rest.withBasicAuth("cb-tri-su.chi-uy", PASSWORD)
        .getForEntity("/api/members/" + m.id() + "/holds", List.class);
    assertThat(listed.getBody()).hasSize(1);
  }

  @Test
  void whereAHoSoIsIsAnsweredToBothSidesAndTransitBySubtree() {
    Member m = person("DA-0002", "Vũ Văn Mang Hồ Sơ", "cb-thon-dong");
    if (custody.history(m.id()).isEmpty()) {
      custody.handOver(m.id(), new CustodyEvent.Handover(DossierHolder.MEMBER, null, null, "dbcs-bao-tinh", true,
          List.of("PHIEU_DANG_VIEN"), LocalDate.of(2026, 3, 2), "Giấy giới thiệu số 5"), null);
    }
    ResponseEntity<Map> sender = rest.withBasicAuth("xa-an-phu.van-phong", PASSWORD)
        .getForEntity("/api/members/" + m.id() + "/dossier", Map.class);
    assertThat(sender.getStatusCode().value()).isEqualTo(200);
    Map<String, Object> current = (Map<String, Object>) sender.getBody().get("current");
    assertThat(current).containsEntry("holder", "MEMBER").containsEntry("sealed", true);
    assertThat((String) current.get("goingTo")).isNotBlank();
    // a member whose hồ sơ never moved: at the cấp ủy cơ sở
    Member still = person("DA-0003", "Vũ Văn Ở Yên", "cb-tri-su");
    Map<String, Object> home = (Map<String, Object>) rest.withBasicAuth("cb-tri-su.chi-uy", PASSWORD)
        .getForEntity("/api/members/" + still.id() + "/dossier", Map.class).getBody().get("current");
    assertThat(home).containsEntry("holder", "ORG").containsEntry("where", "Đảng bộ Báo Demo");
    ResponseEntity<Map> receiver = rest.withBasicAuth("dbcs-bao-tinh.van-phong", PASSWORD)
        .getForEntity("/api/members/" + m.id() + "/dossier", Map.class);
    assertThat(receiver.getStatusCode().value()).isEqualTo(200);
    ResponseEntity<Map> stranger = rest.withBasicAuth("cbcs-van-phong-tu.chi-uy", PASSWORD)
        .getForEntity("/api/members/" + m.id() + "/dossier", Map.class);
    assertThat(stranger.getStatusCode().value()).isEqualTo(404);

    ResponseEntity<List> mine = rest.withBasicAuth("xa-an-phu.van-phong", PASSWORD)
        .getForEntity("/api/dossiers/in-transit?olderThanWorkingDays=5", List.class);
    assertThat(mine.getBody()).extracting(e -> ((Map<String, Object>) e).get("memberId"))
        .contains(((Number) m.id()).intValue());
    // "longer than N working days": exactly N is not longer
    long n = workingDays.workingDaysBetween(LocalDate.of(2026, 3, 2), workingDays.today());
    assertThat(rest.withBasicAuth("xa-an-phu.van-phong", PASSWORD).getForEntity(
        "/api/dossiers/in-transit?olderThanWorkingDays=" + n, List.class).getBody())
        .extracting(e -> ((Map<String, Object>) e).get("memberId")).doesNotContain(((Number) m.id()).intValue());
    assertThat(rest.withBasicAuth("xa-an-phu.van-phong", PASSWORD).getForEntity(
        "/api/dossiers/in-transit?olderThanWorkingDays=" + (n - 1), List.class).getBody())
        .extracting(e -> ((Map<String, Object>) e).get("memberId")).contains(((Number) m.id()).intValue());
    ResponseEntity<List> theirs = rest.withBasicAuth("dbk-cq-dang.giam-sat", PASSWORD)
        .getForEntity("/api/dossiers/in-transit", List.class);
    assertThat(theirs.getBody()).extracting(e -> ((Map<String, Object>) e).get("memberId"))
        .contains(((Number) m.id()).intValue());
    ResponseEntity<List> other = rest.withBasicAuth("cbcs-van-phong-tu.chi-uy", PASSWORD)
        .getForEntity("/api/dossiers/in-transit?olderThanWorkingDays=0", List.class);
    assertThat(other.getBody()).extracting(e -> ((Map<String, Object>) e).get("memberId"))
        .doesNotContain(((Number) m.id()).intValue());
  }
}
