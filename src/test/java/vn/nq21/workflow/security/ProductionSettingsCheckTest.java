package vn.nq21.workflow.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class ProductionSettingsCheckTest {

  private final ProductionSettingsCheck check = new ProductionSettingsCheck();

  private static StandardEnvironment environment(Map<String, Object> values, String... profiles) {
    StandardEnvironment env = new StandardEnvironment();
    env.getPropertySources().addFirst(new MapPropertySource("test", values));
    env.setActiveProfiles(profiles);
    return env;
  }

  private static Map<String, Object> complete() {
    return new java.util.HashMap<>(Map.of(
        "NQ21_DB_URL", "jdbc:postgresql://db:5432/nq21", "NQ21_DB_USER", "nq21", "NQ21_DB_PASSWORD", "k9-Rq2!vL7x",
        "NQ21_ADMIN_ID", "quantri", "NQ21_ADMIN_PASSWORD", "Mat-khau-rat-dai-2026",
        "NQ21_ORGANIZATIONS_FILE", "file:/etc/nq21/organizations.yaml"));
  }

  @Test
  void withoutThePostgresProfileNothingIsRequired() {
    assertThatCode(() -> check.postProcessEnvironment(environment(Map.of()), new SpringApplication()))
        .doesNotThrowAnyException();
  }

  @Test
  void missingVariablesAreEachNamed() {
    Map<String, Object> values = complete();
    values.remove("NQ21_DB_URL");
    values.remove("NQ21_ADMIN_PASSWORD");
    assertThatThrownBy(() -> check.postProcessEnvironment(environment(values, "postgres"), new SpringApplication()))
        .isInstanceOf(ProductionSettingsException.class)
        .hasMessageContaining("NQ21_DB_URL").hasMessageContaining("NQ21_ADMIN_PASSWORD")
        .hasMessageNotContaining("NQ21_DB_USER");
  }

  @Test
  void demoProfileIsRefusedTogetherWithPostgres() {
    assertThatThrownBy(() -> check.postProcessEnvironment(environment(complete(), "postgres", "demo"),
        new SpringApplication())).hasMessageContaining("'demo'");
  }

  @Test
  void knownDefaultAndShortAdminPasswordsAreRefused() {
    for (String weak : new String[] {"demo", "admin", "Demo@2026", "quantri", "ngan"}) {
      Map<String, Object> values = complete();
      values.put("NQ21_ADMIN_PASSWORD", weak);
      assertThatThrownBy(() -> check.postProcessEnvironment(environment(values, "postgres"), new SpringApplication()))
          .as(weak).hasMessageContaining("NQ21_ADMIN_PASSWORD");
    }
  }

  @Test
  void completeSettingsPass() {
    assertThatCode(() -> check.postProcessEnvironment(environment(complete(), "postgres"), new SpringApplication()))
        .doesNotThrowAnyException();
  }
}
