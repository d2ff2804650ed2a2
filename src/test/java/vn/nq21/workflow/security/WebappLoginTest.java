package vn.nq21.workflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import vn.nq21.workflow.support.ApplicationTest;

/** Which demo account may log into which webapp: clerks Tasklist, supervisors also Cockpit, admins all. */
@ApplicationTest
class WebappLoginTest {

  @Autowired TestRestTemplate rest;

  @Test
  void clerkLogsIntoTasklistOnly() {
    assertThat(login("cb-thon-dong.chi-uy", "tasklist")).isEqualTo(200);
    assertThat(login("cb-thon-dong.chi-uy", "cockpit")).isEqualTo(403);
    assertThat(login("cb-thon-dong.chi-uy", "admin")).isEqualTo(403);
  }

  @Test
  void supervisorLogsIntoTasklistAndCockpit() {
    assertThat(login("xa-an-phu.giam-sat", "tasklist")).isEqualTo(200);
    assertThat(login("xa-an-phu.giam-sat", "cockpit")).isEqualTo(200);
    assertThat(login("xa-an-phu.giam-sat", "admin")).isEqualTo(403);
  }

  @Test
  void adminLogsIntoEveryWebapp() {
    assertThat(login("admin", "tasklist")).isEqualTo(200);
    assertThat(login("admin", "cockpit")).isEqualTo(200);
    assertThat(login("admin", "admin")).isEqualTo(200);
  }

  /** What the login page does: fetch the app for its CSRF cookie, then post the credentials. */
  private int login(String user, String app) {
    ResponseEntity<String> page = rest.getForEntity("/camunda/app/" + app + "/default/", String.class);
    List<String> cookies = page.getHeaders().get(HttpHeaders.SET_COOKIE);
    String xsrf = cookies.stream().filter(c -> c.startsWith("XSRF-TOKEN=")).findFirst().orElseThrow()
        .split(";")[0].substring("XSRF-TOKEN=".length());
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    headers.add("X-XSRF-TOKEN", xsrf);
    headers.add(HttpHeaders.COOKIE, String.join("; ", cookies.stream().map(c -> c.split(";")[0]).toList()));
    MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    form.add("username", user);
    form.add("password", "Demo@2026");
    return rest.exchange("/camunda/api/admin/auth/user/default/login/" + app, HttpMethod.POST,
        new HttpEntity<>(form, headers), String.class).getStatusCode().value();
  }
}
