package vn.nq21.workflow.ledgers;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Ledger settings, prefix {@code nq21.ledgers} (defaults in {@code classpath:config/ledgers.yaml}).
 *
 * @param window which months the counts of R-RK-01a and R-RK-01b look at
 */
@ConfigurationProperties(prefix = "nq21.ledgers")
public record LedgerSettings(@DefaultValue("CALENDAR_YEAR") Window window) {

  /** "3 months in a year": the same calendar year, or the last 12 ended months. */
  public enum Window {
    CALENDAR_YEAR,
    ROLLING_12
  }
}
