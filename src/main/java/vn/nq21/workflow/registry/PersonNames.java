package vn.nq21.workflow.registry;

import java.util.regex.Pattern;

/**
 * What a person's name may hold: letters (Vietnamese and those of the ethnic minorities' names, with their
 * marks), spaces, and the apostrophe, hyphen and full stop some names carry (e.g. “H'Hen Niê”). Nothing
 * else: a name is shown on every form and list, and a character that markup or Markdown reads (&lt; &gt; *
 * _ [ ] ! ` # \ …) must never reach a clerk's screen as anything but text. Checked at the registry's door,
 * so no path (a start form, an import, a REST client) stores such a name.
 */
public final class PersonNames {

  /** Longest name accepted, in characters. */
  public static final int MAX_LENGTH = 100;

  private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{M}]+(?:[ .'’-]+[\\p{L}\\p{M}]+)*\\.?");

  private PersonNames() {}

  /** What is wrong with {@code name} as a person's name, in Vietnamese; null when it is a name. */
  public static String problem(String name) {
    if (name == null || name.isBlank()) {
      return "Chưa nhập họ và tên.";
    }
    String trimmed = name.strip();
    if (trimmed.length() > MAX_LENGTH) {
      return "Họ và tên dài quá " + MAX_LENGTH + " ký tự.";
    }
    if (!NAME.matcher(trimmed).matches()) {
      return "Họ và tên “" + (trimmed.length() > 40 ? trimmed.substring(0, 40) + "…" : trimmed) + "” chỉ được gồm chữ"
          + " cái, dấu cách và các dấu ' - . trong tên; không nhận ký hiệu hay mã định dạng.";
    }
    return null;
  }
}
