package vn.nq21.workflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import vn.nq21.workflow.support.ApplicationTest;
import vn.nq21.workflow.support.WebappSession;

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

  private int login(String user, String app) {
    return WebappSession.postLogin(rest, user, "Demo@2026", app).getStatusCode().value();
  }
}
