package bench.bare;

import java.util.Arrays;
import java.util.stream.Stream;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The reference for {@code StartupBenchmark} (docs/benchmark.md): a bare Spring Boot application with Camunda's
 * webapp and REST starters on an H2 file database, and nothing of NQ21. It lives outside {@code vn.nq21.workflow}
 * so that its component scan finds none of the application's beans, and it reads {@code bare.yaml} instead of
 * {@code application.yaml} (no Liquibase, no models, no organisation seed, no demo data): Camunda creates its own
 * schema, as a new Camunda Spring Boot project does. Run on its own with the test class path; the database lives
 * under {@code bare.data-dir} (default: a folder in the system temporary directory).
 */
@SpringBootApplication
public class BareCamundaApplication {

  /** Command-line argument that makes Spring Boot read {@code bare.yaml}, never the application's settings. */
  public static final String CONFIG_NAME = "--spring.config.name=bare";

  public static void main(String[] args) {
    SpringApplication.run(BareCamundaApplication.class, withConfigName(args));
  }

  public static String[] withConfigName(String[] args) {
    return Stream.concat(Stream.of(CONFIG_NAME), Arrays.stream(args)).toArray(String[]::new);
  }
}
