package vn.nq21.workflow.engine;

import java.util.concurrent.Callable;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.springframework.stereotype.Component;

/**
 * Runs engine calls that the system makes on a user's behalf (granting a supervisor read access,
 * evaluating the authority rules) without checking that user's own permissions. The one place that
 * touches the engine's internal command API for this.
 */
@Component
public class WithoutAuthorization {

  private final ProcessEngineConfigurationImpl configuration;

  public WithoutAuthorization(ProcessEngineConfiguration configuration) {
    this.configuration = (ProcessEngineConfigurationImpl) configuration;
  }

  public <T> T call(Callable<T> work) {
    CommandContext current = Context.getCommandContext();
    if (current != null) {
      return current.runWithoutAuthorization(work);
    }
    return configuration.getCommandExecutorTxRequired()
        .execute(commandContext -> commandContext.runWithoutAuthorization(work));
  }

  public void run(Runnable work) {
    call(() -> {
      work.run();
      return null;
    });
  }

  /**
   * As {@link #call}, and kept out of the user operation log: bookkeeping the system does as a side effect of what
   * the user did (a read grant, a rule evaluation), which the log would otherwise list as the user's own operation.
   * The engine treats delegate code the same way (its delegate interceptor switches the log off around it), so the
   * same grant or evaluation is logged neither from a listener nor from here. The user's own operation (the task
   * completed, the case started) is still logged.
   */
  public <T> T callUnlogged(Callable<T> work) {
    return call(() -> {
      CommandContext context = Context.getCommandContext();
      boolean logging = context.isUserOperationLogEnabled();
      context.disableUserOperationLog();
      try {
        return work.call();
      } finally {
        if (logging) {
          context.enableUserOperationLog();
        }
      }
    });
  }

  public void runUnlogged(Runnable work) {
    callUnlogged(() -> {
      work.run();
      return null;
    });
  }
}
