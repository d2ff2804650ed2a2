package vn.nq21.workflow.security;

import java.util.List;

/** The production profile's settings are missing or unsafe; each problem names what to set. */
public class ProductionSettingsException extends IllegalStateException {

  private final List<String> problems;

  public ProductionSettingsException(List<String> problems) {
    super("Không khởi động được với hồ sơ 'postgres':\n  - " + String.join("\n  - ", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
