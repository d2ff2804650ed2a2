package vn.nq21.workflow.ledgers;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Ledger settings, prefix {@code nq21.ledgers} (defaults in {@code classpath:config/ledgers.yaml}).
 *
 * @param window which months the counts of R-RK-01a and R-RK-01b look at
 * @param temporaryPaysAt where a member on a temporary transfer pays đảng phí (R-CS-T03, procedures.md §15 U9)
 */
@ConfigurationProperties(prefix = "nq21.ledgers")
public record LedgerSettings(@DefaultValue("CALENDAR_YEAR") Window window,
    @DefaultValue("OFFICIAL") DuesPlace temporaryPaysAt) {

  /** U9: the official chi bộ keeps the đảng phí of its members staying elsewhere, or the temporary chi bộ does. */
  public enum DuesPlace {
    OFFICIAL,
    TEMPORARY
  }

  /** "3 months in a year": the same calendar year, or the last 12 ended months. */
  public enum Window {
    CALENDAR_YEAR,
    ROLLING_12
  }
}
