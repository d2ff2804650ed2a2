package vn.nq21.workflow.engine.modelcheck;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Variable names some code or model reads or writes: exact names, plus the names a composed string
 * stands for. A composed string is what {@code "introducer" + n + "RecordNumber"} compiles to (javac 9+
 * keeps it as one recipe, {@code "introducer\u0001RecordNumber"}, the argument marked by U+0001); it
 * stands for every name with that first piece (at least three characters), those further pieces in that
 * order, and letters or digits in between.
 */
public final class KnownVariables {

  /** Knows nothing. */
  public static final KnownVariables NONE = new KnownVariables(Set.of(), List.of());

  private static final char ARGUMENT = '\u0001';
  private static final Pattern PIECE = Pattern.compile("[A-Za-z0-9_]*");
  private static final int MIN_FIRST_PIECE = 3;

  private final Set<String> names;
  private final List<Pattern> composed;

  private KnownVariables(Set<String> names, List<Pattern> composed) {
    this.names = Collections.unmodifiableSet(names);
    this.composed = List.copyOf(composed);
  }

  /** Exactly these names. */
  public static KnownVariables of(Collection<String> names) {
    return new KnownVariables(new TreeSet<>(names), List.of());
  }

  /**
   * The string constants of some compiled code: each is a name, and each concatenation recipe whose
   * pieces could be parts of a name stands for the names that fit it.
   */
  public static KnownVariables fromConstants(Collection<String> constants) {
    Set<String> names = new TreeSet<>();
    List<Pattern> composed = new ArrayList<>();
    Set<String> recipes = new TreeSet<>();
    for (String constant : constants) {
      if (constant.indexOf(ARGUMENT) < 0) {
        names.add(constant);
      } else if (recipes.add(constant)) {
        Pattern pattern = recipePattern(constant);
        if (pattern != null) {
          composed.add(pattern);
        }
      }
    }
    return new KnownVariables(names, composed);
  }

  private static Pattern recipePattern(String recipe) {
    String[] pieces = recipe.split(String.valueOf(ARGUMENT), -1);
    if (pieces[0].length() < MIN_FIRST_PIECE || !Character.isLetter(pieces[0].charAt(0))) {
      return null;
    }
    StringBuilder regex = new StringBuilder();
    for (int i = 0; i < pieces.length; i++) {
      if (!PIECE.matcher(pieces[i]).matches()) {
        return null;
      }
      if (i > 0) {
        regex.append("[A-Za-z0-9_]+");
      }
      regex.append(Pattern.quote(pieces[i]));
    }
    return Pattern.compile(regex.toString());
  }

  /** Whether {@code name} is one of the names, or fits a composed one. */
  public boolean contains(String name) {
    if (names.contains(name)) {
      return true;
    }
    for (Pattern pattern : composed) {
      if (pattern.matcher(name).matches()) {
        return true;
      }
    }
    return false;
  }

  /** Both sets of names. */
  public KnownVariables and(KnownVariables other) {
    if (other.names.isEmpty() && other.composed.isEmpty()) {
      return this;
    }
    Set<String> allNames = new TreeSet<>(names);
    allNames.addAll(other.names);
    List<Pattern> allComposed = new ArrayList<>(composed);
    allComposed.addAll(other.composed);
    return new KnownVariables(allNames, allComposed);
  }

  /** The exact names (for suggestions). */
  public Set<String> names() {
    return names;
  }

  @Override
  public String toString() {
    return names.size() + " tên" + (composed.isEmpty() ? "" : ", " + composed.size() + " mẫu ghép " + composed);
  }
}
