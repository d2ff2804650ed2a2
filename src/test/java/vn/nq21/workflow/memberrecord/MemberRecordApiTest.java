package vn.nq21.workflow.memberrecord;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import vn.nq21.workflow.registry.MemberRegistry;
import vn.nq21.workflow.support.ApplicationTest;
import vn.nq21.workflow.support.WebappSession;

/**
 * The member page's API: a clerk finds the people of their chi bộ and reads their record; another organisation's
 * member is neither found nor shown; the webapps' session is enough to read, never to write.
 */
@ApplicationTest
class MemberRecordApiTest {

  static final String PASSWORD = "Demo@2026";

  @Autowired TestRestTemplate rest;
  @Autowired MemberRegistry registry;
  @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

  @Test
  void aClerkFindsAndReadsTheirMembersOnlyByNameNumberOrCard() {
    long own = registry.findByRecordNumber("DEMO-0001").orElseThrow().id();
    String ownOrg = registry.require(own).organizationCode();
    long other = registry.findByRecordNumber("DEMO-0018").orElseThrow().id(); // chi bộ thôn Tây
    String clerk = ownOrg + ".chi-uy";
    assertThat(ownOrg).isNotEqualTo("cb-thon-tay");

    List<Map<String, Object>> byNumber = rest.withBasicAuth(clerk, PASSWORD).exchange("/api/members?q=DEMO-0001",
        HttpMethod.GET, null, new org.springframework.core.ParameterizedTypeReference<List<Map<String, Object>>>() {})
        .getBody();
    assertThat(byNumber).extracting(m -> ((Number) m.get("id")).longValue()).containsExactly(own);
    String name = registry.require(own).fullName();
    assertThat(rest.withBasicAuth(clerk, PASSWORD).getForObject("/api/members?q=" + name.substring(name.lastIndexOf(' ') + 1)
        .toLowerCase(), List.class)).isNotEmpty();
    assertThat(rest.withBasicAuth(clerk, PASSWORD).getForObject("/api/members?q=DEMO-0018", List.class)).isEmpty();
    // LIKE's wildcards are letters like any other; one letter finds nobody
    assertThat(rest.withBasicAuth(clerk, PASSWORD).getForObject("/api/members?q=%25%25", List.class)).isEmpty();
    assertThat(rest.withBasicAuth(clerk, PASSWORD).getForObject("/api/members?q=n", List.class)).isEmpty();

    ResponseEntity<Map> record = rest.withBasicAuth(clerk, PASSWORD).getForEntity("/api/members/" + own + "/record",
        Map.class);
    assertThat(record.getStatusCode().value()).isEqualTo(200);
    assertThat(record.getBody()).containsKeys("statusLabel", "overlays", "organizations", "history", "cases");
    assertThat((List<?>) record.getBody().get("organizations")).isNotEmpty();
    assertThat(rest.withBasicAuth(clerk, PASSWORD).getForEntity("/api/members/" + other + "/record", String.class)
        .getStatusCode().value()).isEqualTo(404);
    // the removal of DEMO-0018 is shown with its reason code to those who may see it
    Map<?, ?> removed = rest.withBasicAuth("cb-thon-tay.chi-uy", PASSWORD).getForObject("/api/members/" + other
        + "/record", Map.class);
    assertThat((List<Map<String, Object>>) removed.get("history")).anySatisfy(h ->
        assertThat(h.get("reasonCode")).isEqualTo("BO_SINH_HOAT"));
  }

  @Test
  void theRecordListsTheRunningCasesTheClerkWorksOn() {
    // the clerk of chi bộ thôn Đông opens an admission case, as Tasklist's start form does
    Map<String, Object> variables = Map.of("candidateName", Map.of("value", "Trịnh Thị Hồ Sơ"),
        "candidateBirthDate", Map.of("value", "2001-04-10"), "candidateGender", Map.of("value", "NU"),
        "candidateIdentityNumber", Map.of("value", "001301099887"));
    ResponseEntity<Map> started = rest.withBasicAuth("cb-thon-dong.chi-uy", PASSWORD).postForEntity(
        "/engine-rest/process-definition/key/ket-nap-dang-vien/submit-form", Map.of("variables", variables), Map.class);
    assertThat(started.getStatusCode().value()).as("%s", started.getBody()).isEqualTo(200);
    Map<String, Object> bound = jdbc.sql("select member_id, case_id from nq21_case_subject where case_id = ?")
        .param(started.getBody().get("id")).query().listOfRows().get(0);
    Map<?, ?> record = rest.withBasicAuth("cb-thon-dong.chi-uy", PASSWORD).getForObject("/api/members/"
        + bound.get("member_id") + "/record", Map.class);
    assertThat((List<Map<String, Object>>) record.get("cases")).anySatisfy(c -> {
      assertThat(c.get("id")).isEqualTo(bound.get("case_id"));
      assertThat(c.get("state")).isEqualTo("Đang giải quyết");
      // the step the clerk works on next, to open in Tasklist
      assertThat((List<Map<String, Object>>) c.get("openTasks")).anySatisfy(t -> {
        assertThat(t.get("name")).isEqualTo("Ghi nhận giấy chứng nhận lớp nhận thức về Đảng");
        assertThat(t.get("id")).isNotNull();
      });
    });
    // the clerk finds the person by CCCD too
    assertThat(rest.withBasicAuth("cb-thon-dong.chi-uy", PASSWORD).getForObject("/api/members?q=001301099887",
        List.class)).extracting(m -> ((Map<?, ?>) m).get("fullName")).containsExactly("Trịnh Thị Hồ Sơ");
    // a supervisor reads the case, but works no step of it
    Map<?, ?> supervised = rest.withBasicAuth("xa-an-phu.giam-sat", PASSWORD).getForObject("/api/members/"
        + bound.get("member_id") + "/record", Map.class);
    assertThat((List<Map<String, Object>>) supervised.get("cases")).anySatisfy(c -> {
      assertThat(c.get("id")).isEqualTo(bound.get("case_id"));
      assertThat((List<?>) c.get("openTasks")).isEmpty();
    });
    // another chi bộ's clerk does not even get the record
    assertThat(rest.withBasicAuth("cb-thon-tay.chi-uy", PASSWORD).getForEntity("/api/members/"
        + bound.get("member_id") + "/record", String.class).getStatusCode().value()).isEqualTo(404);
  }

  @Test
  void theWebappSessionReadsAndWritesOnlyWithItsCsrfToken() {
    HttpHeaders session = WebappSession.login(rest, "cb-thon-tay.chi-uy", PASSWORD, "tasklist");
    HttpHeaders cookieOnly = new HttpHeaders();
    cookieOnly.put(HttpHeaders.COOKIE, session.get(HttpHeaders.COOKIE));
    ResponseEntity<List> found = rest.exchange("/api/members?q=DEMO-0018", HttpMethod.GET, new HttpEntity<>(cookieOnly),
        List.class);
    assertThat(found.getStatusCode().value()).isEqualTo(200);
    assertThat(found.getBody()).hasSize(1);
    // a write with the session cookie alone (what another site could make the browser send) is not authenticated
    HttpHeaders json = new HttpHeaders(cookieOnly);
    json.setContentType(org.springframework.http.MediaType.APPLICATION_JSON);
    assertThat(rest.exchange("/api/organizations/cb-thon-tay/ledgers/dang-phi", HttpMethod.POST,
        new HttpEntity<>("[]", json), String.class).getStatusCode().value()).isEqualTo(401);
    // with a wrong CSRF token it is not either; with the session's own token (what the webapps' pages send) it is the
    // user's write, refused or accepted as the user's (here: an empty book is not a book)
    json.set("X-XSRF-TOKEN", "0000");
    assertThat(rest.exchange("/api/organizations/cb-thon-tay/ledgers/dang-phi", HttpMethod.POST,
        new HttpEntity<>("[]", json), String.class).getStatusCode().value()).isEqualTo(401);
    ResponseEntity<String> withToken = rest.exchange("/api/organizations/cb-thon-tay/ledgers/dang-phi",
        HttpMethod.POST, new HttpEntity<>("[]", session), String.class);
    assertThat(withToken.getStatusCode().value()).as(withToken.getBody()).isNotIn(401, 403, 500);
    // and no session, no read; the refusal asks no browser for a password
    ResponseEntity<String> anonymous = rest.getForEntity("/api/members?q=DEMO-0018", String.class);
    assertThat(anonymous.getStatusCode().value()).isEqualTo(401);
    assertThat(anonymous.getHeaders().get(HttpHeaders.WWW_AUTHENTICATE)).isNull();
    // a write a browser sends from another site is refused even with the right password
    HttpHeaders foreign = new HttpHeaders();
    foreign.setContentType(org.springframework.http.MediaType.APPLICATION_JSON);
    foreign.set("Origin", "https://trang-khac.example");
    assertThat(rest.withBasicAuth("cb-thon-tay.chi-uy", PASSWORD).exchange("/api/organizations/cb-thon-tay/ledgers/dang-phi",
        HttpMethod.POST, new HttpEntity<>("[]", foreign), String.class).getStatusCode().value()).isEqualTo(403);
  }
}
