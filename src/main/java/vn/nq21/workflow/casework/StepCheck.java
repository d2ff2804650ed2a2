package vn.nq21.workflow.casework;

/** The server-side check of one step's submission: adds each problem; may set the variables the model reads next. */
@FunctionalInterface
public interface StepCheck {

  void check(CaseReader c, Problems p);
}
