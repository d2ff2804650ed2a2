package vn.nq21.workflow.engine;

import java.io.ByteArrayInputStream;
import java.text.SimpleDateFormat;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.camunda.bpm.engine.EntityTypes;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.repository.Resource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * One lineage of models, whoever deploys them. The application deploys {@code bpmn/} and {@code forms/} at every
 * start; an admin deploys revisions from Camunda Modeler or {@code /engine-rest}. A process or decision whose newest
 * version was deployed by an admin (a deployment that is not the application's own) is the one in force: the
 * application's start-up deployment leaves its file out instead of shadowing it with the file from the jar.
 *
 * <ul>
 *   <li>The jar's file is unchanged since the application last deployed it: the admin's version stays; the
 *       application says so in one log line.</li>
 *   <li>The jar's file is the admin's revision itself (same content): the repository has caught up with production;
 *       the file is deployed again with the application's set and the lineage is the application's again.</li>
 *   <li>Both changed: {@code nq21.models.when-both-changed} decides; {@code deployed} (the default) keeps the
 *       admin's version and warns, {@code application} deploys the jar's file and warns.</li>
 * </ul>
 *
 * <p>A procedure that calls another with {@code calledElementBinding="deployment"} finds the callee in its own
 * deployment: a called process is deployed with its caller even where an admin revised it (the admin's callers keep
 * calling the admin's callee, which is in their own deployment).
 */
public class ModelLineage {

  /** What to do when the jar's file and an admin's deployment both changed a model. */
  public enum WhenBothChanged { DEPLOYED, APPLICATION }

  /** One model file left out of the application's deployment, or deployed over an admin's revision, and why. */
  public record Choice(String resource, String key, String message, boolean warning, boolean onlyIfDeployed) {

    Choice(String resource, String key, String message, boolean warning) {
      this(resource, key, message, warning, false);
    }
  }

  /** The files the application deploys now, and the decisions taken about admins' revisions. */
  public record Plan(Set<String> deploy, List<Choice> choices) {}

  private final RepositoryService repository;
  private final HistoryService history;
  private final String deploymentName;
  private final String deploymentSource;
  private final WhenBothChanged whenBothChanged;

  public ModelLineage(RepositoryService repository, HistoryService history, String deploymentName,
      String deploymentSource, WhenBothChanged whenBothChanged) {
    this.repository = repository;
    this.history = history;
    this.deploymentName = deploymentName;
    this.deploymentSource = deploymentSource;
    this.whenBothChanged = whenBothChanged;
  }

  public Plan plan(Map<String, byte[]> files) {
    Map<String, Ids> ids = new LinkedHashMap<>();
    files.forEach((name, content) -> ids.put(name, Ids.of(name, content)));
    Map<String, Revision> revisions = new LinkedHashMap<>();
    ids.forEach((name, found) -> {
      Revision admins = adminRevision(found);
      if (admins != null) {
        revisions.put(name, admins);
      }
    });
    // what the application deployed before, read only for the files an admin revised since (usually none)
    Map<String, byte[]> previous = revisions.isEmpty() ? Map.of() : previouslyDeployed(revisions.keySet());
    Map<String, String> callees = new HashMap<>();
    Map<String, String> resourceOfProcess = new HashMap<>();
    Set<String> deploy = new LinkedHashSet<>();
    List<Choice> choices = new ArrayList<>();

    ids.forEach((name, found) -> {
      found.processes().forEach(process -> resourceOfProcess.put(process, name));
      if (!found.calledInDeployment().isEmpty()) {
        callees.put(name, String.join(",", found.calledInDeployment()));
      }
    });

    for (Map.Entry<String, byte[]> file : files.entrySet()) {
      String name = file.getKey();
      Revision admins = revisions.get(name);
      if (admins == null) {
        deploy.add(name);
        continue;
      }
      boolean jarChanged = !Arrays.equals(file.getValue(), previous.get(name));
      if (Arrays.equals(file.getValue(), admins.content())) {
        deploy.add(name);
        choices.add(new Choice(name, admins.key(), "Tệp " + name + " của ứng dụng có đúng nội dung của bản "
            + admins.describe() + ": hai bản là một, nên ứng dụng triển khai tệp này cùng bộ mô hình của mình như trước.", false));
      } else if (!jarChanged) {
        choices.add(new Choice(name, admins.key(), "Giữ bản " + admins.describe() + " (mới nhất); tệp " + name
            + " của ứng dụng không đổi từ lần triển khai trước nên không triển khai lại.", false));
      } else if (whenBothChanged == WhenBothChanged.APPLICATION) {
        deploy.add(name);
        choices.add(new Choice(name, admins.key(), "Cả hai cùng đổi: tệp " + name + " của ứng dụng đã sửa, và có bản "
            + admins.describe() + ". Theo nq21.models.when-both-changed=application, ứng dụng triển khai tệp của mình"
            + " đè lên bản đó.", true));
      } else {
        choices.add(new Choice(name, admins.key(), "Cả hai cùng đổi: tệp " + name + " của ứng dụng đã sửa, nhưng bản "
            + admins.describe() + " được giữ (nq21.models.when-both-changed=deployed). Muốn dùng bản của ứng dụng:"
            + " hợp nhất hai bản rồi triển khai từ Camunda Modeler.", true));
      }
    }

    // a caller deployed by the application takes its callees along (calledElementBinding="deployment")
    Deque<String> pending = new ArrayDeque<>(deploy);
    while (!pending.isEmpty()) {
      String caller = pending.pop();
      String called = callees.get(caller);
      if (called == null) {
        continue;
      }
      for (String key : called.split(",")) {
        String callee = resourceOfProcess.get(key);
        if (callee != null && deploy.add(callee)) {
          pending.push(callee);
          choices.add(new Choice(callee, key, "Tệp " + callee + " được triển khai cùng " + caller
              + " (gọi " + key + " trong cùng bản triển khai), dù quản trị viên đã có bản riêng của " + key
              + "; các quy trình của quản trị viên vẫn gọi bản trong bản triển khai của họ.", true, true));
        }
      }
    }
    return new Plan(deploy, choices);
  }

  /** An admin's deployment newer than the application's of one of the file's processes or decisions, or null. */
  private Revision adminRevision(Ids found) {
    for (String process : found.processes()) {
      ProcessDefinition latest = repository.createProcessDefinitionQuery().processDefinitionKey(process)
          .withoutTenantId().latestVersion().singleResult();
      if (latest != null && !isOwn(latest.getDeploymentId())) {
        return revision("quy trình", process, latest.getVersion(), latest.getDeploymentId(), latest.getResourceName());
      }
    }
    for (String decision : found.decisions()) {
      DecisionDefinition latest = repository.createDecisionDefinitionQuery().decisionDefinitionKey(decision)
          .withoutTenantId().latestVersion().singleResult();
      if (latest != null && !isOwn(latest.getDeploymentId())) {
        return revision("bảng quyết định", decision, latest.getVersion(), latest.getDeploymentId(),
            latest.getResourceName());
      }
    }
    return null;
  }

  /**
   * The processes a BPMN file defines (and what its call activities call with {@code calledElementBinding=
   * "deployment"}), the decisions a DMN file defines: read from the XML alone, which is all this needs (the engine's
   * model API validates against the schemas, seconds at every start). A file that cannot be read has none; the model
   * checks refuse it, naming the file, when it is deployed.
   */
  record Ids(List<String> processes, List<String> calledInDeployment, List<String> decisions) {

    static Ids of(String name, byte[] content) {
      List<String> processes = new ArrayList<>();
      List<String> called = new ArrayList<>();
      List<String> decisions = new ArrayList<>();
      if (name.endsWith(".bpmn") || name.endsWith(".dmn")) {
        try {
          Document document = XML.get().newDocumentBuilder().parse(new ByteArrayInputStream(content));
          NodeList elements = document.getElementsByTagNameNS("*", "*");
          for (int i = 0; i < elements.getLength(); i++) {
            Element element = (Element) elements.item(i);
            String local = element.getLocalName();
            if (name.endsWith(".bpmn") && "process".equals(local)) {
              processes.add(element.getAttribute("id"));
            } else if (name.endsWith(".bpmn") && "callActivity".equals(local)
                && "deployment".equals(element.getAttributeNS(CAMUNDA_NS, "calledElementBinding"))) {
              called.add(element.getAttribute("calledElement"));
            } else if (name.endsWith(".dmn") && "decision".equals(local)) {
              decisions.add(element.getAttribute("id"));
            }
          }
        } catch (Exception unreadable) {
          return new Ids(List.of(), List.of(), List.of());
        }
      }
      return new Ids(processes, called, decisions);
    }
  }

  private static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";

  /** A namespace-aware parser that reads no DTD and no external entity. */
  private static final ThreadLocal<DocumentBuilderFactory> XML = ThreadLocal.withInitial(() -> {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    try {
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException(e);
    }
    factory.setXIncludeAware(false);
    factory.setExpandEntityReferences(false);
    return factory;
  });

  /** The setting {@code nq21.models.when-both-changed}, or a Vietnamese refusal naming the values it takes. */
  public static WhenBothChanged whenBothChanged(String setting) {
    try {
      return WhenBothChanged.valueOf(setting.trim().toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new IllegalStateException("nq21.models.when-both-changed = “" + setting + "” không hợp lệ: chỉ nhận"
          + " deployed (giữ bản quản trị viên đã triển khai) hoặc application (triển khai tệp của ứng dụng).");
    }
  }

  private Revision revision(String kind, String key, int version, String deploymentId, String resourceName) {
    Deployment deployment = repository.createDeploymentQuery().deploymentId(deploymentId).singleResult();
    byte[] content;
    try (var in = repository.getResourceAsStream(deploymentId, resourceName)) {
      content = in.readAllBytes();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return new Revision(kind, key, version, deployment, deployedBy(history, deploymentId), content);
  }

  private boolean isOwn(String deploymentId) {
    Deployment deployment = repository.createDeploymentQuery().deploymentId(deploymentId).singleResult();
    return deployment != null && deploymentName.equals(deployment.getName())
        && deploymentSource.equals(deployment.getSource());
  }

  /** For each file name, its content in the newest of the application's deployments that has it. */
  private Map<String, byte[]> previouslyDeployed(Set<String> names) {
    Map<String, byte[]> found = new LinkedHashMap<>();
    List<Deployment> own = repository.createDeploymentQuery().deploymentName(deploymentName)
        .deploymentSource(deploymentSource).orderByDeploymentTime().desc().list();
    for (Deployment deployment : own) {
      for (Resource resource : repository.getDeploymentResources(deployment.getId())) {
        if (names.contains(resource.getName()) && !found.containsKey(resource.getName())) {
          found.put(resource.getName(), resource.getBytes());
        }
      }
      if (found.size() == names.size()) {
        break;
      }
    }
    return found;
  }

  /** Who deployed a deployment, from the engine's operation log (null: the application itself, or not recorded). */
  public static String deployedBy(HistoryService history, String deploymentId) {
    UserOperationLogEntry entry = history.createUserOperationLogQuery().deploymentId(deploymentId)
        .entityType(EntityTypes.DEPLOYMENT).operationType(UserOperationLogEntry.OPERATION_TYPE_CREATE)
        .orderByTimestamp().asc().listPage(0, 1)
        .stream().findFirst().orElse(null);
    return entry == null ? null : entry.getUserId();
  }

  /** dd/MM/yyyy HH:mm in Vietnam's time. */
  public static String when(java.util.Date time) {
    SimpleDateFormat format = new SimpleDateFormat("dd/MM/yyyy HH:mm");
    format.setTimeZone(TimeZone.getTimeZone(FormValues.ZONE));
    return time == null ? "?" : format.format(time);
  }

  private record Revision(String kind, String key, int version, Deployment deployment, String user, byte[] content) {
    String describe() {
      return kind + " " + key + " phiên bản " + version + " do " + (user == null ? "quản trị viên" : user)
          + " triển khai lúc " + when(deployment.getDeploymentTime()) + " (bản triển khai “" + deployment.getName()
          + "”, nguồn “" + deployment.getSource() + "”, mã " + deployment.getId() + ")";
    }
  }
}
