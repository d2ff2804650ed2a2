package vn.nq21.workflow.support;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import vn.nq21.workflow.registry.MemberRegistry;

/** What every process test needs: the shared application, the assertions bound to its engine, the clock put back. */
@ApplicationTest
public abstract class ProcessTestBase {

  @Autowired protected ProcessEngine engine;
  @Autowired protected MemberRegistry registry;

  @BeforeEach
  void bindAssertions() {
    BpmnAwareTests.init(engine);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }
}
