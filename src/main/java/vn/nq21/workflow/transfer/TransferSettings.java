package vn.nq21.workflow.transfer;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The transfer's settings, prefix {@code nq21.transfer} (defaults in {@code classpath:config/transfer.yaml});
 * procedures.md §15 calls them {@code transfer.*}.
 *
 * @param noShowMonthsForRemovalReview U7: months after the receiving side was told before a no-show is reviewed
 * @param temporaryReportWorkingDays U8: working days a temporary member has to report at the temporary chi bộ
 */
@ConfigurationProperties(prefix = "nq21.transfer")
public record TransferSettings(@DefaultValue("3") int noShowMonthsForRemovalReview,
    @DefaultValue("30") int temporaryReportWorkingDays) {

  public TransferSettings {
    check("no-show-months-for-removal-review", noShowMonthsForRemovalReview);
    check("temporary-report-working-days", temporaryReportWorkingDays);
  }

  private static void check(String name, int value) {
    if (value < 1) {
      throw new IllegalArgumentException("Cấu hình nq21.transfer." + name + " phải ít nhất 1 (đang là " + value + ").");
    }
  }
}
