package vn.nq21.workflow.support;

/** Unique person names for tests and benchmarks: a name is letters only (the registry refuses digits). */
public final class TestNames {

  private TestNames() {}

  /** 1 → "A", 26 → "Z", 27 → "Aa", …: a number as a word of letters. */
  public static String letters(int n) {
    StringBuilder s = new StringBuilder();
    for (int v = n; v > 0; v = (v - 1) / 26) {
      s.insert(0, (char) ('a' + (v - 1) % 26));
    }
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
