package vn.nq21.workflow;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;

@SpringBootApplication
public class Nq21WorkflowApplication {

  private static final Logger log = LoggerFactory.getLogger(Nq21WorkflowApplication.class);

  public static void main(String[] args) {
    SpringApplication.run(Nq21WorkflowApplication.class, args);
  }

  /**
   * Ready means every start-up step has run (organisations, filters, models, and with the demo profile its data), not
   * only that the web server listens: the one line to wait for, and the moment {@code /actuator/health/readiness}
   * (and so {@code /actuator/health}) turns UP.
   */
  @EventListener(ApplicationReadyEvent.class)
  void ready(ApplicationReadyEvent event) {
    String port = event.getApplicationContext().getEnvironment().getProperty("local.server.port", "8080");
    log.info("NQ21 Workflow sẵn sàng: http://localhost:{}/camunda/app/ (khởi động xong sau {} giây).", port,
        String.format("%.1f", event.getTimeTaken() == null ? 0.0 : event.getTimeTaken().toMillis() / 1000.0));
  }
}
