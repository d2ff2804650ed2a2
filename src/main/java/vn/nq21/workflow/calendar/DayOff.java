package vn.nq21.workflow.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Why a day is not a working day, in words a clerk understands.
 *
 * @param date the day
 * @param kind the kind of day off
 * @param name the Vietnamese name, e.g. "Tết Nguyên đán", "Nghỉ bù", "Ngày nghỉ theo thông báo"
 * @param note optional detail, e.g. "mùng 1 tháng Giêng năm Bính Ngọ", "bù cho Giỗ Tổ Hùng Vương
 *     26/04/2026" or the decision that announced the day
 */
public record DayOff(LocalDate date, Kind kind, String name, String note) {

  public DayOff {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
  }

  /** Name and note together, e.g. "Nghỉ bù (bù cho Giỗ Tổ Hùng Vương 26/04/2026)". */
  public String describe() {
    return note == null || note.isBlank() ? name : name + " (" + note + ")";
  }

  /** The kinds of days off. */
  public enum Kind {
    /** Ngày nghỉ lễ, tết (Labour Code 2019 Điều 112 khoản 1) or a configured annual holiday. */
    PUBLIC_HOLIDAY,
    /** Nghỉ bù: a holiday fell on a weekly rest day (Labour Code 2019 Điều 111 khoản 3). */
    COMPENSATORY,
    /** Ngày nghỉ theo thông báo: announced by the Government (e.g. a swapped working day). */
    ANNOUNCED,
    /** Ngày nghỉ hằng tuần: Saturday or Sunday by default. */
    WEEKEND
  }
}
