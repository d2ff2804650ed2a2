package vn.nq21.workflow.admission;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;

/**
 * Each server-side check names a user task of the procedure's models, and each user task has one: a task
 * renamed in the Modeler, or a check with a typo in its task id, fails the build instead of silently
 * skipping every rule of that step. (At deploy time the model checks' rule 8 holds the models to the same
 * set.)
 */
class ChecksBoundToTasksTest {

  @Test
  void everyUserTaskHasACheckAndEveryCheckAUserTask() {
    Set<String> tasks = new TreeSet<>();
    for (String model : new String[] {"bpmn/ket-nap-dang-vien.bpmn", "bpmn/cong-nhan-dang-vien-chinh-thuc.bpmn"}) {
      Bpmn.readModelFromFile(Path.of(model).toFile()).getModelElementsByType(UserTask.class)
          .forEach(task -> tasks.add(task.getId()));
    }
    Set<String> checked = new TreeSet<>(new AdmissionChecks(null, null, null).checkedTasks());
    assertThat(checked).as("checks without a task in the models").isSubsetOf(tasks);
    assertThat(tasks).as("user tasks without a check").isSubsetOf(checked);
  }
}
