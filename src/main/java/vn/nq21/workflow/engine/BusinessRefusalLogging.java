package vn.nq21.workflow.engine;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandContextFactory;
import org.springframework.stereotype.Component;

/**
 * A refused submission is normal business, not a fault: the engine logs it at DEBUG, as it already does
 * for authorization failures and bad requests, instead of an ERROR with a long stack trace (ENGINE-16004).
 * Whoever refuses writes one INFO line with the case and the reasons ({@link SubmissionCheckPlugin}). So is
 * a submission of a task someone else has just completed. Every other exception is logged as before.
 */
@Component
public class BusinessRefusalLogging extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    CommandContextFactory factory = new CommandContextFactory() {
      @Override
      public CommandContext createCommandContext() {
        return new CommandContext(processEngineConfiguration) {
          @Override
          protected boolean shouldLogFine(Throwable exception) {
            return exception instanceof SubmissionRejectedException || isTaskAlreadyGone(exception)
                || isConcurrentUpdate(exception) || super.shouldLogFine(exception);
          }
        };
      }
    };
    factory.setProcessEngineConfiguration(configuration);
    configuration.setCommandContextFactory(factory);
  }

  /**
   * The task a user submits is no longer there: someone else completed it a moment before (two clerks, or a
   * double click). The user is told so (409, see vn.nq21.workflow.security.RestErrorResponses); it is no fault.
   */
  static boolean isTaskAlreadyGone(Throwable exception) {
    return exception instanceof NullValueException && exception.getMessage() != null
        && exception.getMessage().startsWith("Cannot find task with id");
  }

  /** Two transactions changed the same thing at once; the engine may have wrapped the failure of a delegate. */
  static boolean isConcurrentUpdate(Throwable exception) {
    for (Throwable t = exception; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof OptimisticLockingException) {
        return true;
      }
    }
    return false;
  }
}
