package vn.nq21.workflow.exemption;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The exemption's settings, prefix {@code nq21.exemption} (defaults in {@code classpath:config/exemption.yaml});
 * procedures.md §15 U10 calls them {@code mien.*}.
 *
 * @param advancedAgeWarnBelow "tuổi cao" below this age gets a warning (no threshold in current texts, R-MS-03 [U])
 * @param reviewEveryMonths an open-ended exemption reminds the chi ủy to look at it again every so many months
 *     (a reminder, not a rule, R-MS-07 [U])
 */
@ConfigurationProperties(prefix = "nq21.exemption")
public record ExemptionSettings(@DefaultValue("60") int advancedAgeWarnBelow, @DefaultValue("12") int reviewEveryMonths) {

  public ExemptionSettings {
    if (reviewEveryMonths < 1) {
      throw new IllegalArgumentException("Cấu hình nq21.exemption.review-every-months phải ít nhất 1 (đang là "
          + reviewEveryMonths + ").");
    }
  }
}
