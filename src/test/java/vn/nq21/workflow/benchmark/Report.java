package vn.nq21.workflow.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import vn.nq21.workflow.benchmark.AdmissionBenchmark.Result;

/**
 * The benchmark's results: each database run writes its part ({@code results-<db>.csv}, {@code shape-<db>.txt});
 * the launcher combines them into {@code results.csv} (measured rows, then ratio rows) and {@code summary.md}.
 * Ratios are of costs (time per case, time per task completion), so above 1 means slower than the reference.
 */
record Report(List<Result> results, Map<String, String> shapes, List<String> sql) {

  /** The target of the issue: the application costs at most 30 % more than the bare engine. */
  static final double TARGET = 1.3;

  static void writePart(Path out, String database, List<Result> results, BareReference.Shape shape)
      throws IOException {
    List<String> lines = new ArrayList<>();
    results.forEach(result -> lines.add(result.csv()));
    Files.write(out.resolve("results-" + database + ".csv"), lines);
    Files.writeString(out.resolve("shape-" + database + ".txt"), shape.describe());
  }

  static final String SQL_HEADER = "database,variant,task_completions,select,insert,update,delete,other,total";

  /**
   * The SQL statements per task completion of each variant ({@code sql-<db>.csv}), and every statement with its
   * count per completion ({@code sql-<db>-<variant>.txt}).
   */
  static void writeSql(Path out, String database, Map<String, SqlCounter.Tally> tallies) throws IOException {
    List<String> lines = new ArrayList<>();
    tallies.forEach((variant, t) -> {
      lines.add(String.format(Locale.ROOT, "%s,%s,%d,%.2f,%.2f,%.2f,%.2f,%.2f,%.2f", database, variant,
          t.steps.sum(), t.perStep("SELECT"), t.perStep("INSERT"), t.perStep("UPDATE"), t.perStep("DELETE"),
          t.perStep("OTHER"), t.totalPerStep()));
      try (var writer = new java.io.PrintWriter(Files.newBufferedWriter(
          out.resolve("sql-" + database + "-" + variant.replace('+', '-') + ".txt")))) {
        t.print(writer);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    Files.write(out.resolve("sql-" + database + ".csv"), lines);
  }

  static Report read(Path out, List<String> databases) throws IOException {
    List<Result> results = new ArrayList<>();
    Map<String, String> shapes = new LinkedHashMap<>();
    List<String> sql = new ArrayList<>();
    for (String database : databases) {
      Files.readAllLines(out.resolve("results-" + database + ".csv")).stream().filter(line -> !line.isBlank())
          .map(Result::parse).forEach(results::add);
      shapes.put(database, Files.readString(out.resolve("shape-" + database + ".txt")));
      Files.readAllLines(out.resolve("sql-" + database + ".csv")).stream().filter(line -> !line.isBlank())
          .forEach(sql::add);
    }
    return new Report(results, shapes, sql);
  }

  Optional<Result> find(String database, String variant, int threads) {
    return results.stream().filter(r -> r.database().equals(database) && r.variant().equals(variant)
        && r.threads() == threads).findFirst();
  }

  /** A ratio row: cost of {@code a} ÷ cost of {@code b} for each measure. */
  record Ratio(String label, int threads, double perCase, double perTask, double p50, double p95, double p99,
      double cpu) {

    static Ratio of(String label, Result a, Result b) {
      return new Ratio(label, a.threads(), b.casesPerSecond() / a.casesPerSecond(),
          b.tasksPerSecond() / a.tasksPerSecond(), a.p50() / b.p50(), a.p95() / b.p95(), a.p99() / b.p99(),
          a.cpuMs() / b.cpuMs());
    }

    double worst() {
      return Math.max(Math.max(perCase, perTask), Math.max(p50, Math.max(p95, p99)));
    }
  }

  List<Ratio> ratios() {
    List<Ratio> ratios = new ArrayList<>();
    List<String> databases = results.stream().map(Result::database).distinct().toList();
    List<Integer> threads = results.stream().map(Result::threads).distinct().toList();
    for (String database : databases) {
      for (String[] pair : new String[][] {{"application", "bare"}, {"application", "bare+auth"},
          {"bare+auth", "bare"}}) {
        for (int t : threads) {
          find(database, pair[0], t).ifPresent(a -> find(database, pair[1], t)
              .ifPresent(b -> ratios.add(Ratio.of(database + ": " + pair[0] + " ÷ " + pair[1], a, b))));
        }
      }
    }
    if (databases.contains("h2") && databases.contains("postgres")) {
      for (String variant : List.of("application", "bare")) {
        for (int t : threads) {
          find("postgres", variant, t).ifPresent(pg -> find("h2", variant, t)
              .ifPresent(h2 -> ratios.add(Ratio.of(variant + ": PostgreSQL ÷ H2", pg, h2))));
        }
      }
    }
    return ratios;
  }

  String table() {
    StringBuilder s = new StringBuilder();
    s.append("| Database | Variant | Threads | Cases | Cases/s | Tasks/s | ms/case | p50 ms | p95 ms | p99 ms"
        + " | CPU ms/task |\n");
    s.append("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (Result r : results) {
      s.append(String.format(Locale.ROOT, "| %s | %s | %d | %d | %.2f | %.1f | %.1f | %.1f | %.1f | %.1f | %.2f |%n",
          r.database(), r.variant(), r.threads(), r.cases(), r.casesPerSecond(), r.tasksPerSecond(),
          1000 * r.seconds() / r.cases(), r.p50(), r.p95(), r.p99(), r.cpuMs()));
    }
    s.append("\nRatios of cost (time per case, per task completion, latency percentiles); target application ÷ bare ≤ ")
        .append(TARGET).append(":\n\n");
    s.append("| Ratio | Threads | per case | per task | p50 | p95 | p99 | target | CPU per task |\n");
    s.append("|---|---:|---:|---:|---:|---:|---:|---|---:|\n");
    for (Ratio r : ratios()) {
      String target = r.label().endsWith("application ÷ bare") ? (r.worst() <= TARGET ? "met" : "MISSED") : "—";
      s.append(String.format(Locale.ROOT, "| %s | %d | %.2f | %.2f | %.2f | %.2f | %.2f | %s | %.2f |%n", r.label(),
          r.threads(), r.perCase(), r.perTask(), r.p50(), r.p95(), r.p99(), target, r.cpu()));
    }
    if (!sql.isEmpty()) {
      s.append("\nSQL statements per task completion (counted over ").append(AdmissionBenchmark.SQL_CASES)
          .append(" cases after the timed runs; a batched row counts as one):\n\n");
      s.append("| Database | Variant | SELECT | INSERT | UPDATE | DELETE | total |\n");
      s.append("|---|---|---:|---:|---:|---:|---:|\n");
      for (String line : sql) {
        String[] f = line.split(",");
        s.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s |%n", f[0], f[1], f[3], f[4], f[5],
            f[6], f[8]));
      }
    }
    return s.toString();
  }

  void write(Path out) throws IOException {
    List<String> csv = new ArrayList<>();
    csv.add(Result.CSV_HEADER);
    results.forEach(r -> csv.add(r.csv()));
    Files.write(out.resolve("results.csv"), csv);
    List<String> ratioCsv = new ArrayList<>();
    ratioCsv.add("ratio,threads,per_case,per_task,p50,p95,p99,cpu_per_task");
    ratios().forEach(r -> ratioCsv.add(String.format(Locale.ROOT, "%s,%d,%.3f,%.3f,%.3f,%.3f,%.3f,%.3f", r.label(),
        r.threads(), r.perCase(), r.perTask(), r.p50(), r.p95(), r.p99(), r.cpu())));
    Files.write(out.resolve("ratios.csv"), ratioCsv);
    List<String> sqlCsv = new ArrayList<>();
    sqlCsv.add(SQL_HEADER);
    sqlCsv.addAll(sql);
    Files.write(out.resolve("sql.csv"), sqlCsv);

    StringBuilder md = new StringBuilder("# Benchmark: case cost (admission and probation)\n\n");
    md.append("Run ").append(Instant.now()).append("; ").append(AdmissionBenchmark.settings()).append(".\n\n");
    md.append("Each case: the start form and the ").append(AdmissionStory.steps()).append(" task forms of the ")
        .append("admission happy path of chi bộ thôn Đông (KN01–KN15) and of the probation case the ceremony opens, ")
        .append("up to recognition (CN01–CN08), submitted through the form service as the demo users; the ")
        .append("engine clock on the ceremony day, then on the day after probation ends, when the review timer ")
        .append("is executed. Latency is one `submitTaskForm`. The bare reference runs a generated process of ")
        .append("the same shape on a plain engine:\n\n");
    shapes.forEach((database, shape) -> md.append("- ").append(database).append(": ").append(shape).append('\n'));
    md.append('\n').append(table());
    md.append("\nThe task list at scale is in tasklist.md, start-up and memory in startup.md (same profile).\n");
    Files.writeString(out.resolve("summary.md"), md.toString());
  }
}
