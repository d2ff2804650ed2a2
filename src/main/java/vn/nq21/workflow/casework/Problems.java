package vn.nq21.workflow.casework;

import static vn.nq21.workflow.casework.CaseDates.fmt;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The problems of one submission, each a Vietnamese sentence naming the field as the clerk sees it, with
 * the field and date checks every step uses. A check collects them all, so the clerk fixes everything in
 * one go.
 */
public final class Problems {

  private final List<String> list = new ArrayList<>();
  private final CaseReader c;

  public Problems(CaseReader c) {
    this.c = c;
  }

  public void add(String problem) {
    list.add(problem);
  }

  public boolean ok() {
    return list.isEmpty();
  }

  /** What was found, in the order found. */
  public List<String> list() {
    return List.copyOf(list);
  }

  public String required(String name, String label) {
    String value = c.text(name);
    if (value == null) {
      add("Chưa nhập “" + label + "”.");
    }
    return value;
  }

  public Integer number(String name, String label) {
    Integer value = c.number(name);
    if (value == null) {
      add("Chưa nhập “" + label + "”.");
    }
    return value;
  }

  /** A required date that is not in the future. */
  public LocalDate past(String name, String label) {
    LocalDate date = c.date(name);
    if (date == null) {
      add("Chưa nhập “" + label + "”.");
    } else if (date.isAfter(CaseDates.today())) {
      add("“" + label + "” (" + fmt(date) + ") ở tương lai.");
    }
    return date;
  }

  /** A required date; it may lie ahead (a planned meeting). */
  public LocalDate date(String name, String label) {
    LocalDate date = c.date(name);
    if (date == null) {
      add("Chưa nhập “" + label + "”.");
    }
    return date;
  }

  /** A required past date, not before an earlier step's date (R-KN-19). */
  public LocalDate notBefore(String name, String label, String earlierName, String earlierLabel) {
    return notBefore(past(name, label), label, earlierName, earlierLabel);
  }

  public LocalDate notBefore(LocalDate date, String label, String earlierName, String earlierLabel) {
    LocalDate earlier = c.date(earlierName);
    if (date != null && earlier != null && date.isBefore(earlier)) {
      add("“" + label + "” (" + fmt(date) + ") sớm hơn " + earlierLabel + " (" + fmt(earlier) + ").");
    }
    return date;
  }
}
