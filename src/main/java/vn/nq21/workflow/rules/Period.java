package vn.nq21.workflow.rules;

/**
 * A period or a count the regulation sets for a procedure's step (table {@value Periods#TABLE}).
 *
 * @param amount how many units
 * @param unit working days, calendar months or times
 * @param label what it is, for the clerk: e.g. "kể từ nghị quyết của chi bộ đến quyết định kết nạp"
 * @param source the rule of the domain specification, e.g. "R-KN-16"
 * @param ruleSet the rule set whose row answered
 */
public record Period(int amount, Unit unit, String label, String source, String ruleSet) {

  /** The units of the table's {@code unit} column. */
  public enum Unit {
    NGAY_LAM_VIEC("ngày làm việc"),
    THANG("tháng"),
    LAN("lần");

    private final String words;

    Unit(String words) {
      this.words = words;
    }

    public String words() {
      return words;
    }
  }

  /** "60 ngày làm việc", "12 tháng", "3 lần". */
  public String text() {
    return amount + " " + unit.words();
  }

  /** "60 ngày làm việc, R-KN-16": the amount with its source, for messages. */
  public String cited() {
    return text() + ", " + source;
  }
}
