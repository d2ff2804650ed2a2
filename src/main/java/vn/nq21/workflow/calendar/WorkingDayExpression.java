package vn.nq21.workflow.calendar;

import java.text.Normalizer;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads working-day durations in due-date and timer expressions: {@code "30WD"}, {@code "30 WD"},
 * {@code "30 ngày làm việc"} (also without diacritics, {@code "30 ngay lam viec"}).
 */
final class WorkingDayExpression {

  private static final Pattern WORKING_DAYS =
      Pattern.compile(
          "^\\s*(\\d{1,4})\\s*(?:WD|ngày\\s+làm\\s+việc|ngay\\s+lam\\s+viec)\\s*$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private WorkingDayExpression() {}

  /** The number of working days, or empty if {@code text} is not a working-day expression. */
  static OptionalInt parse(String text) {
    if (text == null) {
      return OptionalInt.empty();
    }
    // Vietnamese typed on some keyboards arrives decomposed (NFD); compare in composed form.
    Matcher matcher = WORKING_DAYS.matcher(Normalizer.normalize(text, Normalizer.Form.NFC));
    return matcher.matches() ? OptionalInt.of(Integer.parseInt(matcher.group(1))) : OptionalInt.empty();
  }
}
