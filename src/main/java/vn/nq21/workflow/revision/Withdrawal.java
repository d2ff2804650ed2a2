package vn.nq21.workflow.revision;

import java.io.ByteArrayInputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.repository.Resource;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Withdraws a bad revision of a procedure: the version before it is deployed again, as a new version with the same
 * content (its model, the forms it shows and the processes it calls in its own deployment), so that new cases start
 * on it. Cases already moved onto the bad version are moved back with {@link CaseMigration} (its undo, or a move from
 * the bad version to the new one). Nothing is deleted: the bad version stays in the history of the cases that ran on
 * it, and the withdrawal is itself a deployment in the lineage that the application's start does not shadow.
 */
@Service
public class Withdrawal {

  public static final String SOURCE = "NQ21 Workflow: rút lại bản sửa đổi";
  private static final Logger log = LoggerFactory.getLogger(Withdrawal.class);

  /** The deployment made, and the version new cases now start on. */
  public record Withdrawn(String deploymentId, CaseMigration.Version withdrawn, CaseMigration.Version restored,
      CaseMigration.Version now) {}

  private final RepositoryService repository;

  public Withdrawal(RepositoryService repository) {
    this.repository = repository;
  }

  /** Withdraws {@code badDefinitionId} in favour of {@code backToDefinitionId} (null: the version just before). */
  public Withdrawn withdraw(String badDefinitionId, String backToDefinitionId, String userId) {
    ProcessDefinition bad = repository.createProcessDefinitionQuery().processDefinitionId(badDefinitionId)
        .singleResult();
    if (bad == null) {
      throw new MigrationNotFoundException("Không có phiên bản quy trình “" + badDefinitionId + "”.");
    }
    ProcessDefinition back;
    if (backToDefinitionId == null || backToDefinitionId.isBlank()) {
      back = repository.createProcessDefinitionQuery().processDefinitionKey(bad.getKey()).withoutTenantId()
          .processDefinitionVersion(bad.getVersion() - 1).singleResult();
      if (back == null) {
        throw new MigrationRefusedException(bad.getKey() + " phiên bản " + bad.getVersion()
            + " là phiên bản đầu tiên: không có bản trước để quay về.");
      }
    } else {
      back = repository.createProcessDefinitionQuery().processDefinitionId(backToDefinitionId).singleResult();
      if (back == null || !back.getKey().equals(bad.getKey())) {
        throw new MigrationRefusedException("Phiên bản quay về “" + backToDefinitionId + "” không phải một phiên bản"
            + " của " + bad.getKey() + ".");
      }
    }
    ProcessDefinition latest = repository.createProcessDefinitionQuery().processDefinitionKey(bad.getKey())
        .withoutTenantId().latestVersion().singleResult();
    if (!latest.getId().equals(bad.getId())) {
      throw new MigrationRefusedException(bad.getKey() + " phiên bản " + bad.getVersion() + " không còn là phiên bản"
          + " mới nhất (mới nhất: phiên bản " + latest.getVersion() + "): hồ sơ mới đã không mở trên nó nữa.");
    }
    Set<String> resources = resourcesOf(back);
    DeploymentWithDefinitions deployment = repository.createDeployment()
        .name("Rút lại " + bad.getKey() + " phiên bản " + bad.getVersion() + ", dùng lại phiên bản " + back.getVersion())
        .source(SOURCE)
        .addDeploymentResourcesByName(back.getDeploymentId(), java.util.List.copyOf(resources))
        .deployWithResult();
    ProcessDefinition now = repository.createProcessDefinitionQuery().processDefinitionKey(bad.getKey())
        .deploymentId(deployment.getId()).singleResult();
    log.info("{} rút lại {} phiên bản {}: hồ sơ mới mở trên phiên bản {} (nội dung của phiên bản {}; bản triển khai {},"
        + " tệp {}).", userId, bad.getKey(), bad.getVersion(), now.getVersion(), back.getVersion(), deployment.getId(),
        resources);
    return new Withdrawn(deployment.getId(), CaseMigration.version(bad), CaseMigration.version(back),
        CaseMigration.version(now));
  }

  /**
   * The model of {@code definition}, the processes it calls with {@code calledElementBinding="deployment"} (and those
   * they call), and every form of its deployment: forms are found in the case's own deployment, by the tasks and by
   * the form ids a caller hands to the called process.
   */
  private Set<String> resourcesOf(ProcessDefinition definition) {
    Map<String, byte[]> files = new HashMap<>();
    for (Resource resource : repository.getDeploymentResources(definition.getDeploymentId())) {
      files.put(resource.getName(), resource.getBytes());
    }
    Map<String, String> processFiles = new HashMap<>();
    files.forEach((name, bytes) -> {
      if (name.endsWith(".bpmn") || name.endsWith(".bpmn20.xml")) {
        for (org.camunda.bpm.model.bpmn.instance.Process process : Bpmn.readModelFromStream(
            new ByteArrayInputStream(bytes)).getModelElementsByType(org.camunda.bpm.model.bpmn.instance.Process.class)) {
          processFiles.put(process.getId(), name);
        }
      }
    });
    Set<String> wanted = new LinkedHashSet<>();
    Deque<String> models = new ArrayDeque<>();
    models.add(definition.getResourceName());
    while (!models.isEmpty()) {
      String model = models.pop();
      if (!wanted.add(model)) {
        continue;
      }
      BpmnModelInstance instance = Bpmn.readModelFromStream(new ByteArrayInputStream(files.get(model)));
      for (CallActivity call : instance.getModelElementsByType(CallActivity.class)) {
        if ("deployment".equals(call.getCamundaCalledElementBinding())
            && processFiles.containsKey(call.getCalledElement())) {
          models.add(processFiles.get(call.getCalledElement()));
        }
      }
    }
    files.keySet().stream().filter(name -> name.endsWith(".form")).sorted().forEach(wanted::add);
    return wanted;
  }
}
