package vn.nq21.workflow.engine;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandContextFactory;
import org.springframework.stereotype.Component;

/**
 * A refused submission is normal business, not a fault: the engine logs it at DEBUG, as it already does
 * for authorization failures and bad requests, instead of an ERROR with a long stack trace (ENGINE-16004).
 * Whoever refuses writes one INFO line with the case and the reasons ({@link SubmissionCheckPlugin}). Every
 * other exception is logged as before.
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
            return exception instanceof SubmissionRejectedException || super.shouldLogFine(exception);
          }
        };
      }
    };
    factory.setProcessEngineConfiguration(configuration);
    configuration.setCommandContextFactory(factory);
  }
}
