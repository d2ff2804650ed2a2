package vn.nq21.workflow.benchmark;

import bench.bare.BareCamundaApplication;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import vn.nq21.workflow.Nq21WorkflowApplication;

/**
 * Start-up time and resident memory (docs/benchmark.md; issue #6 item 5): the application as README's first
 * command starts it (profile {@code demo}, H2 file database, job executor on, demo cases) against a bare Spring
 * Boot + Camunda webapp/REST application ({@link BareCamundaApplication}). Not a test: run by
 * {@code ./mvnw -Pbenchmark verify}.
 *
 * <p>Each run launches every variant in a fresh JVM with default JVM settings (no {@code -Xmx}) on a new database
 * in a temporary directory: a first start (empty database), then {@code benchmark.startup.cases} cases driven
 * in that JVM ({@link CaseDriver}, first phase: the admission happy path and the probation case's first steps
 * in the application, the {@link BareReference} process of the same shape up to its year-long timer in the
 * bare app), then a restart on the same database. Measured per launch: the
 * JVM's own uptime when {@code ApplicationReadyEvent} fires; the wall time from launching the process until
 * {@code /actuator/health/readiness} answers 200 (probes enabled for both); VmRSS from {@code /proc/<pid>/status}
 * a moment after ready and after the cases; heap and non-heap from the child's memory MXBean. Variants alternate
 * inside each run so a change of machine load touches both.
 *
 * <p>Settings (system properties): {@code benchmark.startup.runs} (default 5; 0 skips the benchmark),
 * {@code benchmark.startup.cases} (default 100; 0: no case run), {@code benchmark.startup.settle-ms} (pause
 * between ready and the memory reading, default 1000), {@code benchmark.startup.variants} (default
 * "application,bare"; the Maven profile passes only runs and cases), {@code benchmark.startup.jvm-options}
 * (extra JVM options for the children, space-separated, e.g. a JFR recording for profiling; none by default),
 * {@code benchmark.out} (default target/benchmark). Writes {@code startup.csv} (one row per launch),
 * {@code startup-milestones.csv}, {@code startup.md}, and each child's log under {@code startup-logs/}.
 */
public final class StartupBenchmark {

  static final int RUNS = Integer.getInteger("benchmark.startup.runs", 5);
  static final int CASES = Integer.getInteger("benchmark.startup.cases", 100);
  static final long SETTLE_MS = Long.getLong("benchmark.startup.settle-ms", 1000);
  static final Path OUT = Path.of(System.getProperty("benchmark.out", "target/benchmark"));
  /** USER_HZ, the unit of /proc/<pid>/stat's CPU times: 100 on Linux for x86 and arm64. */
  static final int CLOCK_TICKS = 100;
  static final Duration START_TIMEOUT = Duration.ofMinutes(5);
  /** Lines of the child protocol on its standard output start with this. */
  static final String MARK = "STARTUP-BENCH ";
  static final List<String> VARIANTS = Arrays.stream(System.getProperty("benchmark.startup.variants",
      "application,bare").split(",")).map(String::trim).toList();
  /** Extra JVM options for every child, space-separated (none by default: the measurement uses JVM defaults). */
  static final List<String> CHILD_JVM_OPTIONS = Arrays.stream(System.getProperty("benchmark.startup.jvm-options", "")
      .trim().split("\\s+")).filter(option -> !option.isEmpty()).toList();
  /**
   * Start-up milestones found in a child's log (first line containing the text), reported as seconds since the
   * JVM started: where the start-up time goes. The application's ApplicationRunners log one line each when done.
   */
  static final Map<String, String> MILESTONES = milestones(
      "Spring Boot starts (first log line)", " : Starting ",
      "web server initialised (bean definitions, auto-configuration)", "Tomcat initialized",
      "database pool connected", "HikariPool-1 - Start completed",
      "Liquibase done (application)", "Command execution complete",
      "Camunda engine configuration begins (after Liquibase in the application)", "STARTER-SB040",
      "process engine built", "ENGINE-00001",
      "web server started (context refreshed)", "Tomcat started on port",
      "organisation seed and groups", "OrganizationSeedLoader",
      "Tasklist filters", "TasklistFilters",
      "models deployed", "ModelDeployment",
      "demo users and members", "DemoDataLoader",
      "demo cases", "DemoAdmissionCases");
  /** The bare process's shape: what one application case runs (docs/benchmark.md; {@link BareReference}). */
  static final BareReference.Shape BARE_SHAPE = new BareReference.Shape(21, 9, 24, 6, 15, Map.of());

  private StartupBenchmark() {}

  public static void main(String[] args) throws Exception {
    if (args.length >= 1 && args[0].equals("--child")) {
      child(args[1], Arrays.copyOfRange(args, 2, args.length));
      return;
    }
    if (RUNS <= 0) {
      System.out.println("Start-up benchmark skipped (benchmark.startup.runs=" + RUNS + ")");
      return;
    }
    Files.createDirectories(OUT.resolve("startup-logs"));
    String loadBefore = loadAverage();
    List<Launch> launches = new ArrayList<>();
    for (int run = 1; run <= RUNS; run++) {
      for (String variant : VARIANTS) {
        Path dir = Files.createTempDirectory("nq21-startup-" + variant);
        try {
          launches.add(launch(variant, "first", run, dir, CASES));
          launches.add(launch(variant, "restart", run, dir, 0));
        } finally {
          AdmissionBenchmark.deleteRecursively(dir);
        }
      }
    }
    String loadAfter = loadAverage();
    writeCsv(launches);
    String summary = summary(launches, loadBefore, loadAfter);
    Files.writeString(OUT.resolve("startup.md"), summary);
    System.out.println();
    System.out.println(summary);
    System.out.println("Written: " + OUT.resolve("startup.csv") + ", " + OUT.resolve("startup.md"));
  }

  // ---------------------------------------------------------------------------------------------------------
  // Parent: one launch

  /** What one launch measured; memory in MiB, times in milliseconds; NaN where not measured. */
  record Launch(String variant, String start, int run, double readyUptimeMs, double httpReadyMs,
      double cpuSecondsToReady, double load, double rssMiB,
      double hwmMiB, double heapUsedMiB, double heapCommittedMiB, double nonHeapCommittedMiB, int cases,
      double casesSeconds, double rssAfterCasesMiB, double heapCommittedAfterCasesMiB, Map<String, Double> times) {

    static final String CSV_HEADER = "variant,start,run,ready_uptime_ms,http_ready_ms,cpu_s_to_ready,load_1min,"
        + "rss_mib,rss_peak_mib,"
        + "heap_used_mib,heap_committed_mib,nonheap_committed_mib,cases,cases_seconds,rss_after_cases_mib,"
        + "heap_committed_after_cases_mib";

    String csv() {
      return String.format(Locale.ROOT, "%s,%s,%d,%.0f,%.0f,%.2f,%.2f,%.1f,%.1f,%.1f,%.1f,%.1f,%d,%.2f,%.1f,%.1f",
          variant, start, run, readyUptimeMs, httpReadyMs, cpuSecondsToReady, load, rssMiB, hwmMiB, heapUsedMiB,
          heapCommittedMiB, nonHeapCommittedMiB, cases, casesSeconds, rssAfterCasesMiB, heapCommittedAfterCasesMiB);
    }
  }

  private static Launch launch(String variant, String start, int run, Path dir, int cases) throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
        .toString()));
    command.addAll(CHILD_JVM_OPTIONS);
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), StartupBenchmark.class.getName(), "--child",
        variant, "--server.port=" + port, "--management.endpoint.health.probes.enabled=true",
        // one INFO line when Liquibase has finished: the milestone "Liquibase done"
        "--logging.level.liquibase.command=info"));
    command.add(variant.equals("application") ? "--nq21.data-dir=" + dir : "--bare.data-dir=" + dir);
    Path log = OUT.resolve("startup-logs").resolve(variant + "-" + start + "-" + run + ".log");
    System.out.printf("=== Start-up run %d/%d: %s, %s start ===%n", run, RUNS, variant, start);

    double load1 = Double.parseDouble(loadAverage().split(" ")[0]);
    long launched = System.nanoTime();
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    BlockingQueue<String> marks = new LinkedBlockingQueue<>();
    Thread pump = new Thread(() -> pump(process, log, marks), "startup-log-" + variant);
    pump.setDaemon(true);
    pump.start();
    try (PrintWriter control = new PrintWriter(process.getOutputStream(), true, StandardCharsets.UTF_8)) {
      double httpReadyMs = awaitReadiness(process, port, launched);
      double cpuSeconds = cpuSeconds(process.pid());
      String ready = await(marks, "ready", process);
      double readyUptimeMs = Double.parseDouble(field(ready, "uptime_ms"));
      long jvmStart = Long.parseLong(field(ready, "jvm_start_ms"));
      Thread.sleep(SETTLE_MS);
      double[] rss = rss(process.pid());
      control.println("mem");
      String mem = await(marks, "mem", process);
      double casesSeconds = Double.NaN;
      double rssAfterCases = Double.NaN;
      double heapAfterCases = Double.NaN;
      if (cases > 0) {
        control.println("cases " + cases);
        casesSeconds = Double.parseDouble(field(await(marks, "cases", process), "seconds"));
        Thread.sleep(SETTLE_MS);
        rssAfterCases = rss(process.pid())[0];
        control.println("mem");
        heapAfterCases = Double.parseDouble(field(await(marks, "mem", process), "heap_committed_mib"));
      }
      control.println("exit");
      Launch result = new Launch(variant, start, run, readyUptimeMs, httpReadyMs, cpuSeconds, load1, rss[0], rss[1],
          Double.parseDouble(field(mem, "heap_used_mib")), Double.parseDouble(field(mem, "heap_committed_mib")),
          Double.parseDouble(field(mem, "nonheap_committed_mib")), cases, casesSeconds, rssAfterCases,
          heapAfterCases, milestones(log, jvmStart, readyUptimeMs));
      System.out.printf(Locale.ROOT, "ready after %.2f s (JVM uptime), readiness 200 after %.2f s, %.1f CPU s"
          + " (load %.2f); RSS %.0f MiB (heap committed %.0f, used %.0f; non-heap %.0f)%s%n", readyUptimeMs / 1000,
          httpReadyMs / 1000, cpuSeconds, load1, rss[0], result.heapCommittedMiB(), result.heapUsedMiB(),
          result.nonHeapCommittedMiB(),
          cases > 0 ? String.format(Locale.ROOT, "; %d cases in %.1f s, then RSS %.0f MiB", cases, casesSeconds,
              rssAfterCases) : "");
      return result;
    } finally {
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
      }
      pump.join(5000);
    }
  }

  private static Map<String, String> milestones(String... labelsAndTexts) {
    Map<String, String> milestones = new LinkedHashMap<>();
    for (int i = 0; i < labelsAndTexts.length; i += 2) {
      milestones.put(labelsAndTexts[i], labelsAndTexts[i + 1]);
    }
    return milestones;
  }

  /** Seconds from JVM start to each milestone found in the log before ready (written by now: ready was read). */
  private static Map<String, Double> milestones(Path log, long jvmStart, double readyUptimeMs) throws IOException {
    Map<String, Double> times = new LinkedHashMap<>();
    for (String line : Files.readAllLines(log)) {
      if (line.startsWith(MARK + "ready ")) {
        break;
      }
      for (var milestone : MILESTONES.entrySet()) {
        if (!times.containsKey(milestone.getKey()) && line.contains(milestone.getValue()) && line.length() > 24) {
          try {
            times.put(milestone.getKey(), (Instant.parse(line.substring(0, 24)).toEpochMilli() - jvmStart) / 1e3);
          } catch (DateTimeParseException notALogLine) {
            // a continuation line
          }
        }
      }
    }
    times.put("ready (ApplicationReadyEvent)", readyUptimeMs / 1e3);
    return times;
  }

  /** Copies the child's output to its log file and hands the protocol lines over. */
  private static void pump(Process process, Path log, BlockingQueue<String> marks) {
    try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
        StandardCharsets.UTF_8)); Writer out = Files.newBufferedWriter(log)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        out.write(line);
        out.write('\n');
        out.flush(); // the milestones are read from the file while the child runs
        if (line.startsWith(MARK)) {
          marks.add(line.substring(MARK.length()));
        }
      }
    } catch (IOException e) {
      marks.add("error " + e);
    }
  }

  /** Polls {@code /actuator/health/readiness} until 200; milliseconds since the launch. */
  private static double awaitReadiness(Process process, int port, long launched) throws Exception {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port
        + "/actuator/health/readiness")).timeout(Duration.ofSeconds(5)).GET().build();
    while (System.nanoTime() - launched < START_TIMEOUT.toNanos()) {
      if (!process.isAlive()) {
        throw new IllegalStateException("The child exited with " + process.exitValue() + " before it was ready");
      }
      try {
        if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return (System.nanoTime() - launched) / 1e6;
        }
      } catch (IOException notListeningYet) {
        // connection refused until Tomcat listens
      }
      Thread.sleep(20);
    }
    process.destroyForcibly();
    throw new IllegalStateException("Not ready after " + START_TIMEOUT);
  }

  private static String await(BlockingQueue<String> marks, String kind, Process process) throws Exception {
    while (true) {
      String line = marks.poll(1, TimeUnit.SECONDS);
      if (line != null) {
        if (line.startsWith(kind + " ")) {
          return line;
        }
        if (line.startsWith("error ")) {
          throw new IllegalStateException("Child: " + line);
        }
      } else if (!process.isAlive()) {
        throw new IllegalStateException("The child exited with " + process.exitValue() + " waiting for " + kind);
      }
    }
  }

  private static String field(String line, String name) {
    for (String part : line.split(" ")) {
      if (part.startsWith(name + "=")) {
        return part.substring(name.length() + 1);
      }
    }
    throw new IllegalStateException("No " + name + " in '" + line + "'");
  }

  /** VmRSS and VmHWM of a process, in MiB. */
  static double[] rss(long pid) throws IOException {
    double rss = Double.NaN;
    double hwm = Double.NaN;
    for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
      if (line.startsWith("VmRSS:")) {
        rss = kiB(line) / 1024;
      } else if (line.startsWith("VmHWM:")) {
        hwm = kiB(line) / 1024;
      }
    }
    return new double[] {rss, hwm};
  }

  /** User + system CPU time of a process so far, all its threads (JIT and GC included), in seconds. */
  static double cpuSeconds(long pid) throws IOException {
    String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
    // fields after the command name in parentheses: state is field 3, utime 14, stime 15
    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / (double) CLOCK_TICKS;
  }

  private static double kiB(String statusLine) {
    return Double.parseDouble(statusLine.replaceAll("[^0-9]", ""));
  }

  private static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).trim();
    } catch (IOException e) {
      return "unknown";
    }
  }

  // ---------------------------------------------------------------------------------------------------------
  // Child: one application started, then commands on standard input

  private static void child(String variant, String[] args) throws IOException {
    long[] readyUptime = new long[1];
    ApplicationListener<ApplicationReadyEvent> onReady = event -> {
      readyUptime[0] = ManagementFactory.getRuntimeMXBean().getUptime();
      mark("ready uptime_ms=" + readyUptime[0] + " jvm_start_ms="
          + ManagementFactory.getRuntimeMXBean().getStartTime());
    };
    ConfigurableApplicationContext context = switch (variant) {
      case "application" -> new SpringApplicationBuilder(Nq21WorkflowApplication.class).profiles("demo")
          .listeners(onReady).run(args);
      case "bare" -> new SpringApplicationBuilder(BareCamundaApplication.class).listeners(onReady)
          .run(BareCamundaApplication.withConfigName(args));
      default -> throw new IllegalArgumentException("Unknown variant " + variant);
    };
    BufferedReader commands = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    for (String command = commands.readLine(); command != null; command = commands.readLine()) {
      if (command.equals("mem")) {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        mark(String.format(Locale.ROOT, "mem heap_used_mib=%.1f heap_committed_mib=%.1f nonheap_used_mib=%.1f "
            + "nonheap_committed_mib=%.1f", mib(memory.getHeapMemoryUsage().getUsed()),
            mib(memory.getHeapMemoryUsage().getCommitted()), mib(memory.getNonHeapMemoryUsage().getUsed()),
            mib(memory.getNonHeapMemoryUsage().getCommitted())));
      } else if (command.startsWith("cases ")) {
        int cases = Integer.parseInt(command.substring("cases ".length()).trim());
        mark(String.format(Locale.ROOT, "cases seconds=%.3f", runCases(variant, context, cases)));
      } else if (command.equals("exit")) {
        break;
      }
    }
    System.exit(0); // closes the context through Spring's shutdown hook; the engine's threads are not daemons
  }

  /** {@code cases} cases (application) or bare-reference cases (bare) one after another, first phase; seconds. */
  private static double runCases(String variant, ConfigurableApplicationContext context, int cases) {
    ProcessEngine engine = context.getBean(ProcessEngine.class);
    CaseDriver driver;
    if (variant.equals("application")) {
      driver = new CaseDriver(engine, AdmissionStory.PROCESS_KEY, true);
    } else {
      BareReference.deploy(engine, BARE_SHAPE);
      driver = new CaseDriver(engine, BareReference.PROCESS_KEY, false);
    }
    long started = System.nanoTime();
    try {
      // The first phase only (admission, and probation up to its review timer): the job executor runs here,
      // so the clock does not move a year on
      CaseDriver.clock(0);
      for (int n = 1; n <= cases; n++) {
        driver.begin(n, nanos -> { });
      }
    } finally {
      ClockUtil.reset();
    }
    return (System.nanoTime() - started) / 1e9;
  }

  private static void mark(String line) {
    System.out.println(MARK + line);
    System.out.flush();
  }

  private static double mib(long bytes) {
    return bytes / 1024.0 / 1024.0;
  }

  // ---------------------------------------------------------------------------------------------------------
  // Report

  private static void writeCsv(List<Launch> launches) throws IOException {
    List<String> lines = new ArrayList<>();
    lines.add(Launch.CSV_HEADER);
    launches.forEach(launch -> lines.add(launch.csv()));
    Files.write(OUT.resolve("startup.csv"), lines);
    List<String> milestones = new ArrayList<>();
    milestones.add("variant,start,run,milestone,seconds_since_jvm_start");
    for (Launch launch : launches) {
      launch.times().forEach((milestone, seconds) -> milestones.add(String.format(Locale.ROOT, "%s,%s,%d,\"%s\",%.3f",
          launch.variant(), launch.start(), launch.run(), milestone, seconds)));
    }
    Files.write(OUT.resolve("startup-milestones.csv"), milestones);
  }

  private static String summary(List<Launch> launches, String loadBefore, String loadAfter) {
    Map<String, ToDoubleFunction<Launch>> measures = new LinkedHashMap<>();
    measures.put("ready: JVM uptime at ApplicationReadyEvent (s)", l -> l.readyUptimeMs() / 1000);
    measures.put("ready: launch → readiness 200 (s)", l -> l.httpReadyMs() / 1000);
    measures.put("ready: CPU time of the JVM to readiness (s)", Launch::cpuSecondsToReady);
    measures.put("load average (1 min) at launch", Launch::load);
    measures.put("RSS after start (MiB)", Launch::rssMiB);
    measures.put("peak RSS during start (MiB)", Launch::hwmMiB);
    measures.put("heap committed after start (MiB)", Launch::heapCommittedMiB);
    measures.put("heap used after start (MiB)", Launch::heapUsedMiB);
    measures.put("non-heap committed after start (MiB)", Launch::nonHeapCommittedMiB);
    measures.put("cases run (s)", Launch::casesSeconds);
    measures.put("RSS after the cases (MiB)", Launch::rssAfterCasesMiB);
    measures.put("heap committed after the cases (MiB)", Launch::heapCommittedAfterCasesMiB);

    StringBuilder md = new StringBuilder();
    md.append("# Start-up and memory\n\n");
    md.append(String.format(Locale.ROOT, "%d runs; each: every variant in a fresh JVM with default JVM settings on a"
        + " new H2 file database: first start, %d cases, restart on the same database. %d cores, Java %s, max heap"
        + " (default) %.0f MiB. Load average before: %s; after: %s.%n%n", RUNS, CASES,
        Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
        mib(Runtime.getRuntime().maxMemory()), loadBefore, loadAfter));
    md.append("| Variant | Start | Measure | median | min | max |\n|---|---|---|---:|---:|---:|\n");
    for (String variant : VARIANTS) {
      for (String start : List.of("first", "restart")) {
        List<Launch> these = select(launches, variant, start);
        for (var measure : measures.entrySet()) {
          double[] values = these.stream().mapToDouble(measure.getValue()).filter(v -> !Double.isNaN(v)).sorted()
              .toArray();
          if (values.length > 0) {
            md.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s |%n", variant, start,
                measure.getKey(), number(median(values)), number(values[0]), number(values[values.length - 1])));
          }
        }
      }
    }
    md.append("\n| Ratio application ÷ bare (medians) | first start | restart |\n|---|---:|---:|\n");
    for (String measure : List.of("ready: JVM uptime at ApplicationReadyEvent (s)",
        "ready: launch → readiness 200 (s)", "ready: CPU time of the JVM to readiness (s)",
        "RSS after start (MiB)")) {
      md.append(String.format(Locale.ROOT, "| %s | %.2f | %.2f |%n", measure,
          ratio(launches, "first", measures.get(measure)), ratio(launches, "restart", measures.get(measure))));
    }
    md.append("\nWhere the start-up goes: seconds from JVM start to each milestone (median over runs; first line of"
        + " the log containing it; — absent).\n\n| Milestone |");
    List<String[]> columns = new ArrayList<>();
    for (String start : List.of("first", "restart")) {
      for (String variant : VARIANTS) {
        columns.add(new String[] {variant, start});
        md.append(" ").append(variant).append(", ").append(start).append(" |");
      }
    }
    md.append("\n|---|").append("---:|".repeat(columns.size())).append("\n");
    List<String> rows = new ArrayList<>(MILESTONES.keySet());
    rows.add("ready (ApplicationReadyEvent)");
    for (String milestone : rows) {
      md.append("| ").append(milestone).append(" |");
      for (String[] column : columns) {
        double[] values = select(launches, column[0], column[1]).stream().map(l -> l.times().get(milestone))
            .filter(v -> v != null).mapToDouble(Double::doubleValue).sorted().toArray();
        md.append(" ").append(values.length == 0 ? "—" : String.format(Locale.ROOT, "%.2f", median(values)))
            .append(" |");
      }
      md.append("\n");
    }
    double startRatio = ratio(launches, "first", measures.get("ready: launch → readiness 200 (s)"));
    double restartRatio = ratio(launches, "restart", measures.get("ready: launch → readiness 200 (s)"));
    double rss = medianOf(select(launches, "application", "first"), Launch::rssMiB);
    md.append(String.format(Locale.ROOT, "%nTargets (read, not asserted): start-up ≤ 1.2 × the bare app: first start"
        + " %.2f (%s), restart %.2f (%s); RSS after start < 600 MB (572 MiB): %.0f MiB (%s).%n", startRatio,
        startRatio <= 1.2 ? "met" : "missed", restartRatio, restartRatio <= 1.2 ? "met" : "missed", rss,
        rss * 1024 * 1024 < 600e6 ? "met" : "missed"));
    return md.toString();
  }

  private static List<Launch> select(List<Launch> launches, String variant, String start) {
    return launches.stream().filter(l -> l.variant().equals(variant) && l.start().equals(start)).toList();
  }

  private static double ratio(List<Launch> launches, String start, ToDoubleFunction<Launch> measure) {
    return medianOf(select(launches, "application", start), measure)
        / medianOf(select(launches, "bare", start), measure);
  }

  private static double medianOf(List<Launch> launches, ToDoubleFunction<Launch> measure) {
    return median(launches.stream().mapToDouble(measure).filter(v -> !Double.isNaN(v)).sorted().toArray());
  }

  static double median(double[] sorted) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int middle = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  }

  private static String number(double value) {
    return String.format(Locale.ROOT, Math.abs(value) < 100 ? "%.2f" : "%.0f", value);
  }
}
