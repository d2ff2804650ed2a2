package vn.nq21.workflow.casework;

import static vn.nq21.workflow.casework.CaseDates.fmt;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import vn.nq21.workflow.calendar.WorkingDayCalendar;

/**
 * Whether and by how much a step was late, as facts on the case that supervisors' lists and the KPIs query (not only a
 * sentence in a text): {@value #LATE} (true once a step was late), {@value #LATE_DAYS} (the most working days any step
 * was late) and {@value #LATE_STEPS} (each late step, its due day, the day of its act, the working days). A step is
 * judged by the date of its act when its procedure names the field that records it ({@link ProcedureSteps#actDate}),
 * else by the day it was completed; a step without a due date is never late. Kept on the case's own instance, also
 * for a step of the review chain it called.
 */
@Component
public class CaseLateness {

  public static final String LATE = "treHan";
  public static final String LATE_DAYS = "soNgayTreHan";
  public static final String LATE_STEPS = "cacBuocTreHan";

  private final WorkingDayCalendar workingDays;

  public CaseLateness(WorkingDayCalendar workingDays) {
    this.workingDays = workingDays;
  }

  /** Records the step {@code task} if it was late; {@code actField} the variable holding its act's date, or null. */
  public void record(DelegateTask task, CaseReader c, String actField) {
    if (task.getDueDate() == null) {
      return;
    }
    LocalDate due = workingDays.toLocalDate(task.getDueDate());
    LocalDate act = actField == null ? null : c.date(actField);
    LocalDate done = act != null ? act : CaseDates.today();
    long late = done.isAfter(due) ? workingDays.workingDaysBetween(due, done) : 0;
    if (late <= 0) {
      return;
    }
    DelegateExecution root = task.getExecution().getProcessInstance();
    while (root.getSuperExecution() != null) {
      root = root.getSuperExecution().getProcessInstance();
    }
    Object before = root.getVariable(LATE_DAYS);
    root.setVariable(LATE, true);
    root.setVariable(LATE_DAYS, Math.max(before instanceof Number n ? n.intValue() : 0, (int) late));
    Object steps = root.getVariable(LATE_STEPS);
    String line = task.getName() + ": hạn " + fmt(due) + ", " + (act != null ? "làm ngày " : "xong ngày ") + fmt(done)
        + ", trễ " + late + " ngày làm việc";
    root.setVariable(LATE_STEPS, steps == null ? line : steps + "\n" + line);
  }
}
