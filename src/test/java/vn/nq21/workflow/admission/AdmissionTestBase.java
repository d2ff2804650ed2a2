package vn.nq21.workflow.admission;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import vn.nq21.workflow.registry.MemberRegistry;
import vn.nq21.workflow.support.ApplicationTest;

/** What every admission process test needs: the shared application, a driver, and the clock put back. */
@ApplicationTest
abstract class AdmissionTestBase {

  @Autowired ProcessEngine engine;
  @Autowired MemberRegistry registry;
  AdmissionDriver d;

  @BeforeEach
  void newDriver() {
    BpmnAwareTests.init(engine);
    d = new AdmissionDriver(engine);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }
}
