package vn.nq21.workflow.benchmark;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.nq21.workflow.Nq21WorkflowApplication;
import vn.nq21.workflow.ledgers.LedgerCounts;
import vn.nq21.workflow.registry.MemberRegistry;
import vn.nq21.workflow.support.EmbeddedPostgresSupport;

/**
 * The registry and the ledgers at the scale of a province (docs/benchmark.md, part 6), on PostgreSQL: 150,000
 * official members in 1,000 chi bộ, overlays on some of them, one year of đảng phí (1.8 million months) with
 * reductions. Measured, each beside a plain query of the same tables:
 * <ul>
 *   <li>the roll of one chi bộ on a date ({@code MemberRegistry.rollOn}), against one SQL statement that reads
 *       the same members, statuses and overlays;</li>
 *   <li>the year-end sweep of R-RK-01a over the province ({@code LedgerCounts.unpaidMonthsAtLeast}) and the full
 *       count of each member it finds ({@code LedgerCounts.unpaidMonths}), against a plain GROUP BY that ignores
 *       reductions;</li>
 *   <li>{@code unpaidMonths} member by member over a sample, and what that would cost for every member.</li>
 * </ul>
 * Not a test: run by {@code ./mvnw -Pbenchmark verify} ({@code -Dbenchmark.registry.skip=true} skips it).
 * Settings: {@code benchmark.registry.members} (150000), {@code benchmark.registry.sample} (3000).
 */
public final class RegistryBenchmark {

  static final int MEMBERS = Integer.getInteger("benchmark.registry.members", 150_000);
  static final int SAMPLE = Integer.getInteger("benchmark.registry.sample", 3_000);
  static final int ROLL_ROUNDS = 5;
  static final int ROLL_CHI_BO = 20;
  static final LocalDate ROLL_DAY = LocalDate.of(2025, 6, 15);
  static final LocalDate YEAR_END = LocalDate.of(2026, 1, 1);

  private RegistryBenchmark() {}

  record Figure(String what, String how, int runs, double mean, double p50, double max, String result) {}

  public static void main(String[] args) throws Exception {
    Path out = AdmissionBenchmark.OUT;
    Files.createDirectories(out);
    Path dir = Files.createTempDirectory("nq21-registry-benchmark");
    Path tree = dir.resolve("organizations.yaml");
    Files.writeString(tree, TasklistBenchmark.provinceTree(), StandardCharsets.UTF_8);
    List<String> appArgs = List.of("--spring.datasource.url=" + EmbeddedPostgresSupport.jdbcUrl(),
        "--spring.datasource.username=" + EmbeddedPostgresSupport.username(),
        "--spring.datasource.password=" + EmbeddedPostgresSupport.password(),
        "--spring.datasource.driver-class-name=org.postgresql.Driver",
        "--nq21.organizations.seed-file=file:" + tree.toAbsolutePath(), "--server.port=0",
        "--nq21.data-dir=" + dir, "--camunda.bpm.job-execution.enabled=false",
        "--nq21.demo.admission-cases=false", "--logging.level.root=WARN");
    List<Figure> figures = new ArrayList<>();
    try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Nq21WorkflowApplication.class)
        .profiles("demo", "test").run(appArgs.toArray(String[]::new))) {
      JdbcClient jdbc = JdbcClient.create(app.getBean(DataSource.class));
      MemberRegistry registry = app.getBean(MemberRegistry.class);
      LedgerCounts counts = app.getBean(LedgerCounts.class);
      long t0 = System.nanoTime();
      generate(jdbc);
      TasklistBenchmark.analyze(app.getBean(DataSource.class));
      System.out.printf("Registry benchmark: %,d members, %,d đảng phí months, generated in %.0f s%n", MEMBERS,
          jdbc.sql("select count(*) from nq21_dues").query(Long.class).single(), (System.nanoTime() - t0) / 1e9);

      List<String> chiBo = jdbc.sql("select code from nq21_organization where code like 'cb-bm%' order by code")
          .query(String.class).list();
      List<Double> service = new ArrayList<>();
      List<Double> plain = new ArrayList<>();
      int official = 0;
      for (int round = 0; round < ROLL_ROUNDS + 1; round++) {
        for (int i = 0; i < ROLL_CHI_BO; i++) {
          String code = chiBo.get((i * 37 + round) % chiBo.size());
          double a = ms(() -> registry.rollOn(code, ROLL_DAY).officialCount());
          double b = ms(() -> plainRoll(jdbc, code, ROLL_DAY));
          if (round > 0) { // the first round warms the JIT and the caches
            service.add(a);
            plain.add(b);
            official = registry.rollOn(code, ROLL_DAY).officialCount();
          }
        }
      }
      figures.add(figure("Roll of one chi bộ on a date", "MemberRegistry.rollOn (3 queries)", service,
          official + " official members"));
      figures.add(figure("Roll of one chi bộ on a date", "plain SQL, one statement", plain, ""));

      for (int round = 0; round < 3; round++) {
        counts.unpaidMonthsAtLeast("tinh-demo", YEAR_END, 3); // warm-up
      }
      List<Double> sweep = new ArrayList<>();
      List<Double> sweepPlain = new ArrayList<>();
      Map<Long, Integer> found = Map.of();
      for (int round = 0; round < 3; round++) {
        long start = System.nanoTime();
        found = counts.unpaidMonthsAtLeast("tinh-demo", YEAR_END, 3);
        sweep.add((System.nanoTime() - start) / 1e6);
        sweepPlain.add(ms(() -> jdbc.sql("""
                select member_id, count(*) from nq21_dues
                where dues_month between date '2025-01-01' and date '2025-12-01'
                  and (status = 'CHUA_NOP' or paid_on >= dues_month + interval '1 month')
                group by member_id having count(*) >= 3""").query().listOfRows().size()));
      }
      figures.add(figure("R-RK-01a sweep of the province (≥ 3 months)", "LedgerCounts.unpaidMonthsAtLeast", sweep,
          String.format("%,d members found", found.size())));
      figures.add(figure("R-RK-01a sweep of the province (≥ 3 months)", "plain GROUP BY, reductions ignored",
          sweepPlain, ""));
      List<Long> candidates = new ArrayList<>(found.keySet());
      long start = System.nanoTime();
      int confirmed = 0;
      for (long id : candidates) {
        if (counts.unpaidMonths(id, YEAR_END).count() >= 3) {
          confirmed++;
        }
      }
      double confirm = (System.nanoTime() - start) / 1e6;
      figures.add(new Figure("Full count of each member found", "LedgerCounts.unpaidMonths per member", 1, confirm,
          confirm, confirm, String.format("%,d of %,d confirmed", confirmed, candidates.size())));

      List<Long> ids = jdbc.sql("select id from nq21_member where record_number like 'BM-%' order by id")
          .query(Long.class).list();
      List<Double> each = new ArrayList<>();
      for (int i = 0; i < SAMPLE + 200; i++) {
        long id = ids.get((int) ((long) i * 7919 % ids.size()));
        double took = ms(() -> counts.unpaidMonths(id, YEAR_END).count());
        if (i >= 200) {
          each.add(took);
        }
      }
      Figure perMember = figure("R-RK-01a member by member (sample)", "LedgerCounts.unpaidMonths", each, "");
      figures.add(perMember);
      figures.add(new Figure("R-RK-01a member by member, whole province", "extrapolated from the sample", 0,
          perMember.mean() * MEMBERS, 0, 0, String.format("%,d members × %.2f ms", MEMBERS, perMember.mean())));
    }
    String table = table(figures);
    System.out.println(table);
    Files.writeString(out.resolve("registry.md"), table, StandardCharsets.UTF_8);
    System.exit(0);
  }

  /** 150,000 official members, their histories and organisations, overlays, one year of dues, reductions. */
  static void generate(JdbcClient jdbc) {
    int perChiBo = MEMBERS / 1000;
    jdbc.sql("""
        insert into nq21_member (record_number, full_name, gender, birth_date, organization_code, status,
          status_since, recognition_date, version)
        select 'BM-' || lpad(i::text, 6, '0'), 'Đảng viên Benchmark ' || i, case when i % 2 = 0 then 'NAM' else 'NU' end,
          date '1950-01-01' + (i % 18000), o.code, 'CHINH_THUC', date '2010-01-01', date '2010-01-01', 0
        from generate_series(0, ? - 1) i
        join (select code, (row_number() over (order by code)) - 1 as n from nq21_organization
              where code like 'cb-bm%') o on o.n = i / ?""").params(MEMBERS, perChiBo).update();
    jdbc.sql("""
        insert into nq21_member_status_history (member_id, from_status, to_status, effective_date, reason, user_id,
          recorded_at)
        select id, null, 'CHINH_THUC', date '2010-01-01', 'Ghi vào sổ', 'he-thong', now() from nq21_member
        where record_number like 'BM-%'""").update();
    jdbc.sql("""
        insert into nq21_member_organization (member_id, organization_code, valid_from, valid_until, reason, user_id,
          recorded_at)
        select id, organization_code, null, null, 'Ghi vào sổ', 'he-thong', now() from nq21_member
        where record_number like 'BM-%'""").update();
    jdbc.sql("""
        insert into nq21_member_overlay (member_id, overlay, valid_from, valid_until, organization_code, place, reason,
          user_id, recorded_at)
        select id, 'MIEN_SH', date '2024-06-01', null, null, null, 'Tuổi cao', 'he-thong', now() from nq21_member
        where record_number like 'BM-%' and id % 50 = 0
        union all
        select id, 'SH_TAM_THOI', date '2025-03-01', date '2025-09-01', null, 'Nơi khác', 'Làm việc có thời hạn',
          'he-thong', now() from nq21_member where record_number like 'BM-%' and id % 100 = 7
        union all
        select id, 'DINH_CHI', date '2025-01-01', null, null, null, 'Tạm giam', 'he-thong', now() from nq21_member
        where record_number like 'BM-%' and id % 200 = 13""").update();
    jdbc.sql("""
        insert into nq21_dues (member_id, dues_month, status, amount, paid_on, organization_code, user_id, recorded_at)
        select m.id, mo::date, case when u.unpaid then 'CHUA_NOP' else 'DA_NOP' end,
          case when u.unpaid then null else 50000 end,
          case when u.unpaid then null when u.late then (mo + interval '1 month 4 days')::date
               else (mo + interval '9 days')::date end,
          m.organization_code, 'he-thong', now()
        from nq21_member m cross join generate_series(date '2025-01-01', date '2025-12-01', interval '1 month') mo
        -- about 2 % of members leave every third month unpaid, 1 % pay January and February late, and a month
        -- here and there is unpaid: some reach 3 months, most have none
        cross join lateral (select
            (m.id % 97 < 2 and extract(month from mo)::int % 3 = 0)
              or (m.id * 7 + extract(month from mo)::int) % 40 = 0 as unpaid,
            (m.id % 89 = 5 and extract(month from mo)::int <= 2)
              or (m.id * 11 + extract(month from mo)::int) % 50 = 0 as late) u
        where m.record_number like 'BM-%'""").update();
    jdbc.sql("""
        insert into nq21_dues_relief (member_id, kind, percent, first_month, last_month, decision, organization_code,
          user_id, recorded_at)
        select id, 'GIAM', 50, date '2025-06-01', date '2025-11-01', 'QĐ giảm đảng phí', organization_code, 'he-thong',
          now() from nq21_member where record_number like 'BM-%' and id % 150 = 3""").update();
  }

  /** The roll's members, statuses and overlays on a day in one statement (PostgreSQL). */
  static int plainRoll(JdbcClient jdbc, String orgCode, LocalDate day) {
    return jdbc.sql("""
        select m.id,
          (select h.to_status from nq21_member_status_history h where h.member_id = m.id and h.effective_date <= ?
             and h.from_status is distinct from h.to_status order by h.effective_date desc, h.id desc limit 1) as status,
          (select string_agg(v.overlay, ',') from nq21_member_overlay v where v.member_id = m.id
             and v.valid_from <= ? and (v.valid_until is null or v.valid_until > ?)) as overlays
        from nq21_member m join nq21_member_organization o on o.member_id = m.id
        where o.organization_code = ? and (o.valid_from is null or o.valid_from <= ?)
          and (o.valid_until is null or o.valid_until > ?)""")
        .params(day, day, day, orgCode, day, day).query().listOfRows().size();
  }

  static double ms(Supplier<Object> work) {
    long start = System.nanoTime();
    work.get();
    return (System.nanoTime() - start) / 1e6;
  }

  static Figure figure(String what, String how, List<Double> runs, String result) {
    double[] sorted = runs.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    return new Figure(what, how, sorted.length, Arrays.stream(sorted).average().orElse(0), sorted[sorted.length / 2],
        sorted[sorted.length - 1], result);
  }

  static String table(List<Figure> figures) {
    StringBuilder t = new StringBuilder(String.format("%nRegistry and ledgers at province scale (%,d members, PostgreSQL)%n%n",
        MEMBERS));
    t.append("| What | How | Runs | Mean ms | p50 ms | Max ms | Result |\n|---|---|---:|---:|---:|---:|---|\n");
    for (Figure f : figures) {
      t.append(String.format("| %s | %s | %d | %.1f | %.1f | %.1f | %s |%n", f.what(), f.how(), f.runs(), f.mean(),
          f.p50(), f.max(), f.result()));
    }
    return t.toString();
  }
}
