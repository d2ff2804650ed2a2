package vn.nq21.workflow.engine;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Date;

/**
 * Reads the values Camunda Forms leave in process variables: dates arrive as ISO strings
 * ("2025-01-31"), earlier steps may have stored a {@link Date} or a {@link LocalDate}.
 */
public final class FormValues {

  /** Dates are calendar dates in Vietnam (domain specification §0.2). */
  public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

  private FormValues() {}

  public static LocalDate toLocalDate(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof LocalDate date) {
      return date;
    }
    if (value instanceof Date date) {
      return date.toInstant().atZone(ZONE).toLocalDate();
    }
    if (value instanceof CharSequence text) {
      String s = text.toString().trim();
      if (s.isEmpty()) {
        return null;
      }
      try {
        return s.length() <= 10 ? LocalDate.parse(s) : OffsetDateTime.parse(s).atZoneSameInstant(ZONE).toLocalDate();
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException("Ngày không hợp lệ: '" + s + "' (cần dạng năm-tháng-ngày)", e);
      }
    }
    throw new IllegalArgumentException("Không đọc được ngày từ giá trị kiểu " + value.getClass().getSimpleName());
  }
}
