package vn.nq21.workflow.casework;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Danh mục hồ sơ: which documents of a procedure's dossier (domain specification §13.2) the case has collected
 * so far, with their dates, as text the clerk and the supervisor read in the case's variables.
 */
public final class DossierInventory {

  /** The case variable that holds the inventory. */
  public static final String VARIABLE = "hoSoDanhMuc";

  private DossierInventory() {}

  /**
   * One line per document the case holds, in the order given; {@code documents}: each the variable holding
   * the document's date and its name with the form number (mẫu).
   */
  public static String describe(CaseReader c, String[][] documents) {
    List<String> lines = new ArrayList<>();
    for (String[] doc : documents) {
      LocalDate date = c.date(doc[0]);
      if (date != null) {
        lines.add("✔ " + doc[1] + " – " + CaseDates.fmt(date));
      }
    }
    return String.join("\n", lines);
  }

  /** Brings the case's inventory up to date. */
  public static void refresh(CaseReader c, String[][] documents) {
    c.update(VARIABLE, describe(c, documents));
  }
}
