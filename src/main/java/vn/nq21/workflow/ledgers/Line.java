package vn.nq21.workflow.ledgers;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.nq21.workflow.ledgers.SheetReader.SheetRow;

/** One line being read: its values as the ledger needs them, each problem noted with the line's number. */
final class Line {

  private static final Pattern DATE = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})");
  private static final Pattern MONTH = Pattern.compile("(\\d{1,2})[/.-](\\d{4})");
  private static final Pattern ISO_MONTH = Pattern.compile("(\\d{4})-(\\d{1,2})");

  private final SheetRow row;
  private final List<String> problems;

  Line(SheetRow row, List<String> problems) {
    this.row = row;
    this.problems = problems;
  }

  int number() {
    return row.line();
  }

  void problem(String message) {
    problems.add("Dòng " + row.line() + ": " + message);
  }

  String text(String column) {
    return row.get(column);
  }

  String required(String column, String label) {
    String value = row.get(column);
    if (value == null) {
      problem("thiếu “" + label + "”.");
    }
    return value;
  }

  /** dd/MM/yyyy (also with - or .) or yyyy-MM-dd. */
  LocalDate date(String column, String label) {
    String value = row.get(column);
    if (value == null) {
      return null;
    }
    try {
      Matcher m = DATE.matcher(value);
      if (m.matches()) {
        return LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
      }
      return LocalDate.parse(value, DateTimeFormatter.ISO_LOCAL_DATE);
    } catch (java.time.DateTimeException e) {
      problem("“" + label + "” (" + value + ") không phải một ngày (ngày/tháng/năm).");
      return null;
    }
  }

  /** MM/yyyy, yyyy-MM, or a date (its month). */
  YearMonth month(String column, String label) {
    String value = row.get(column);
    if (value == null) {
      return null;
    }
    try {
      Matcher m = MONTH.matcher(value);
      if (m.matches()) {
        return YearMonth.of(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
      }
      Matcher iso = ISO_MONTH.matcher(value);
      if (iso.matches()) {
        return YearMonth.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)));
      }
    } catch (java.time.DateTimeException e) {
      // falls through to the message below
    }
    LocalDate date = dateOrNull(value);
    if (date != null) {
      return YearMonth.from(date);
    }
    problem("“" + label + "” (" + value + ") không phải một tháng (tháng/năm, ví dụ 03/2026).");
    return null;
  }

  private static LocalDate dateOrNull(String value) {
    try {
      Matcher m = DATE.matcher(value);
      if (m.matches()) {
        return LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
      }
      return LocalDate.parse(value);
    } catch (RuntimeException e) {
      return null;
    }
  }

  /**
   * A whole number of đồng: plain digits, or digits grouped by thousands with dots, commas or spaces ("50.000",
   * "1,250,000"), with or without "đ"/"đồng". A decimal ("50000.5", "50,5") is refused, not read as something else.
   */
  Long amount(String column, String label) {
    String value = row.get(column);
    if (value == null) {
      return null;
    }
    String number = value.replaceAll("(?i)\\s*(đồng|đ|vnd)$", "").strip();
    if (!number.matches("\\d{1,15}|\\d{1,3}([.,\\s\u00a0]\\d{3})+")) {
      problem("“" + label + "” (" + value + ") không phải một số tiền (số đồng, không có phần lẻ).");
      return null;
    }
    return Long.parseLong(number.replaceAll("[.,\\s\u00a0]", ""));
  }

  /** A text no longer than its column holds. */
  String text(String column, String label, int max) {
    String value = row.get(column);
    if (value != null && value.length() > max) {
      problem("“" + label + "” dài quá " + max + " ký tự.");
    }
    return value;
  }

  Integer whole(String column, String label) {
    String value = row.get(column);
    if (value == null) {
      return null;
    }
    if (!value.matches("\\d{1,6}")) {
      problem("“" + label + "” (" + value + ") không phải một số.");
      return null;
    }
    return Integer.parseInt(value);
  }

  /** A value given by its code (DA_NOP) or its label (Đã nộp), without regard to accents or case. */
  <E extends Enum<E>> E choice(String column, String label, Class<E> type, java.util.function.Function<E, String> labelOf) {
    String value = row.get(column);
    if (value == null) {
      return null;
    }
    String key = SheetReader.column(value);
    for (E e : type.getEnumConstants()) {
      if (SheetReader.column(e.name()).equals(key) || SheetReader.column(labelOf.apply(e)).equals(key)) {
        return e;
      }
    }
    StringBuilder allowed = new StringBuilder();
    for (E e : type.getEnumConstants()) {
      allowed.append(allowed.length() == 0 ? "" : ", ").append(e.name()).append(" (").append(labelOf.apply(e))
          .append(")");
    }
    problem("“" + label + "” (" + value + ") không hợp lệ; ghi một trong: " + allowed + ".");
    return null;
  }
}
