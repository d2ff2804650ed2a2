package vn.nq21.workflow.engine;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandContextFactory;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A refusal is normal business, not a fault, and reaches the caller as itself:
 * <ul>
 *   <li>the engine logs it at DEBUG, as it already does for authorization failures and bad requests,
 *       instead of an ERROR with a long stack trace (ENGINE-16004); whoever refuses writes one INFO line
 *       with the case and the reasons ({@link SubmissionCheckPlugin}). The same for a task someone else
 *       has just completed, for two transactions changing one thing at once, and for a case the engine will not
 *       move to another version (revision.CaseMigration reports why);</li>
 *   <li>the engine wraps whatever a step called by expression throws ({@code ${admission.…}}) in a plain
 *       {@link ProcessEngineException}; at the command's outer boundary, after the rollback, the refusal
 *       inside is thrown again unwrapped, so the REST API answers with its status (400 refused, 403 not
 *       allowed, 409 at the same moment) and its Vietnamese message rather than a fault;</li>
 *   <li>a clerk's task submission that meets a change made at the same moment on the case (a deadline's timer
 *       firing, ENGINE-03005) is run once more, its first run having been rolled back whole.</li>
 * </ul>
 * Every other exception is logged and thrown as before.
 */
@Component
public class BusinessRefusals extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    CommandContextFactory factory = new CommandContextFactory() {
      @Override
      public CommandContext createCommandContext() {
        return new CommandContext(processEngineConfiguration) {
          @Override
          protected boolean shouldLogFine(Throwable exception) {
            return (refusalIn(exception) != null || isMigrationRefusal(exception))
                && Context.getJobExecutorContext() == null
                || isTaskAlreadyGone(exception) || super.shouldLogFine(exception);
          }
        };
      }
    };
    factory.setProcessEngineConfiguration(configuration);
    configuration.setCommandContextFactory(factory);

    List<CommandInterceptor> interceptors = configuration.getCustomPreCommandInterceptorsTxRequired();
    if (interceptors == null) {
      interceptors = new ArrayList<>();
      configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
    }
    interceptors.add(0, new CommandInterceptor() {
      @Override
      public <T> T execute(Command<T> command) {
        if (Context.getCommandContext() != null) {
          return next.execute(command);
        }
        try {
          return once(command, () -> next.execute(command));
        } catch (ProcessEngineException e) {
          // a job keeps the engine's own handling: retries, incident, the wrapped exception's stack trace
          ProcessEngineException refusal = e.getClass() == ProcessEngineException.class
              && Context.getJobExecutorContext() == null ? refusalIn(e) : null;
          if (refusal == null) {
            throw e;
          }
          refusal.addSuppressed(e); // where it was thrown from, for the log
          throw refusal;
        }
      }
    });
  }

  /**
   * A clerk's submission that met a change made at the same moment (typically a deadline's timer firing on the same
   * case, ENGINE-03005) is run once more: its transaction was rolled back whole, so the second run starts from what
   * is now stored. It then completes, or is refused as the case now stands (a task an interrupting timer removed
   * answers "already done"). Only task submissions, only outside an enclosing transaction; nothing else is retried.
   */
  private <T> T once(Command<T> command, java.util.function.Supplier<T> run) {
    try {
      return run.get();
    } catch (OptimisticLockingException e) {
      if (!isSubmission(command) || e.getClass().getName().startsWith(APPLICATION)
          || TransactionSynchronizationManager.isActualTransactionActive()) {
        throw e;
      }
      LOG.info("Bài nộp gặp một thay đổi cùng lúc trên hồ sơ ({}): chạy lại một lần", command.getClass().getSimpleName());
      return run.get();
    }
  }

  /** The commands that carry a clerk's submission of a task. */
  static boolean isSubmission(Command<?> command) {
    return command instanceof SubmitTaskFormCmd || command instanceof CompleteTaskCmd;
  }

  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(BusinessRefusals.class);

  /**
   * The application's own refusal an exception is or carries: a rejected submission, a refused identity or
   * command, a registry conflict (the application's exceptions, not the engine's: an authorization the
   * engine itself refuses inside a step is a configuration fault and stays one).
   */
  static ProcessEngineException refusalIn(Throwable exception) {
    for (Throwable t = exception; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if ((t instanceof SubmissionRejectedException || t instanceof AuthorizationException
          || t instanceof OptimisticLockingException) && t.getClass().getName().startsWith(APPLICATION)) {
        return (ProcessEngineException) t;
      }
    }
    return null;
  }

  private static final String APPLICATION = "vn.nq21.workflow.";

  /**
   * The engine refused to move a case to another version (revision.CaseMigration tries each case before it moves
   * any, and reports the reasons in one line); a batch job's failure is logged as before.
   */
  private static boolean isMigrationRefusal(Throwable exception) {
    return exception instanceof org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationException
        || exception instanceof org.camunda.bpm.engine.migration.MigrationPlanValidationException;
  }

  /**
   * The task a user submits is no longer there: someone else completed it a moment before (two clerks, or a
   * double click). The user is told so (409, see vn.nq21.workflow.security.RestErrorResponses); it is no fault.
   */
  static boolean isTaskAlreadyGone(Throwable exception) {
    return exception instanceof NullValueException && exception.getMessage() != null
        && exception.getMessage().startsWith("Cannot find task with id");
  }
}
