package vn.nq21.workflow.support;

import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/** What the tests ask of a model's elements when a file holds several processes (the two sides of a transfer). */
public final class BpmnElements {

  private BpmnElements() {}

  /** The process the element belongs to (through sub-processes), or null for one outside every process. */
  public static Process processOf(ModelElementInstance element) {
    ModelElementInstance parent = element.getParentElement();
    while (parent != null && !(parent instanceof Process)) {
      parent = parent.getParentElement();
    }
    return (Process) parent;
  }

  /** Whether the element belongs to the process {@code key}. */
  public static boolean inProcess(ModelElementInstance element, String key) {
    Process process = processOf(element);
    return process != null && key.equals(process.getId());
  }
}
