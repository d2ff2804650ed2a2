package vn.nq21.workflow.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;
import vn.nq21.workflow.Nq21WorkflowApplication;
import vn.nq21.workflow.support.EmbeddedPostgresSupport;

/**
 * The clerk's task list at scale (docs/benchmark.md): with 10,000 and 100,000 open tasks spread over a
 * province's chi bộ, the query behind a clerk's Tasklist filter (its first page of 50, and its count, which
 * Tasklist receives with each page) with organisation isolation on, and the same query with authorization off.
 * PostgreSQL only (the production database). Not a test: run by {@code ./mvnw -Pbenchmark verify}.
 *
 * <p>The open tasks are real admission cases: the start form submitted by the chi ủy clerk of each chi bộ in
 * turn (two open tasks per case: the first step and the case's stop task), so the task, identity-link,
 * authorization and variable rows are exactly what the application writes. Settings: {@code
 * benchmark.tasklist.sizes} (open tasks, default "10000,100000"), {@code benchmark.tasklist.communes} (xã, 100)
 * and {@code benchmark.tasklist.chi-bo} (chi bộ per xã, 10), {@code benchmark.tasklist.clerks} (clerks whose
 * lists are measured, 20), {@code benchmark.tasklist.rounds} (each clerk's queries repeated, 3),
 * {@code benchmark.tasklist.trace} (log every SQL statement of one list and one count) and
 * {@code benchmark.tasklist.hold} (keep the database up afterwards, for {@code psql}). Then, at each size, what
 * open Tasklists cost over HTTP ({@link TasklistRefresh}; {@code benchmark.tasklist.clients} empty skips it).
 */
public final class TasklistBenchmark {

  static final List<Integer> SIZES = Arrays.stream(System.getProperty("benchmark.tasklist.sizes", "10000,100000")
      .split(",")).map(String::trim).filter(s -> !s.isEmpty()).map(Integer::valueOf).sorted().toList();
  static final int COMMUNES = Integer.getInteger("benchmark.tasklist.communes", 100);
  static final int CHI_BO_PER_COMMUNE = Integer.getInteger("benchmark.tasklist.chi-bo", 10);
  static final int CLERKS = Integer.getInteger("benchmark.tasklist.clerks", 20);
  static final int ROUNDS = Integer.getInteger("benchmark.tasklist.rounds", 3);
  static final String CHI_UY_FILTER = "Việc của chi ủy";
  static final int PAGE = 50;
  /** Open tasks per admission case at its first step: the certificate task and the stop task. */
  static final int TASKS_PER_CASE = 2;

  private TasklistBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path out = AdmissionBenchmark.OUT;
    Files.createDirectories(out);
    Path dir = Files.createTempDirectory("nq21-tasklist-benchmark");
    Path tree = dir.resolve("organizations.yaml");
    Files.writeString(tree, provinceTree(), StandardCharsets.UTF_8);
    List<String> appArgs = List.of("--spring.datasource.url=" + EmbeddedPostgresSupport.jdbcUrl(),
        "--spring.datasource.username=" + EmbeddedPostgresSupport.username(),
        "--spring.datasource.password=" + EmbeddedPostgresSupport.password(),
        "--spring.datasource.driver-class-name=org.postgresql.Driver",
        "--nq21.organizations.seed-file=file:" + tree.toAbsolutePath(), "--server.port=0",
        "--nq21.data-dir=" + dir, "--camunda.bpm.job-execution.enabled=false",
        "--nq21.demo.admission-cases=false", "--logging.level.root=WARN",
        // opening tens of thousands of cases is set-up, not what is measured: no wait for each commit's flush
        "--spring.datasource.hikari.connection-init-sql=SET synchronous_commit TO off");
    List<Row> rows = new ArrayList<>();
    List<TasklistRefresh.Row> refreshes = new ArrayList<>();
    long started = System.nanoTime();
    try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Nq21WorkflowApplication.class)
        .profiles("demo", "test").run(appArgs.toArray(String[]::new))) {
      ProcessEngine engine = app.getBean(ProcessEngine.class);
      DataSource dataSource = app.getBean(DataSource.class);
      System.out.printf("Tasklist benchmark: %d xã × %d chi bộ, open tasks %s, %d clerks × %d rounds%n",
          COMMUNES, CHI_BO_PER_COMMUNE, SIZES, CLERKS, ROUNDS);
      OpenCases cases = new OpenCases(engine);
      int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
      String filterId = engine.getFilterService().createFilterQuery().filterName(CHI_UY_FILTER).singleResult().getId();
      List<String> clerks = IntStream.range(0, CLERKS).mapToObj(k -> chiBo(k * 37)).toList();
      for (int size : SIZES) {
        cases.topUpTo(size);
        analyze(dataSource);
        rows.addAll(measure(engine, size));
        if (!TasklistRefresh.CLIENTS.isEmpty()) {
          refreshes.addAll(TasklistRefresh.logIn(engine.getIdentityService(), port, filterId, clerks).measure(size));
        }
      }
      if (Boolean.getBoolean("benchmark.tasklist.trace")) { // every SQL statement of one clerk's list and count
        org.springframework.boot.logging.LoggingSystem.get(TasklistBenchmark.class.getClassLoader())
            .setLogLevel("org.camunda.bpm.engine.impl.persistence.entity", org.springframework.boot.logging.LogLevel.DEBUG);
        Filter filter = engine.getFilterService().createFilterQuery().filterName(CHI_UY_FILTER).singleResult();
        System.out.println("--- trace: listPage ---");
        as(engine, "clerk-" + chiBo(0), List.of(chiBo(0) + ".chi-uy"), () -> engine.getFilterService().listPage(filter.getId(), 0, PAGE));
        System.out.println("--- trace: count ---");
        as(engine, "clerk-" + chiBo(0), List.of(chiBo(0) + ".chi-uy"), () -> engine.getFilterService().count(filter.getId()));
        System.out.println("--- trace: end ---");
      }
      if (Boolean.getBoolean("benchmark.tasklist.hold")) { // explore the data with psql; stop with Ctrl-C
        System.out.println("Holding: " + EmbeddedPostgresSupport.jdbcUrl());
        Thread.sleep(Long.MAX_VALUE);
      }
    }
    AdmissionBenchmark.deleteRecursively(dir);
    String table = table(rows);
    String refreshTable = TasklistRefresh.table(refreshes);
    System.out.println();
    System.out.println(table);
    System.out.println(refreshTable);
    Files.writeString(out.resolve("tasklist.csv"), csv(rows), StandardCharsets.UTF_8);
    Files.writeString(out.resolve("tasklist-refresh.csv"), TasklistRefresh.csv(refreshes), StandardCharsets.UTF_8);
    Files.writeString(out.resolve("tasklist.md"), "# Tasklist at scale (PostgreSQL)\n\n" + table
        + "\nOpen Tasklists over HTTP: the request each sends every 10 s (its filter's first page of "
        + TasklistRefresh.PAGE + " with the count), back to back from C client threads, each with its own clerks'"
        + " sessions:\n\n" + refreshTable
        + String.format(Locale.ROOT, "%nWhole run: %.0f s.%n", (System.nanoTime() - started) / 1e9),
        StandardCharsets.UTF_8);
    System.out.println("Written: " + out.resolve("tasklist.csv") + ", " + out.resolve("tasklist-refresh.csv") + ", "
        + out.resolve("tasklist.md"));
    System.exit(0); // the application's non-daemon threads and the embedded PostgreSQL's shutdown hook
  }

  /** The demo tree plus a province's worth of xã, each with its chi bộ cơ sở. */
  static String provinceTree() throws IOException {
    StringBuilder yaml = new StringBuilder(new ClassPathResource("demo/organizations.yaml")
        .getContentAsString(StandardCharsets.UTF_8));
    yaml.append("\n  # --- Benchmark: generated xã and chi bộ ---\n");
    for (int x = 1; x <= COMMUNES; x++) {
      String commune = communeCode(x);
      yaml.append("  - code: ").append(commune).append("\n    name: Đảng bộ xã Benchmark ").append(x)
          .append("\n    type: DANG_BO_CAP_XA\n    parent: tinh-demo\n");
      for (int c = 1; c <= CHI_BO_PER_COMMUNE; c++) {
        yaml.append("  - code: ").append(chiBoCode(x, c)).append("\n    name: Chi bộ thôn ").append(c)
            .append(", xã Benchmark ").append(x).append("\n    type: CHI_BO_CO_SO\n    parent: ").append(commune)
            .append('\n');
      }
    }
    return yaml.toString();
  }

  static String communeCode(int x) {
    return String.format("xa-bm%03d", x);
  }

  static String chiBoCode(int x, int c) {
    return String.format("cb-bm%03d-%02d", x, c);
  }

  /** Chi bộ number {@code i} (0-based) of the generated tree, round-robin over the xã. */
  static String chiBo(int i) {
    int total = COMMUNES * CHI_BO_PER_COMMUNE;
    int k = Math.floorMod(i, total);
    return chiBoCode(k % COMMUNES + 1, k / COMMUNES + 1);
  }

  /** Opens admission cases, each from its chi bộ's clerk, until the open-task count reaches a size. */
  static final class OpenCases {
    private final ProcessEngine engine;
    private final AtomicInteger next = new AtomicInteger();
    private final String definitionId;

    OpenCases(ProcessEngine engine) {
      this.engine = engine;
      this.definitionId = engine.getRepositoryService().createProcessDefinitionQuery()
          .processDefinitionKey(AdmissionStory.PROCESS_KEY).latestVersion().singleResult().getId();
    }

    void topUpTo(int openTasks) throws Exception {
      long open = engine.getTaskService().createTaskQuery().count();
      int toOpen = (int) Math.max(0, (openTasks - open + TASKS_PER_CASE - 1) / TASKS_PER_CASE);
      System.out.printf("Opening %d admission cases (%d open tasks now, %d wanted) ...%n", toOpen, open, openTasks);
      long started = System.nanoTime();
      AtomicInteger remaining = new AtomicInteger(toOpen);
      AdmissionBenchmark.inThreads(2, thread -> {
        for (int left = remaining.getAndDecrement(); left > 0; left = remaining.getAndDecrement()) {
          int n = next.getAndIncrement();
          String clerkGroup = chiBo(n) + ".chi-uy";
          as(engine, "clerk-" + chiBo(n), List.of(clerkGroup), () ->
              engine.getFormService().submitStartForm(definitionId, AdmissionStory.startForm(1_000_000 + n)));
          int done = toOpen - left + 1; // this thread's case is number done: each number is printed once
          if (done % 5000 == 0) {
            System.out.printf("  %d cases opened (%.0f s)%n", done, (System.nanoTime() - started) / 1e9);
          }
        }
      });
      System.out.printf("Opened %d cases in %.0f s; %d open tasks%n", toOpen, (System.nanoTime() - started) / 1e9,
          engine.getTaskService().createTaskQuery().count());
    }
  }

  /** Fresh planner statistics, as autovacuum would have them on a running server. */
  static void analyze(DataSource dataSource) throws Exception {
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      statement.execute("ANALYZE");
    }
  }

  /**
   * Each clerk's list and count with isolation on, then the same with authorization off, alternately, so that both
   * see the same machine (a build or vacuum running alongside slows both alike).
   */
  static List<Row> measure(ProcessEngine engine, int size) {
    ProcessEngineConfigurationImpl config = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    FilterService filters = engine.getFilterService();
    Filter filter = filters.createFilterQuery().filterName(CHI_UY_FILTER).singleResult();
    List<Row> rows = new ArrayList<>();
    for (boolean authorization : List.of(true, false)) {
      rows.add(new Row(size, authorization, "listPage(0,50)", new ArrayList<>(), new long[1]));
      rows.add(new Row(size, authorization, "count", new ArrayList<>(), new long[1]));
    }
    try {
      // one warm-up round (connection, statement and plan caches), then the measured rounds
      for (int round = 0; round <= ROUNDS; round++) {
        for (int k = 0; k < CLERKS; k++) {
          String chiBo = chiBo(k * 37 + round);
          List<String> groups = List.of(chiBo + ".chi-uy");
          for (int variant = 0; variant < 2; variant++) {
            config.setAuthorizationEnabled(variant == 0);
            long t0 = System.nanoTime();
            int page = as(engine, "clerk-" + chiBo, groups, () -> filters.listPage(filter.getId(), 0, PAGE)).size();
            long t1 = System.nanoTime();
            long total = as(engine, "clerk-" + chiBo, groups, () -> filters.count(filter.getId()));
            long t2 = System.nanoTime();
            if (round > 0) {
              rows.get(2 * variant).add(t1 - t0, page);
              rows.get(2 * variant + 1).add(t2 - t1, total);
            }
          }
        }
      }
    } finally {
      config.setAuthorizationEnabled(true);
    }
    rows.forEach(row -> System.out.println(row.line()));
    return rows;
  }

  static <T> T as(ProcessEngine engine, String user, List<String> groups, Supplier<T> work) {
    engine.getIdentityService().setAuthentication(user, groups);
    try {
      return work.get();
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  /** One query measured over every clerk and round: durations, and the tasks it returned or counted in all. */
  record Row(int openTasks, boolean authorization, String query, List<Long> nanos, long[] results) {

    void add(long duration, long found) {
      nanos.add(duration);
      results[0] += found;
    }

    int samples() {
      return nanos.size();
    }

    double resultsPerQuery() {
      return (double) results[0] / samples();
    }

    double median() {
      return percentile(50);
    }

    double p95() {
      return percentile(95);
    }

    double percentile(double p) {
      return AdmissionBenchmark.percentile(nanos.stream().mapToLong(Long::longValue).sorted().toArray(), p);
    }

    String line() {
      return String.format(Locale.ROOT, "%,d open tasks, authorization %s: %s median %.1f ms, p95 %.1f ms"
          + " (%d queries, %.1f tasks each)", openTasks, authorization ? "on " : "off", query, median(), p95(),
          samples(), resultsPerQuery());
    }
  }

  static String table(List<Row> rows) {
    StringBuilder md = new StringBuilder();
    md.append("| Open tasks | Query | Isolation on: median ms | p95 ms | Authorization off: median ms | p95 ms |"
        + " on ÷ off (median) | Tasks per result |\n|---:|---|---:|---:|---:|---:|---:|---:|\n");
    for (Row on : rows) {
      if (!on.authorization()) {
        continue;
      }
      Row off = rows.stream().filter(r -> !r.authorization() && r.openTasks() == on.openTasks()
          && r.query().equals(on.query())).findFirst().orElseThrow();
      md.append(String.format(Locale.ROOT, "| %,d | %s | %.1f | %.1f | %.1f | %.1f | %.2f | %.1f |%n",
          on.openTasks(), on.query(), on.median(), on.p95(), off.median(), off.p95(), on.median() / off.median(),
          on.resultsPerQuery()));
    }
    return md.toString();
  }

  static String csv(List<Row> rows) {
    StringBuilder csv = new StringBuilder("open_tasks,authorization,query,samples,results_per_query,median_ms,p95_ms\n");
    for (Row r : rows) {
      csv.append(String.format(Locale.ROOT, "%d,%s,%s,%d,%.1f,%.3f,%.3f%n", r.openTasks(), r.authorization(),
          r.query(), r.samples(), r.resultsPerQuery(), r.median(), r.p95()));
    }
    return csv.toString();
  }
}
