package vn.nq21.workflow.admission;

import org.junit.jupiter.api.BeforeEach;
import vn.nq21.workflow.support.ProcessTestBase;

/** What every admission process test needs: a process test with an admission driver. */
abstract class AdmissionTestBase extends ProcessTestBase {

  AdmissionDriver d;

  @BeforeEach
  void newDriver() {
    d = new AdmissionDriver(engine);
  }
}
