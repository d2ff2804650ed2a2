package vn.nq21.workflow.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Logs into a webapp as its login page does (fetch the app for the CSRF cookie, post the credentials) and
 * gives the headers that carry the session and the CSRF token on the webapps' own API, as the browser sends
 * them.
 */
public final class WebappSession {

  private WebappSession() {}

  /** Logs in as the login page does; the answer's status tells whether the user may use the app. */
  public static ResponseEntity<String> postLogin(TestRestTemplate rest, String user, String password, String app) {
    return postLogin(rest, user, password, app, pageCookies(rest, app));
  }

  private static List<String> pageCookies(TestRestTemplate rest, String app) {
    return rest.getForEntity("/camunda/app/" + app + "/default/", String.class).getHeaders()
        .get(HttpHeaders.SET_COOKIE);
  }

  private static ResponseEntity<String> postLogin(TestRestTemplate rest, String user, String password, String app,
      List<String> cookies) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    headers.add("X-XSRF-TOKEN", xsrf(cookies));
    headers.add(HttpHeaders.COOKIE, String.join("; ", cookies.stream().map(c -> c.split(";")[0]).toList()));
    MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    form.add("username", user);
    form.add("password", password);
    return rest.exchange("/camunda/api/admin/auth/user/default/login/" + app, HttpMethod.POST,
        new HttpEntity<>(form, headers), String.class);
  }

  private static String xsrf(List<String> cookies) {
    return cookies.stream().filter(c -> c.startsWith("XSRF-TOKEN=")).findFirst().orElseThrow()
        .split(";")[0].substring("XSRF-TOKEN=".length());
  }

  public static HttpHeaders login(TestRestTemplate rest, String user, String password, String app) {
    List<String> cookies = pageCookies(rest, app);
    String xsrf = xsrf(cookies);
    ResponseEntity<String> login = postLogin(rest, user, password, app, cookies);
    assertThat(login.getStatusCode().value()).as("login of %s to %s", user, app).isEqualTo(200);
    List<String> all = new ArrayList<>(cookies.stream().map(c -> c.split(";")[0]).toList());
    List<String> after = login.getHeaders().get(HttpHeaders.SET_COOKIE);
    if (after != null) {
      after.stream().map(c -> c.split(";")[0]).forEach(c -> {
        all.removeIf(old -> old.split("=")[0].equals(c.split("=")[0]));
        all.add(c);
      });
    }
    // the login starts a new session, which gets its CSRF token with its first request, as in the browser
    HttpHeaders cookieOnly = new HttpHeaders();
    cookieOnly.add(HttpHeaders.COOKIE, String.join("; ", all));
    ResponseEntity<String> next = rest.exchange("/camunda/app/" + app + "/default/", HttpMethod.GET,
        new HttpEntity<>(cookieOnly), String.class);
    List<String> renewed = next.getHeaders().get(HttpHeaders.SET_COOKIE);
    if (renewed != null) {
      renewed.stream().map(c -> c.split(";")[0]).forEach(c -> {
        all.removeIf(old -> old.split("=")[0].equals(c.split("=")[0]));
        all.add(c);
      });
    }
    String token = all.stream().filter(c -> c.startsWith("XSRF-TOKEN=")).findFirst()
        .map(c -> c.substring("XSRF-TOKEN=".length())).orElse(xsrf);
    HttpHeaders session = new HttpHeaders();
    session.add(HttpHeaders.COOKIE, String.join("; ", all));
    session.add("X-XSRF-TOKEN", token);
    session.setAccept(List.of(MediaType.APPLICATION_JSON));
    session.setContentType(MediaType.APPLICATION_JSON);
    return session;
  }
}
