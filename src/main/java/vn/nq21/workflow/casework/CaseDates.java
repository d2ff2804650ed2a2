package vn.nq21.workflow.casework;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import vn.nq21.workflow.engine.FormValues;

/** Today as the engine's clock sees it (tests move it), and dates as a clerk reads them. */
public final class CaseDates {

  /** Dates in messages for the clerk. */
  public static final DateTimeFormatter VN_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private CaseDates() {}

  /** Today in Việt Nam, by the engine's clock. */
  public static LocalDate today() {
    return LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), FormValues.ZONE);
  }

  /** dd/MM/yyyy, or "?" for a date not known. */
  public static String fmt(LocalDate date) {
    return date == null ? "?" : VN_DATE.format(date);
  }

  /** The later of two dates; either may be null. */
  public static LocalDate later(LocalDate a, LocalDate b) {
    if (a == null) {
      return b;
    }
    return b == null || a.isAfter(b) ? a : b;
  }
}
