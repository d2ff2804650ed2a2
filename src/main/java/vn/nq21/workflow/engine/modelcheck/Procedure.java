package vn.nq21.workflow.engine.modelcheck;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Put on the {@code package-info.java} of a procedure's package (e.g. {@code vn.nq21.workflow.admission}):
 * this package and the packages below it are the code of the BPMN processes named here. Their compiled
 * string constants are then the variable names that code reads or writes ({@link ProcessVariables}), which
 * the model checks accept as form field keys of those processes (rule 7 of {@link ModelChecker}), with those
 * of the shared packages it {@linkplain #uses() uses}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PACKAGE)
public @interface Procedure {

  /** The keys (BPMN process ids) of the processes this package implements. */
  String[] processKeys();

  /**
   * The shared rooms whose code works on this procedure's cases (the chi bộ's vote, the review chain, case
   * work): one class of each; the variable names compiled into that class's package count as this
   * procedure's too.
   */
  Class<?>[] uses() default {};

  /**
   * Form fields that keep a fact for the dossier only: people read them (in Tasklist, Cockpit, the
   * history), no code or model does. Each is a deliberate decision; anything else a form submits must be
   * read or written somewhere.
   */
  String[] recordedOnly() default {};
}
