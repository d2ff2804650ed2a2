package vn.nq21.workflow.engine;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.Calendar;
import java.util.Date;

/**
 * Reads the values Camunda Forms leave in process variables: dates arrive as ISO strings
 * ("2025-01-31"), earlier steps or Java code may have stored a {@link Date}, a {@link LocalDate} or
 * another date-time type.
 */
public final class FormValues {

  /** Dates are calendar dates in Vietnam (domain specification §0.2). */
  public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

  private FormValues() {}

  /** The calendar day of {@code value} in Vietnam; null for null or blank text. */
  public static LocalDate toLocalDate(Object value) {
    return toLocalDate(value, ZONE);
  }

  /** The calendar day of {@code value} in {@code zone}; null for null or blank text. */
  public static LocalDate toLocalDate(Object value, ZoneId zone) {
    if (value == null) {
      return null;
    }
    if (value instanceof LocalDate date) {
      return date;
    }
    if (value instanceof java.sql.Date sqlDate) {
      return sqlDate.toLocalDate();
    }
    if (value instanceof Date date) {
      return date.toInstant().atZone(zone).toLocalDate();
    }
    if (value instanceof Calendar calendar) {
      return calendar.toInstant().atZone(zone).toLocalDate();
    }
    if (value instanceof ZonedDateTime dateTime) {
      return dateTime.withZoneSameInstant(zone).toLocalDate();
    }
    if (value instanceof OffsetDateTime dateTime) {
      return dateTime.atZoneSameInstant(zone).toLocalDate();
    }
    if (value instanceof Instant instant) {
      return instant.atZone(zone).toLocalDate();
    }
    if (value instanceof LocalDateTime dateTime) {
      return dateTime.toLocalDate();
    }
    if (value instanceof CharSequence text) {
      String s = text.toString().trim();
      return s.isEmpty() ? null : parse(s, zone);
    }
    if (value instanceof TemporalAccessor temporal) {
      return LocalDate.from(temporal);
    }
    throw new IllegalArgumentException("Không đọc được ngày từ giá trị kiểu " + value.getClass().getName());
  }

  private static LocalDate parse(String text, ZoneId zone) {
    try {
      if (text.length() == 10) {
        return LocalDate.parse(text);
      }
      if (text.endsWith("Z") || text.matches(".*[+-]\\d{2}:?\\d{2}$")) {
        return OffsetDateTime.parse(text).atZoneSameInstant(zone).toLocalDate();
      }
      return LocalDateTime.parse(text).toLocalDate();
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("Ngày không hợp lệ: \"" + text + "\" (cần dạng năm-tháng-ngày, ví dụ 2026-03-15)", e);
    }
  }
}
