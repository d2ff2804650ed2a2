package vn.nq21.workflow.casework;

import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import vn.nq21.workflow.engine.WithoutAuthorization;

/**
 * The running process instances that make up one case: the procedure's own instance (the root) and every
 * process it called (the review chain), which work on the same case and must follow it when it is handed over
 * or its deadline moves.
 */
@Component
public class CaseInstances {

  private final RuntimeService runtimeService;
  private final WithoutAuthorization withoutAuthorization;

  public CaseInstances(@Lazy RuntimeService runtimeService, WithoutAuthorization withoutAuthorization) {
    this.runtimeService = runtimeService;
    this.withoutAuthorization = withoutAuthorization;
  }

  /** The ids of the case's running instances, the root first. */
  public List<String> of(DelegateExecution execution) {
    String root = execution instanceof ExecutionEntity entity ? entity.getRootProcessInstanceId() : null;
    String caseId = root != null ? root : execution.getProcessInstanceId();
    return withoutAuthorization.call(() -> Stream.concat(Stream.of(caseId),
        runtimeService.createProcessInstanceQuery().rootProcessInstanceId(caseId).list().stream()
            .map(ProcessInstance::getId).filter(id -> !id.equals(caseId))).toList());
  }
}
