package vn.nq21.workflow.support;

import java.util.Map;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * What an operator exports before starting the production profile, pointing at the embedded PostgreSQL.
 * Declare it before {@code @SpringBootTest}: the settings check reads them while Spring prepares the
 * environment, which test listeners may trigger before the test class is even initialised.
 */
public class PostgresEnvironment implements BeforeAllCallback, AfterAllCallback {

  public static final String ADMIN = "quantri";
  public static final String ADMIN_PASSWORD = "Mat-khau-thu-nghiem-2026";

  static Map<String, String> variables() {
    return Map.of(
        "NQ21_DB_URL", EmbeddedPostgresSupport.jdbcUrl(),
        "NQ21_DB_USER", EmbeddedPostgresSupport.username(),
        "NQ21_DB_PASSWORD", EmbeddedPostgresSupport.password(),
        "NQ21_ADMIN_ID", ADMIN,
        "NQ21_ADMIN_PASSWORD", ADMIN_PASSWORD,
        "NQ21_ORGANIZATIONS_FILE", "classpath:demo/organizations.yaml");
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    variables().forEach(System::setProperty);
  }

  @Override
  public void afterAll(ExtensionContext context) {
    variables().keySet().forEach(System::clearProperty);
  }
}
