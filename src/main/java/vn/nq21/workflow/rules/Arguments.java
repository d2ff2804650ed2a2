package vn.nq21.workflow.rules;

/**
 * Arguments a rule's caller must always supply (a date to evaluate on, a vote rule): missing ones are a
 * programming error, reported in Vietnamese as {@link IllegalArgumentException}, never a clerk's problem.
 */
public final class Arguments {

  private Arguments() {}

  public static void require(Object value, String label) {
    if (value == null) {
      throw new IllegalArgumentException("Thiếu " + lowerFirst(label) + ".");
    }
  }

  public static void requireText(String value, String label) {
    if (isBlank(value)) {
      throw new IllegalArgumentException("Thiếu " + lowerFirst(label) + ".");
    }
  }

  public static boolean isBlank(String text) {
    return text == null || text.isBlank();
  }

  /** "Số đảng viên…" → "số đảng viên…", for a label inside a sentence. */
  public static String lowerFirst(String text) {
    return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
  }
}
