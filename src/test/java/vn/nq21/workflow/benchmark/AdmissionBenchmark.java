package vn.nq21.workflow.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.nq21.workflow.Nq21WorkflowApplication;
import vn.nq21.workflow.support.EmbeddedPostgresSupport;

/**
 * The performance benchmark (docs/benchmark.md): case cost of admission and probation in the application
 * ({@link AdmissionStory}) against a bare engine running a process of the same shape, single-threaded and with 2 threads, on H2 (file) and on
 * PostgreSQL (embedded). Not a test: run by {@code ./mvnw -Pbenchmark verify}.
 *
 * <p>Without arguments it is the launcher: it runs each database in a JVM of its own (every Spring Boot engine
 * takes the name "default" in Camunda's static registry, and the engine clock is JVM-global), then combines
 * their results into {@code results.csv} and {@code summary.md}. With {@code --database h2|postgres} it is one
 * such run. Settings (system properties): {@code benchmark.cases} (per measured run, default 100),
 * {@code benchmark.warmup} (cases, default 100), {@code benchmark.threads} (default "1,2"),
 * {@code benchmark.databases} (default "h2,postgres"), {@code benchmark.out} (default target/benchmark),
 * {@code benchmark.variants} (default "application,bare,bare+auth"), {@code benchmark.sqlcases} (cases run after
 * the timed runs with their SQL counted, default 3), {@code benchmark.jvm} (extra options of each database's JVM,
 * e.g. {@code -XX:StartFlightRecording=filename=app.jfr}).
 */
public final class AdmissionBenchmark {

  static final int CASES = Integer.getInteger("benchmark.cases", 100);
  static final int WARMUP = Integer.getInteger("benchmark.warmup", 100);
  static final List<Integer> THREADS = Arrays.stream(System.getProperty("benchmark.threads", "1,2").split(","))
      .map(String::trim).map(Integer::valueOf).toList();
  static final List<String> DATABASES = Arrays.stream(System.getProperty("benchmark.databases", "h2,postgres")
      .split(",")).map(String::trim).toList();
  static final Path OUT = Path.of(System.getProperty("benchmark.out", "target/benchmark"));
  /** application, bare (the reference of the ratios) and bare+auth (the bare engine with authorization on). */
  static final List<String> VARIANTS = Arrays.stream(System.getProperty("benchmark.variants",
      "application,bare,bare+auth").split(",")).map(String::trim).toList();
  /** Cases run after the timed runs with every SQL statement of the task completions counted. */
  static final int SQL_CASES = Integer.getInteger("benchmark.sqlcases", 3);
  /**
   * The options of the H2 file databases, the application's own by default (a commit is written before the
   * answer, WRITE_DELAY=0); {@code ;DB_CLOSE_ON_EXIT=FALSE} alone measures H2's default write delay.
   */
  static final String H2_OPTIONS = System.getProperty("benchmark.h2.options", ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0");
  /** Extra options of the JVM of each database, e.g. a flight recording. */
  static final String JVM_OPTIONS = System.getProperty("benchmark.jvm", "");

  private static final AtomicInteger caseNumbers = new AtomicInteger();

  private AdmissionBenchmark() {}

  public static void main(String[] args) throws Exception {
    Files.createDirectories(OUT);
    if (args.length == 2 && args[0].equals("--database")) {
      runDatabase(args[1]);
      System.exit(0); // the application's non-daemon threads and the embedded PostgreSQL's shutdown hook
    }
    for (String database : DATABASES) {
      fork(database);
    }
    Report report = Report.read(OUT, DATABASES);
    System.out.println();
    System.out.println(report.table());
    report.write(OUT);
    System.out.println("Written: " + OUT.resolve("results.csv") + ", " + OUT.resolve("summary.md"));
  }

  /** Runs {@code --database} in a fresh JVM with this JVM's class path and benchmark settings. */
  private static void fork(String database) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx1g");
    Arrays.stream(JVM_OPTIONS.trim().split("\\s+")).filter(o -> !o.isEmpty()).forEach(command::add);
    System.getProperties().stringPropertyNames().stream().filter(name -> name.startsWith("benchmark."))
        .forEach(name -> command.add("-D" + name + "=" + System.getProperty(name)));
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), AdmissionBenchmark.class.getName(),
        "--database", database));
    System.out.println("=== Benchmark on " + database + " (separate JVM) ===");
    int exit = new ProcessBuilder(command).inheritIO().start().waitFor();
    if (exit != 0) {
      throw new IllegalStateException("The " + database + " run failed (exit " + exit + ")");
    }
  }

  static void runDatabase(String database) throws Exception {
    Path dir = Files.createTempDirectory("nq21-benchmark-" + database);
    String appUrl;
    String bareUrl;
    String bareAuthUrl;
    String user;
    String password;
    List<String> args = new ArrayList<>();
    switch (database) {
      case "h2" -> {
        appUrl = "jdbc:h2:file:" + dir.resolve("app/nq21").toAbsolutePath() + H2_OPTIONS;
        bareUrl = "jdbc:h2:file:" + dir.resolve("bare/bare").toAbsolutePath() + H2_OPTIONS;
        bareAuthUrl = "jdbc:h2:file:" + dir.resolve("bareauth/bare").toAbsolutePath() + H2_OPTIONS;
        user = "sa";
        password = "";
      }
      case "postgres" -> {
        appUrl = EmbeddedPostgresSupport.jdbcUrl();
        bareUrl = EmbeddedPostgresSupport.createDatabase("bare");
        bareAuthUrl = EmbeddedPostgresSupport.createDatabase("bareauth");
        user = EmbeddedPostgresSupport.username();
        password = EmbeddedPostgresSupport.password();
        args.add("--spring.datasource.driver-class-name=org.postgresql.Driver");
      }
      default -> throw new IllegalArgumentException("Unknown database " + database + " (h2, postgres)");
    }
    args.addAll(List.of("--spring.datasource.url=" + appUrl, "--spring.datasource.username=" + user,
        "--spring.datasource.password=" + password, "--server.port=0", "--nq21.data-dir=" + dir,
        "--camunda.bpm.job-execution.enabled=false", "--nq21.demo.admission-cases=false",
        "--logging.level.root=WARN"));

    List<Result> results = new ArrayList<>();
    Map<String, SqlCounter.Tally> sql = new LinkedHashMap<>();
    BareReference.Shape shape;
    // The application: demo organisation, users and members; no demo cases, no job executor
    try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Nq21WorkflowApplication.class)
        .initializers(context -> context.getBeanFactory().addBeanPostProcessor(new BeanPostProcessor() {
          @Override
          public Object postProcessAfterInitialization(Object bean, String name) {
            return bean instanceof DataSource dataSource ? SqlCounter.wrap(dataSource) : bean;
          }
        }))
        .profiles("demo", "test").run(args.toArray(String[]::new))) {
      ProcessEngine engine = app.getBean(ProcessEngine.class);
      CaseDriver driver = new CaseDriver(engine, AdmissionStory.PROCESS_KEY, true);
      CaseDriver.Case probe = driver.runCase(caseNumbers.incrementAndGet(), nanos -> { });
      shape = BareReference.Shape.of(engine, probe.instanceIds(), AdmissionStory.steps(),
          AdmissionStory.PHASES.get(0).steps().size());
      System.out.println("Application case shape: " + shape.describe() + " " + shape.activities());
      if (VARIANTS.contains("application")) {
        results.addAll(measure(database, "application", driver));
        sql.put("application", countSql(driver));
      }
    } finally {
      ClockUtil.reset();
    }
    // The bare reference: a plain engine, a process of the same shape; then the same with authorization checks
    // on: the engine's feature, without the application
    if (VARIANTS.contains("bare")) {
      runBare(database, "bare", bareUrl, user, password, shape, results, sql);
    }
    if (VARIANTS.contains("bare+auth")) {
      runBare(database, "bare+auth", bareAuthUrl, user, password, shape, results, sql);
    }
    Report.writePart(OUT, database, results, shape);
    Report.writeSql(OUT, database, sql);
    deleteRecursively(dir);
  }

  /** Runs {@link #SQL_CASES} cases single-threaded with the SQL of every task completion counted. */
  private static SqlCounter.Tally countSql(CaseDriver driver) {
    SqlCounter.Tally tally = new SqlCounter.Tally();
    SqlCounter.enable(true);
    driver.countSql(tally);
    try {
      for (int i = 0; i < SQL_CASES; i++) {
        driver.runCase(caseNumbers.incrementAndGet(), nanos -> { });
      }
    } finally {
      driver.countSql(null);
      SqlCounter.enable(false);
    }
    System.out.println("SQL per task completion: " + tally.kindsPerStep());
    return tally;
  }

  /** One bare-engine variant on its own database: "bare", or "bare+auth" with authorization checks on. */
  private static void runBare(String database, String variant, String url, String user, String password,
      BareReference.Shape shape, List<Result> results, Map<String, SqlCounter.Tally> sql) throws Exception {
    boolean authorization = variant.equals("bare+auth");
    ProcessEngine bare = BareReference.startEngine(authorization ? "bare-auth" : "bare", url, user, password,
        authorization);
    try {
      if (authorization) {
        BareReference.deployAuthorized(bare, shape, AdmissionStory.CHI_UY, AdmissionStory.CHI_UY);
      } else {
        BareReference.deploy(bare, shape);
      }
      CaseDriver driver = new CaseDriver(bare, BareReference.PROCESS_KEY, false);
      results.addAll(measure(database, variant, driver));
      sql.put(variant, countSql(driver));
    } finally {
      ClockUtil.reset();
      BareReference.close(bare);
    }
  }

  /** Removes a benchmark's temporary directory (databases, seed files) after its run. */
  static void deleteRecursively(Path dir) throws IOException {
    try (var paths = Files.walk(dir)) {
      for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }

  private static List<Result> measure(String database, String variant, CaseDriver driver) throws Exception {
    System.out.printf("%s / %s: warm-up %d cases%n", database, variant, WARMUP);
    run(driver, WARMUP, 1);
    List<Result> results = new ArrayList<>();
    for (int threads : THREADS) {
      Result result = run(driver, CASES, threads).named(database, variant);
      System.out.println(result.line());
      results.add(result);
    }
    return results;
  }

  /**
   * {@code cases} cases shared by {@code threads} threads, phase by phase: every case runs the first phase, then
   * the clock moves and every case runs the next (its due timers executed first). Throughput is over the wall
   * time of all phases.
   */
  private static Result run(CaseDriver driver, int cases, int threads) throws Exception {
    AtomicInteger remaining = new AtomicInteger(cases);
    Queue<Long> latencies = new ConcurrentLinkedQueue<>();
    Queue<CaseDriver.Case> begun = new ConcurrentLinkedQueue<>();
    driver.takeCpuNanos();
    long started = System.nanoTime();
    try {
      CaseDriver.clock(0);
      inThreads(threads, thread -> {
        while (remaining.getAndDecrement() > 0) {
          begun.add(driver.begin(caseNumbers.incrementAndGet(), latencies::add));
        }
      });
      for (int p = 1; p < driver.phases(); p++) {
        int phase = p;
        boolean last = phase == driver.phases() - 1;
        CaseDriver.clock(phase);
        Queue<CaseDriver.Case> waiting = new ConcurrentLinkedQueue<>(begun);
        begun.clear();
        inThreads(threads, thread -> {
          for (CaseDriver.Case c = waiting.poll(); c != null; c = waiting.poll()) {
            driver.resume(c, phase, latencies::add);
            if (last) {
              driver.finish(c);
            } else {
              begun.add(c);
            }
          }
        });
      }
    } finally {
      CaseDriver.clock(0);
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    long[] all = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
    double cpuMs = driver.takeCpuNanos() / 1e6 / Math.max(1, all.length);
    return new Result("", "", threads, cases, all.length, seconds, percentile(all, 50), percentile(all, 95),
        percentile(all, 99), cpuMs);
  }

  /** What one of {@link #inThreads}'s threads does, given its number (0 to threads - 1). */
  interface ThreadWork {
    void run(int thread) throws Exception;
  }

  /** Runs {@code work} on {@code threads} threads at once and waits for all; the first failure is thrown. */
  static void inThreads(int threads, ThreadWork work) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        futures.add(pool.submit(() -> {
          work.run(thread);
          return null;
        }));
      }
      for (Future<?> future : futures) {
        future.get();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** Nearest-rank percentile, in milliseconds. */
  static double percentile(long[] sorted, double p) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int rank = (int) Math.ceil(p / 100 * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
  }

  /** One measured run. */
  record Result(String database, String variant, int threads, int cases, int tasks, double seconds, double p50,
      double p95, double p99, double cpuMs) {

    static final String CSV_HEADER = "database,variant,threads,cases,tasks,seconds,cases_per_s,tasks_per_s,"
        + "p50_ms,p95_ms,p99_ms,cpu_ms_per_task";

    Result named(String database, String variant) {
      return new Result(database, variant, threads, cases, tasks, seconds, p50, p95, p99, cpuMs);
    }

    double casesPerSecond() {
      return cases / seconds;
    }

    double tasksPerSecond() {
      return tasks / seconds;
    }

    String csv() {
      return String.format(Locale.ROOT, "%s,%s,%d,%d,%d,%.3f,%.3f,%.3f,%.3f,%.3f,%.3f,%.3f", database, variant,
          threads, cases, tasks, seconds, casesPerSecond(), tasksPerSecond(), p50, p95, p99, cpuMs);
    }

    static Result parse(String line) {
      String[] f = line.split(",");
      return new Result(f[0], f[1], Integer.parseInt(f[2]), Integer.parseInt(f[3]), Integer.parseInt(f[4]),
          Double.parseDouble(f[5]), Double.parseDouble(f[8]), Double.parseDouble(f[9]), Double.parseDouble(f[10]),
          Double.parseDouble(f[11]));
    }

    String line() {
      return String.format(Locale.ROOT, "%s / %s / %d thread(s): %d cases in %.1f s = %.2f cases/s, %.1f tasks/s;"
          + " task completion p50 %.1f ms, p95 %.1f ms, p99 %.1f ms; CPU %.2f ms per task completion", database,
          variant, threads, cases, seconds, casesPerSecond(), tasksPerSecond(), p50, p95, p99, cpuMs);
    }
  }

  static Map<String, Object> settings() {
    Map<String, Object> settings = new LinkedHashMap<>();
    settings.put("cases per run", CASES);
    settings.put("warm-up cases", WARMUP);
    settings.put("threads", THREADS);
    settings.put("variants", VARIANTS);
    settings.put("SQL counted over cases", SQL_CASES);
    settings.put("cores", Runtime.getRuntime().availableProcessors());
    settings.put("java", System.getProperty("java.version"));
    return settings;
  }
}
