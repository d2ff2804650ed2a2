package vn.nq21.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import vn.nq21.workflow.support.ApplicationProcess;
import vn.nq21.workflow.support.EmbeddedPostgresSupport;
import vn.nq21.workflow.support.SeparateJvm;
import vn.nq21.workflow.support.TestNames;

/**
 * Nothing the server has acknowledged is lost when the application process is killed (kill -9, as a power
 * cut or a killed process on an office PC): on the embedded H2 default and on PostgreSQL. The application
 * runs as a child process; four clients open admission cases and complete their first task over REST as
 * fast as the server answers; the process is killed while requests are in flight, three times, restarting
 * on the same database each time. After each restart every acknowledged case and completion is there
 * exactly once, and the registry agrees (the candidate is there once, at the status the acknowledged steps
 * gave).
 */
@SeparateJvm
class CrashDurabilityTest {

  static final ObjectMapper JSON = new ObjectMapper();
  static final Path LOGS = Path.of("target", "crash-test");
  static final String CLERK = "cb-thon-dong.chi-uy";
  /** The test's candidates, apart from the demo's people. */
  static final String PREFIX = "Kiểm Tra Sập ";
  static final int ROUNDS = 3;
  static final int CLIENTS = 4;
  /** Kill once this many cases are acknowledged in the round (and requests are in flight). */
  static final int STARTS_BEFORE_KILL = 25;

  final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  final AtomicInteger names = new AtomicInteger();
  /** Cases the clerk had before the test's (the demo's). */
  long baseline;

  @Test
  void h2LosesNothingAcknowledged() throws Exception {
    Path dir = Files.createTempDirectory("nq21-crash-h2");
    run("h2", List.of("--spring.profiles.active=demo", "--nq21.data-dir=" + dir), Map.of(),
        new Account("admin", "Demo@2026"), new Account(CLERK, "Demo@2026"), false);
  }

  @Test
  void postgresLosesNothingAcknowledged() throws Exception {
    String url = EmbeddedPostgresSupport.createDatabase("nq21_crash");
    Map<String, String> env = Map.of("SPRING_PROFILES_ACTIVE", "postgres", "NQ21_DB_URL", url,
        "NQ21_DB_USER", EmbeddedPostgresSupport.username(), "NQ21_DB_PASSWORD", EmbeddedPostgresSupport.password(),
        "NQ21_ADMIN_ID", "quantri", "NQ21_ADMIN_PASSWORD", "Mat-khau-thu-nghiem-2026",
        "NQ21_ORGANIZATIONS_FILE", "classpath:demo/organizations.yaml");
    run("postgres", List.of(), env, new Account("quantri", "Mat-khau-thu-nghiem-2026"),
        new Account(CLERK, "Mat-khau-Thu-2026"), true);
  }

  record Account(String id, String password) {
    String basic() {
      return "Basic " + Base64.getEncoder().encodeToString((id + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
  }

  /** A case the server acknowledged (200), and whether its first task's completion was acknowledged (204). */
  static final class Acknowledged {
    final String caseId;
    final String name;
    volatile String completedTaskId;

    Acknowledged(String caseId, String name) {
      this.caseId = caseId;
      this.name = name;
    }
  }

  private void run(String variant, List<String> args, Map<String, String> env, Account admin, Account clerk,
      boolean createClerk) throws Exception {
    Files.createDirectories(LOGS);
    List<Acknowledged> acknowledged = Collections.synchronizedList(new ArrayList<>());
    int port = ApplicationProcess.freePort();
    Process app = start(variant, 0, port, args, env);
    try {
      if (createClerk) {
        createClerk(port, admin, clerk);
      }
      baseline = casesByClerk(port, admin);
      for (int round = 1; round <= ROUNDS; round++) {
        int inFlightAtKill = load(port, clerk, acknowledged, app);
        System.out.printf("[crash %s] round %d: killed with %d writes in flight, %d cases acknowledged so far%n",
            variant, round, inFlightAtKill, acknowledged.size());
        assertThat(inFlightAtKill).as("writes in flight at the kill").isPositive();
        app = start(variant, round, port, args, env);
        verify(port, admin, acknowledged, variant + " after kill " + round);
      }
    } finally {
      app.destroy(); // a failed round leaves no application running
      if (!app.waitFor(60, TimeUnit.SECONDS)) {
        app.destroyForcibly();
      }
    }
  }

  /**
   * Clients send requests until enough are acknowledged; then the process is killed while a write (a start
   * or a completion) is in flight and right after an acknowledgement: the moment a delayed write would lose.
   */
  private int load(int port, Account clerk, List<Acknowledged> acknowledged, Process app) throws Exception {
    AtomicBoolean stop = new AtomicBoolean();
    AtomicInteger writesInFlight = new AtomicInteger();
    AtomicInteger startsThisRound = new AtomicInteger();
    AtomicInteger completionsThisRound = new AtomicInteger();
    java.util.concurrent.atomic.AtomicLong lastAck = new java.util.concurrent.atomic.AtomicLong();
    List<String> unexpected = Collections.synchronizedList(new ArrayList<>());
    ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    for (int i = 0; i < CLIENTS; i++) {
      clients.submit(() -> {
        while (!stop.get()) {
          try {
            String name = PREFIX + TestNames.letters(names.incrementAndGet());
            HttpResponse<String> started = write(writesInFlight, () -> post(port, clerk,
                "/engine-rest/process-definition/key/ket-nap-dang-vien/submit-form", "{\"variables\": {"
                    + "\"candidateName\": {\"value\": \"" + name + "\"}, \"candidateBirthDate\": {\"value\":"
                    + " \"2000-05-10\"}, \"candidateGender\": {\"value\": \"NAM\"}}}"));
            if (started.statusCode() != 200) {
              unexpected.add("start " + started.statusCode() + " " + started.body());
              continue;
            }
            Acknowledged ack = new Acknowledged(JSON.readTree(started.body()).path("id").asText(), name);
            acknowledged.add(ack);
            lastAck.set(System.nanoTime());
            startsThisRound.incrementAndGet();
            JsonNode tasks = JSON.readTree(get(port, clerk, "/engine-rest/task?processInstanceId=" + ack.caseId
                + "&taskDefinitionKey=Task_ChungNhanNhanThuc").body());
            if (tasks.size() != 1) {
              unexpected.add("tasks of " + ack.caseId + ": " + tasks);
              continue;
            }
            String taskId = tasks.get(0).path("id").asText();
            HttpResponse<String> done = write(writesInFlight, () -> post(port, clerk, "/engine-rest/task/" + taskId
                + "/submit-form", "{\"variables\": {\"certificateNumber\": {\"value\": \"GCN-1\"},"
                    + " \"certificateIssueDate\": {\"value\": \"2025-08-15\"}, \"certificateIssuer\": {\"value\":"
                    + " \"Trung tâm Chính trị\"}}}"));
            if (done.statusCode() == 204) {
              ack.completedTaskId = taskId;
              lastAck.set(System.nanoTime());
              completionsThisRound.incrementAndGet();
            } else {
              unexpected.add("completion " + done.statusCode() + " " + done.body());
            }
          } catch (IOException e) {
            if (!stop.get() && app.isAlive()) {
              unexpected.add("I/O while the application ran: " + e);
            }
            if (!app.isAlive()) {
              return null;
            }
          } catch (RuntimeException e) {
            unexpected.add(e.toString());
          }
        }
        return null;
      });
    }
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
    int atKill = 0;
    long sinceAck = Long.MAX_VALUE;
    while (System.nanoTime() < deadline) {
      long now = System.nanoTime();
      if (startsThisRound.get() >= STARTS_BEFORE_KILL && completionsThisRound.get() > 0 && writesInFlight.get() > 0
          && now - lastAck.get() < TimeUnit.MILLISECONDS.toNanos(200)) {
        atKill = writesInFlight.get();
        sinceAck = now - lastAck.get();
        stop.set(true); // the clients send nothing new; what is in flight stays in flight
        app.destroyForcibly(); // SIGKILL: no shutdown hook, no graceful close of the database
        break;
      }
      Thread.sleep(1);
    }
    stop.set(true);
    app.waitFor(30, TimeUnit.SECONDS);
    clients.shutdown();
    assertThat(clients.awaitTermination(90, TimeUnit.SECONDS)).as("clients stopped").isTrue();
    assertThat(unexpected).as("answers other than 200/204 while the application ran").isEmpty();
    assertThat(completionsThisRound.get()).as("completions acknowledged in the round").isPositive();
    assertThat(sinceAck).as("killed within 200 ms of an acknowledgement (H2's old delay was 500 ms)")
        .isLessThan(TimeUnit.MILLISECONDS.toNanos(200));
    return atKill;
  }

  /** Sends a write, counted as in flight from before it is sent until its answer is read. */
  private static HttpResponse<String> write(AtomicInteger inFlight,
      java.util.concurrent.Callable<HttpResponse<String>> request) throws IOException {
    inFlight.incrementAndGet();
    try {
      return request.call();
    } catch (IOException | RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IOException(e);
    } finally {
      inFlight.decrementAndGet();
    }
  }

  private void verify(int port, Account admin, List<Acknowledged> acknowledged, String when) throws Exception {
    Map<String, List<JsonNode>> registryByName = new HashMap<>();
    for (JsonNode view : JSON.readTree(get(port, admin, "/api/organizations/cb-thon-dong/members").body())) {
      registryByName.computeIfAbsent(view.path("member").path("fullName").asText(), k -> new ArrayList<>()).add(view);
    }
    List<String> lost = new ArrayList<>();
    List<Acknowledged> snapshot;
    synchronized (acknowledged) {
      snapshot = new ArrayList<>(acknowledged);
    }
    for (Acknowledged ack : snapshot) {
      if (get(port, admin, "/engine-rest/history/process-instance/" + ack.caseId).statusCode() != 200) {
        lost.add("case " + ack.caseId + " (" + ack.name + ")");
        continue;
      }
      List<JsonNode> people = registryByName.getOrDefault(ack.name, List.of());
      if (people.size() != 1) {
        lost.add("registry: " + ack.name + " " + people.size() + " times");
        continue;
      }
      String status = people.get(0).path("member").path("status").asText();
      if (ack.completedTaskId != null) {
        JsonNode task = JSON.readTree(get(port, admin, "/engine-rest/history/task?taskId=" + ack.completedTaskId
            + "&finished=true").body());
        if (task.size() != 1) {
          lost.add("completion " + ack.completedTaskId + " (" + ack.name + ")");
        }
        if (!"CAM_TINH_DANG".equals(status)) {
          lost.add("registry: " + ack.name + " is " + status + " after the acknowledged certificate");
        }
      } else if (!List.of("QUAN_CHUNG_UU_TU", "CAM_TINH_DANG").contains(status)) {
        lost.add("registry: " + ack.name + " is " + status);
      }
    }
    // each case exactly once: one history row per acknowledged id, and no second case of the same person
    long cases = casesByClerk(port, admin) - baseline;
    long people = registryByName.keySet().stream().filter(n -> n.startsWith(PREFIX)).count();
    System.out.printf("[crash] %s: %d acknowledged cases, %d completions, %d cases started by the clerk, %d lost%n",
        when, snapshot.size(), snapshot.stream().filter(a -> a.completedTaskId != null).count(), cases, lost.size());
    assertThat(lost).as("%s: acknowledged but lost", when).isEmpty();
    assertThat(cases).as("%s: cases in the engine = people the cases registered", when).isEqualTo(people);
  }

  private long casesByClerk(int port, Account admin) throws IOException {
    return JSON.readTree(get(port, admin, "/engine-rest/history/process-instance/count?processDefinitionKey="
        + "ket-nap-dang-vien&startedBy=" + CLERK).body()).path("count").asLong();
  }

  private Process start(String variant, int round, int port, List<String> args, Map<String, String> env)
      throws Exception {
    return ApplicationProcess.start(port, args, env, LOGS.resolve(variant + "-" + round + ".log"), null);
  }

  /** The production profile has only its admin: the clerk is created as an admin would in Admin. */
  private void createClerk(int port, Account admin, Account clerk) throws Exception {
    assertThat(post(port, admin, "/engine-rest/user/create", "{\"profile\": {\"id\": \"" + clerk.id() + "\","
        + " \"firstName\": \"Chi ủy\", \"lastName\": \"Thôn Đông\", \"email\": \"chiuy@thondong.vn\"},"
        + " \"credentials\": {\"password\": \"" + clerk.password() + "\"}}").statusCode()).isEqualTo(204);
    HttpResponse<String> member = http.send(HttpRequest.newBuilder(uri(port, "/engine-rest/group/" + clerk.id()
        + "/members/" + clerk.id())).header("Authorization", admin.basic()).PUT(HttpRequest.BodyPublishers.noBody())
        .build(), HttpResponse.BodyHandlers.ofString());
    assertThat(member.statusCode()).as(member.body()).isEqualTo(204);
  }

  private HttpResponse<String> post(int port, Account user, String path, String body) throws IOException {
    return send(HttpRequest.newBuilder(uri(port, path)).header("Authorization", user.basic())
        .header("Content-Type", "application/json").timeout(Duration.ofSeconds(60))
        .POST(HttpRequest.BodyPublishers.ofString(body)).build());
  }

  private HttpResponse<String> get(int port, Account user, String path) throws IOException {
    return send(HttpRequest.newBuilder(uri(port, path)).header("Authorization", user.basic())
        .header("Accept", "application/json").timeout(Duration.ofSeconds(60)).GET().build());
  }

  private HttpResponse<String> send(HttpRequest request) throws IOException {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }

  private static URI uri(int port, String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }
}
