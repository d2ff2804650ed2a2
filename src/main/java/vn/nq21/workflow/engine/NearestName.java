package vn.nq21.workflow.engine;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** The name someone probably meant when they wrote one that does not exist (at most two edits away). */
public final class NearestName {

  private static final LevenshteinDistance WITHIN_TWO_EDITS = new LevenshteinDistance(2);

  private NearestName() {}

  public static Optional<String> nearest(String given, Collection<String> candidates) {
    String g = given.toLowerCase(Locale.ROOT);
    return candidates.stream()
        .filter(c -> !c.equals(given))
        .filter(c -> WITHIN_TWO_EDITS.apply(g, c.toLowerCase(Locale.ROOT)) >= 0)
        .min(Comparator.comparingInt(c -> WITHIN_TWO_EDITS.apply(g, c.toLowerCase(Locale.ROOT))));
  }

  /** " (có phải “x”?)" for the nearest candidate, else "". */
  public static String suggest(String given, Collection<String> candidates) {
    return nearest(given, candidates).map(c -> " (có phải “" + c + "”?)").orElse("");
  }
}
