package vn.nq21.workflow.calendar;

/**
 * A date of the Vietnamese lunisolar calendar (ngày âm lịch).
 *
 * @param year the Gregorian year in which this lunar year begins (the year of its Tết), e.g. 2026 for
 *     the year Bính Ngọ that starts on 17/2/2026
 * @param month lunar month 1–12 (1 = tháng Giêng, 12 = tháng Chạp)
 * @param leapMonth whether the month is the leap (nhuận) repetition of {@code month}
 * @param day day of the lunar month, 1–30
 */
public record LunarDate(int year, int month, boolean leapMonth, int day) {

  // Thiên can (heavenly stems) and địa chi (earthly branches) of the sexagenary year name
  private static final String[] STEMS = {
    "Giáp", "Ất", "Bính", "Đinh", "Mậu", "Kỷ", "Canh", "Tân", "Nhâm", "Quý"
  };
  private static final String[] BRANCHES = {
    "Tý", "Sửu", "Dần", "Mão", "Thìn", "Tỵ", "Ngọ", "Mùi", "Thân", "Dậu", "Tuất", "Hợi"
  };

  public LunarDate {
    if (month < 1 || month > 12) {
      throw new IllegalArgumentException("lunar month must be 1-12: " + month);
    }
    if (day < 1 || day > 30) {
      throw new IllegalArgumentException("lunar day must be 1-30: " + day);
    }
  }

  /** The can-chi name of the lunar year, e.g. "Bính Ngọ" for 2026 (1984 was Giáp Tý). */
  public String yearName() {
    return STEMS[Math.floorMod(year - 1984, 10)] + " " + BRANCHES[Math.floorMod(year - 1984, 12)];
  }

  /** Vietnamese wording, e.g. "mùng 1 tháng Giêng năm Bính Ngọ" or "29 tháng Chạp năm Ất Tỵ". */
  public String toVietnamese() {
    String dayText = day <= 10 ? "mùng " + day : Integer.toString(day);
    String monthText =
        switch (month) {
          case 1 -> "tháng Giêng";
          case 12 -> "tháng Chạp";
          default -> "tháng " + month;
        };
    return dayText + " " + monthText + (leapMonth ? " nhuận" : "") + " năm " + yearName();
  }

  @Override
  public String toString() {
    return day + "/" + month + (leapMonth ? "n" : "") + "/" + year + " âm lịch";
  }
}
