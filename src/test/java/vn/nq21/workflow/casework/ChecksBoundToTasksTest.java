package vn.nq21.workflow.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.nq21.workflow.support.ApplicationTest;

/**
 * Each procedure's server-side checks name user tasks of its models, and each user task of the models in
 * {@code bpmn/} has one: a task renamed in the Modeler, or a check with a typo in its task id, fails the build
 * instead of silently skipping every rule of that step. (At deploy time the model checks' rule 8 holds the
 * models to the same sets.)
 */
@ApplicationTest
class ChecksBoundToTasksTest {

  @Autowired List<ProcedureSteps> procedures;
  @Autowired ApplicationContext context;

  @Test
  void modelsDeployedEarlierFindTheListenerByItsEarlierName() {
    // their tasks name ${admissionTaskCheck}: without the name, every task of a running case would fail to open
    assertThat(context.getBean("admissionTaskCheck")).isSameAs(context.getBean("caseTaskCheck"));
  }

  @Test
  void everyUserTaskHasACheckAndEveryCheckAUserTask() throws IOException {
    // the user tasks of each process; one ProcedureSteps may serve several processes (the two sides of a transfer)
    java.util.Map<String, Set<String>> tasksOf = new java.util.TreeMap<>();
    try (Stream<Path> files = Files.list(Path.of("bpmn"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList()) {
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
        for (Process process : model.getModelElementsByType(Process.class)) {
          Set<String> tasks = new TreeSet<>();
          model.getModelElementsByType(UserTask.class).stream()
              .filter(task -> process.equals(vn.nq21.workflow.support.BpmnElements.processOf(task)))
              .forEach(task -> tasks.add(task.getId()));
          tasksOf.put(process.getId(), tasks);
        }
      }
    }
    Set<String> modelled = tasksOf.keySet();
    for (String process : modelled) {
      ProcedureSteps steps = stepsOf(process);
      assertThat(steps).as("the steps of process %s", process).isNotNull();
      Set<String> tasksOfSteps = new TreeSet<>();
      steps.processKeys().forEach(key -> tasksOfSteps.addAll(tasksOf.getOrDefault(key, Set.of())));
      assertThat(steps.checks().keySet()).as("checks of %s without a task in its models", process)
          .isSubsetOf(tasksOfSteps);
      assertThat(tasksOf.get(process)).as("user tasks of %s without a check", process)
          .isSubsetOf(steps.checks().keySet());
    }
    for (ProcedureSteps steps : procedures) {
      assertThat(modelled).as("processes of %s", steps.getClass().getSimpleName()).containsAll(steps.processKeys());
      // checks kept for models deployed earlier name steps the current models no longer have
      assertThat(steps.earlierChecks().keySet()).as("earlier checks of %s", steps.getClass().getSimpleName())
          .doesNotContainAnyElementsOf(steps.checks().keySet());
    }
  }

  private ProcedureSteps stepsOf(String processKey) {
    return procedures.stream().filter(p -> p.processKeys().contains(processKey)).findFirst().orElse(null);
  }
}
