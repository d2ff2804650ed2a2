package vn.nq21.workflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.nq21.workflow.support.ApplicationTest;
import vn.nq21.workflow.support.WebappSession;

/**
 * A supervisor's Cockpit counts only the cases the supervisor can list: the processes list and dashboard
 * (Cockpit's plugin statistics) and the REST API's process-definition statistics agree with the process
 * instances the supervisor may read, while an admin still sees them all.
 */
@ApplicationTest
class VisibleStatisticsTest {

  static final String PASSWORD = "Demo@2026";
  static final String KEY = "ket-nap-dang-vien";
  static final ObjectMapper JSON = new ObjectMapper();

  @Autowired TestRestTemplate rest;

  @Test
  void aSupervisorsCockpitCountsWhatTheSupervisorCanList() throws Exception {
    // a case in each of two subtrees
    open("cb-thon-dong.chi-uy", "Trịnh Văn Đếm");
    open("cb-thoi-su.chi-uy", "Trịnh Thị Đếm");
    long all = count("admin");
    for (String supervisor : List.of("xa-an-phu.giam-sat", "dbk-cq-dang.giam-sat", "cb-thon-dong.giam-sat")) {
      long visible = count(supervisor);
      assertThat(visible).as(supervisor).isLessThan(all);
      HttpHeaders session = cockpitSession(supervisor);
      ResponseEntity<String> cockpit = rest.exchange("/camunda/api/cockpit/plugin/base/default/process-definition/"
          + "statistics", HttpMethod.GET, new HttpEntity<>(session), String.class);
      assertThat(cockpit.getStatusCode().value()).as(cockpit.getBody()).isEqualTo(200);
      assertThat(instances(cockpit.getBody())).as("Cockpit, " + supervisor).isEqualTo(visible);

      ResponseEntity<String> engineRest = rest.withBasicAuth(supervisor, PASSWORD)
          .getForEntity("/engine-rest/process-definition/statistics", String.class);
      assertThat(instances(engineRest.getBody())).as("REST, " + supervisor).isEqualTo(visible);
    }
    ResponseEntity<String> admin = rest.exchange("/camunda/api/cockpit/plugin/base/default/process-definition/"
        + "statistics", HttpMethod.GET, new HttpEntity<>(cockpitSession("admin")), String.class);
    assertThat(instances(admin.getBody())).isEqualTo(all);
  }

  private void open(String clerk, String name) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    ResponseEntity<String> opened = rest.withBasicAuth(clerk, PASSWORD).exchange("/engine-rest/process-definition/key/"
        + KEY + "/submit-form", HttpMethod.POST, new HttpEntity<>("{\"variables\": {\"candidateName\": {\"value\": \""
        + name + "\"}, \"candidateBirthDate\": {\"value\": \"2000-05-10\"}, \"candidateGender\": {\"value\":"
        + " \"NU\"}}}", headers), String.class);
    assertThat(opened.getStatusCode().value()).as(opened.getBody()).isEqualTo(200);
  }

  private long count(String user) throws Exception {
    return JSON.readTree(rest.withBasicAuth(user, PASSWORD).getForEntity("/engine-rest/process-instance/count"
        + "?processDefinitionKey=" + KEY, String.class).getBody()).path("count").asLong();
  }

  /** The running instances of the admission procedure in a statistics answer (either API's shape). */
  private static long instances(String body) throws Exception {
    long sum = 0;
    for (JsonNode row : JSON.readTree(body)) {
      String key = row.has("definition") ? row.path("definition").path("key").asText() : row.path("key").asText();
      if (KEY.equals(key)) {
        sum += row.path("instances").asLong();
      }
    }
    return sum;
  }

  private HttpHeaders cockpitSession(String user) {
    return WebappSession.login(rest, user, PASSWORD, "cockpit");
  }
}
