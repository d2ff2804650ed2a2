package vn.nq21.workflow.votes;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The vote rules an administrator may set, prefix {@code nq21.votes} (defaults in {@code
 * classpath:config/votes.yaml}).
 *
 * @param minimumOfficialMembers the fewest official members a chi bộ needs for a valid vote (R-GEN-10, Điều lệ
 *     Điều 21, 24) — default 3
 */
@ConfigurationProperties(prefix = "nq21.votes")
public record VoteSettings(@DefaultValue("3") int minimumOfficialMembers) {

  public VoteSettings {
    if (minimumOfficialMembers < 1) {
      throw new IllegalArgumentException("Cấu hình nq21.votes.minimum-official-members phải ít nhất 1 (đang là "
          + minimumOfficialMembers + ").");
    }
  }

  /** The shipped defaults. */
  public static VoteSettings defaults() {
    return new VoteSettings(3);
  }
}
