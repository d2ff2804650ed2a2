package vn.nq21.workflow.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.LongAdder;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;

/**
 * What open Tasklists cost the node, over HTTP as the browser asks. Tasklist 7.24 broadcasts a refresh every 10
 * s; a filter with auto-refresh on (ours are, {@code TasklistFilters}) then reloads its first page: {@code POST
 * /camunda/api/engine/engine/default/filter/{id}/list?firstResult=0&maxResults=15} with the body Tasklist builds
 * (newest first, active tasks), answered as HAL — the page, its count, and the process definitions and users it
 * names. Tasklist 7.24 loads its filter list without counts ({@code itemCount: false}), so that request is all a
 * waiting Tasklist sends. Each clerk logs in as on the login page (CSRF cookie, the form, then who-am-I, which
 * brings the logged-in session's CSRF token) and keeps its session; {@code C} client threads, each with its own
 * clerks, send refreshes back to back for a fixed time, on the same machine as the server and its PostgreSQL.
 * Settings: {@code benchmark.tasklist.clients} ("1,2,4,8") and
 * {@code benchmark.tasklist.refresh-seconds} (per client count, 10).
 */
final class TasklistRefresh {

  static final List<Integer> CLIENTS = Arrays.stream(System.getProperty("benchmark.tasklist.clients", "1,2,4,8")
      .split(",")).map(String::trim).filter(s -> !s.isEmpty()).map(Integer::valueOf).toList();
  static final double SECONDS = Double.parseDouble(System.getProperty("benchmark.tasklist.refresh-seconds", "10"));
  static final int PAGE = 15;
  private static final String PASSWORD = "Benchmark@2026";
  /** The body Tasklist 7.24 posts for a filter's first page (its search query, sorting and the active flag). */
  private static final String BODY = "{\"processVariables\":[],\"taskVariables\":[],\"caseInstanceVariables\":[],"
      + "\"firstResult\":0,\"maxResults\":15,\"sorting\":[{\"sortOrder\":\"desc\",\"sortBy\":\"created\"}],"
      + "\"active\":true}";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final String base;
  private final String filterId;
  private final List<Session> sessions = new ArrayList<>();

  private TasklistRefresh(String base, String filterId) {
    this.base = base;
    this.filterId = filterId;
  }

  /** One clerk account per measured chi bộ (created once, member of its chi ủy group), each logged in. */
  static TasklistRefresh logIn(IdentityService identity, int port, String filterId, List<String> chiBo)
      throws IOException, InterruptedException {
    TasklistRefresh refresh = new TasklistRefresh("http://localhost:" + port, filterId);
    for (String code : chiBo) {
      String userId = "tl-" + code;
      if (identity.createUserQuery().userId(userId).count() == 0) {
        User user = identity.newUser(userId);
        user.setFirstName("Văn thư");
        user.setLastName(code);
        user.setPassword(PASSWORD);
        identity.saveUser(user);
        identity.createMembership(userId, code + ".chi-uy");
      }
      refresh.sessions.add(refresh.login(userId));
    }
    return refresh;
  }

  /** A clerk's browser: its cookies (session and CSRF token). */
  private record Session(String user, HttpClient http, CookieManager cookies) {

    String xsrfToken() {
      return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
          .map(HttpCookie::getValue).reduce((first, last) -> last).orElseThrow();
    }
  }

  private Session login(String user) throws IOException, InterruptedException {
    CookieManager cookies = new CookieManager();
    Session session = new Session(user, HttpClient.newBuilder().cookieHandler(cookies).build(), cookies);
    send(session, HttpRequest.newBuilder(URI.create(base + "/camunda/app/tasklist/default/")).GET().build());
    String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
        + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8);
    send(session, HttpRequest.newBuilder(URI.create(base + "/camunda/api/admin/auth/user/default/login/tasklist"))
        .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", session.xsrfToken())
        .POST(HttpRequest.BodyPublishers.ofString(form)).build());
    // as Tasklist after logging in: who am I (the session's CSRF token comes with this answer)
    send(session, HttpRequest.newBuilder(URI.create(base + "/camunda/api/admin/auth/user/default"))
        .header("Accept", "application/json").GET().build());
    return session;
  }

  private static String send(Session session, HttpRequest request) throws IOException, InterruptedException {
    HttpResponse<String> response = session.http().send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException(session.user() + ": " + request.method() + " " + request.uri() + " -> "
          + response.statusCode() + " " + response.body());
    }
    return response.body();
  }

  /** One refresh: the page and its count, as Tasklist receives them. */
  private JsonNode refresh(Session session) throws IOException, InterruptedException {
    return JSON.readTree(send(session, HttpRequest.newBuilder(URI.create(base
            + "/camunda/api/engine/engine/default/filter/" + filterId + "/list?firstResult=0&maxResults=" + PAGE))
        .header("Accept", "application/hal+json").header("Content-Type", "application/json")
        .header("X-XSRF-TOKEN", session.xsrfToken()).POST(HttpRequest.BodyPublishers.ofString(BODY)).build()));
  }

  /** For each client count: refreshes back to back for {@link #SECONDS}, after a warm-up round of every clerk. */
  List<Row> measure(int openTasks) throws Exception {
    for (Session session : sessions) {
      refresh(session);
    }
    List<Row> rows = new ArrayList<>();
    for (int clients : CLIENTS) {
      ConcurrentLinkedQueue<Long> nanos = new ConcurrentLinkedQueue<>();
      LongAdder tasks = new LongAdder();
      LongAdder counted = new LongAdder();
      long serverCpu = -serverCpuNanos();
      long started = System.nanoTime();
      long deadline = started + (long) (SECONDS * 1e9);
      AdmissionBenchmark.inThreads(clients, client -> {
        List<Session> own = new ArrayList<>();
        for (int k = client; k < sessions.size(); k += clients) { // no session is used by two clients at once
          own.add(sessions.get(k));
        }
        for (int i = 0; System.nanoTime() < deadline; i++) {
          long t0 = System.nanoTime();
          JsonNode page = refresh(own.get(i % own.size()));
          nanos.add(System.nanoTime() - t0);
          tasks.add(page.path("_embedded").path("task").size());
          counted.add(page.path("count").asLong());
        }
      });
      double seconds = (System.nanoTime() - started) / 1e9;
      serverCpu += serverCpuNanos();
      long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
      Row row = new Row(openTasks, clients, sorted.length, seconds, AdmissionBenchmark.percentile(sorted, 50),
          AdmissionBenchmark.percentile(sorted, 95), (double) tasks.sum() / sorted.length,
          (double) counted.sum() / sorted.length, serverCpu / 1e6 / sorted.length);
      System.out.println(row.line());
      rows.add(row);
    }
    return rows;
  }

  /**
   * CPU time of the web server's request threads (Tomcat's {@code http-nio-*}: the webapp filters, the REST
   * resource, the engine), not of the clients or of PostgreSQL, which share the two cores.
   */
  private static long serverCpuNanos() {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long sum = 0;
    for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
      if (info != null && info.getThreadName().startsWith("http-nio-")) {
        sum += Math.max(0, threads.getThreadCpuTime(info.getThreadId()));
      }
    }
    return sum;
  }

  record Row(int openTasks, int clients, int requests, double seconds, double p50, double p95, double tasksPerPage,
      double countPerPage, double serverCpuMs) {

    double perSecond() {
      return requests / seconds;
    }

    String line() {
      return String.format(Locale.ROOT, "%,d open tasks, %d client(s): %.1f Tasklist refreshes/s, p50 %.1f ms,"
          + " p95 %.1f ms, web server CPU %.1f ms each (%d refreshes, %.1f tasks on the page, count %.1f)", openTasks,
          clients, perSecond(), p50, p95, serverCpuMs, requests, tasksPerPage, countPerPage);
    }
  }

  static String table(List<Row> rows) {
    StringBuilder md = new StringBuilder("| Open tasks | Clients | Refreshes/s | p50 ms | p95 ms |"
        + " Web server CPU ms per refresh | Tasks on the page | Count |\n|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (Row r : rows) {
      md.append(String.format(Locale.ROOT, "| %,d | %d | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f |%n", r.openTasks(),
          r.clients(), r.perSecond(), r.p50(), r.p95(), r.serverCpuMs(), r.tasksPerPage(), r.countPerPage()));
    }
    return md.toString();
  }

  static String csv(List<Row> rows) {
    StringBuilder csv = new StringBuilder("open_tasks,clients,requests,seconds,per_second,p50_ms,p95_ms,"
        + "server_cpu_ms,tasks_per_page,count\n");
    for (Row r : rows) {
      csv.append(String.format(Locale.ROOT, "%d,%d,%d,%.3f,%.2f,%.3f,%.3f,%.3f,%.1f,%.1f%n", r.openTasks(),
          r.clients(), r.requests(), r.seconds(), r.perSecond(), r.p50(), r.p95(), r.serverCpuMs(), r.tasksPerPage(),
          r.countPerPage()));
    }
    return csv.toString();
  }
}
