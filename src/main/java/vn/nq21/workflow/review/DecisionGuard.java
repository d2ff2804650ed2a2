package vn.nq21.workflow.review;

import java.time.LocalDate;
import vn.nq21.workflow.casework.CaseReader;
import vn.nq21.workflow.casework.Problems;

/**
 * What stops the competent body deciding a calling procedure's case on a given day, beyond the chain's own checks: a
 * procedure contributes one (xóa tên: a discipline case proposing khai trừ takes precedence, R-RK-05). It is asked only
 * for a decision other than the procedure's refusal, and only for cases of its own procedure.
 */
public interface DecisionGuard {

  /** The calling procedure's process key (the chain's {@code reviewProcedure}). */
  String procedure();

  /** Adds to {@code p} what stops the decision dated {@code decisionDate}. */
  void check(CaseReader c, Problems p, LocalDate decisionDate);
}
