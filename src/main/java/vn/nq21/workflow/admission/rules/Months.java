package vn.nq21.workflow.admission.rules;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** Calendar-month arithmetic (R-GEN-02) and the date format of messages. */
final class Months {

  /** Dates in messages for the clerk. */
  static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private Months() {}

  static String format(LocalDate date) {
    return date == null ? "(chưa có)" : DAY.format(date);
  }

  /**
   * Whole months from {@code from} to {@code to} per R-GEN-02: the largest N with {@code
   * from.plusMonths(N) <= to}. Differs from {@link ChronoUnit#MONTHS} at month ends: from 31/01 the
   * first month is reached on 28/02 (or 29/02), because {@code plusMonths} clamps to the month's last day.
   * Requires {@code from <= to}.
   */
  static int full(LocalDate from, LocalDate to) {
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("Ngày " + format(to) + " trước ngày " + format(from) + ".");
    }
    long n = ChronoUnit.MONTHS.between(from, to);
    while (!from.plusMonths(n + 1).isAfter(to)) {
      n++;
    }
    return Math.toIntExact(n);
  }

  /** Months counting only year and month, ignoring the day (§15 U2, MONTH_GRANULAR). */
  static int granular(LocalDate from, LocalDate to) {
    return Math.toIntExact((to.getYear() * 12L + to.getMonthValue()) - (from.getYear() * 12L + from.getMonthValue()));
  }

  /** "17 tuổi 11 tháng" for 215 months. */
  static String asYearsAndMonths(int months) {
    return months / 12 + " tuổi" + (months % 12 == 0 ? "" : " " + months % 12 + " tháng");
  }
}
