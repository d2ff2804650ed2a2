package vn.nq21.workflow.security;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Under the {@code postgres} profile, stops start-up before anything connects when a setting is
 * missing or is a demo value: the message names each environment variable to set. Runs after the
 * configuration files are read (lowest precedence), so it sees the active profiles.
 */
public class ProductionSettingsCheck implements EnvironmentPostProcessor, Ordered {

  public static final String PROFILE = "postgres";
  static final List<String> REQUIRED = List.of(
      "NQ21_DB_URL", "NQ21_DB_USER", "NQ21_DB_PASSWORD", "NQ21_ADMIN_ID", "NQ21_ADMIN_PASSWORD",
      "NQ21_ORGANIZATIONS_FILE");
  /** Passwords that ship in examples, demos and habits; never accepted in production. */
  static final Set<String> KNOWN_DEFAULTS = Set.of(
      "demo", "admin", "camunda", "password", "123456", "12345678", "123456789", "changeme", "secret",
      "demo@2026", "postgres", "nq21");
  static final int MIN_PASSWORD_LENGTH = 10;

  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE;
  }

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    List<String> profiles = Arrays.asList(environment.getActiveProfiles());
    if (!profiles.contains(PROFILE)) {
      return;
    }
    List<String> problems = new ArrayList<>();
    if (profiles.contains("demo")) {
      problems.add("Hồ sơ cấu hình 'demo' không được bật cùng 'postgres': bỏ 'demo' khỏi SPRING_PROFILES_ACTIVE.");
    }
    for (String name : REQUIRED) {
      String value = environment.getProperty(name);
      if (value == null || value.isBlank()) {
        problems.add("Chưa đặt biến môi trường " + name + ".");
      }
    }
    String url = environment.getProperty("NQ21_DB_URL");
    if (url != null && !url.isBlank() && !url.startsWith("jdbc:postgresql:")) {
      problems.add("NQ21_DB_URL phải có dạng jdbc:postgresql://máy-chủ:5432/tên-csdl (đang là '" + url + "').");
    }
    String adminId = environment.getProperty("NQ21_ADMIN_ID");
    String adminPassword = environment.getProperty("NQ21_ADMIN_PASSWORD");
    if (adminPassword != null && !adminPassword.isBlank()) {
      problems.addAll(passwordProblems("NQ21_ADMIN_PASSWORD", adminPassword, adminId));
    }
    String dbPassword = environment.getProperty("NQ21_DB_PASSWORD");
    if (dbPassword != null && !dbPassword.isBlank() && KNOWN_DEFAULTS.contains(dbPassword.toLowerCase(Locale.ROOT))) {
      problems.add("NQ21_DB_PASSWORD là mật khẩu mặc định quen thuộc: đặt mật khẩu riêng cho cơ sở dữ liệu.");
    }
    if (!problems.isEmpty()) {
      throw new ProductionSettingsException(problems);
    }
  }

  static List<String> passwordProblems(String variable, String password, String userId) {
    List<String> problems = new ArrayList<>();
    if (KNOWN_DEFAULTS.contains(password.toLowerCase(Locale.ROOT)) || password.equals(userId)) {
      problems.add(variable + " là mật khẩu mặc định hoặc trùng tên đăng nhập: đặt mật khẩu riêng.");
    } else if (password.length() < MIN_PASSWORD_LENGTH) {
      problems.add(variable + " cần ít nhất " + MIN_PASSWORD_LENGTH + " ký tự.");
    }
    return problems;
  }
}
