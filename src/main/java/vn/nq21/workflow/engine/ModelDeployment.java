package vn.nq21.workflow.engine;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys {@code bpmn/} (BPMN and DMN) and {@code forms/} together as one deployment, so that
 * {@code camunda:formRefBinding="deployment"} always finds the form a model version shipped with. A model an admin
 * has revised since (from Camunda Modeler or {@code /engine-rest}) is not shadowed by the jar's file: see
 * {@link ModelLineage}.
 *
 * <p>Duplicate filtering without "changed only": an unchanged set is not deployed again, a changed set
 * is deployed whole. Resources are named by their classpath path ({@code bpmn/…}, {@code forms/…}),
 * the same whether the app runs from a jar or from {@code target/classes}; the starter's own
 * auto-deployment names them by absolute file path in the latter case, which would redeploy on
 * every change of working directory.
 */
@Component
@Order(StartupOrder.DEPLOY_MODELS)
public class ModelDeployment implements ApplicationRunner {

  public static final String DEPLOYMENT_NAME = "nq21-models";
  public static final String DEPLOYMENT_SOURCE = "nq21-workflow";
  static final String[] ROOTS = {"bpmn", "forms"};
  private static final String[] SUFFIXES = {".bpmn", ".dmn", ".form"};
  private static final Logger log = LoggerFactory.getLogger(ModelDeployment.class);

  private final RepositoryService repositoryService;
  private final ResourcePatternResolver resolver;
  private final String deploymentName;
  private final ModelLineage lineage;

  @Autowired
  public ModelDeployment(RepositoryService repositoryService, HistoryService historyService,
      @Value("${nq21.models.when-both-changed:deployed}") String whenBothChanged) {
    this(repositoryService, historyService, ModelDeployment.class.getClassLoader(), DEPLOYMENT_NAME,
        ModelLineage.whenBothChanged(whenBothChanged));
  }

  /** Reads bpmn/ and forms/ through {@code classLoader}; tests use it to deploy a set of their own. */
  ModelDeployment(RepositoryService repositoryService, HistoryService historyService, ClassLoader classLoader,
      String deploymentName, ModelLineage.WhenBothChanged whenBothChanged) {
    this.repositoryService = repositoryService;
    this.resolver = new PathMatchingResourcePatternResolver(classLoader);
    this.deploymentName = deploymentName;
    this.lineage = new ModelLineage(repositoryService, historyService, deploymentName, DEPLOYMENT_SOURCE,
        whenBothChanged);
  }

  @Override
  public void run(ApplicationArguments args) {
    deploy();
  }

  /** Returns the deployment now in force, or null when there is nothing to deploy. */
  public DeploymentWithDefinitions deploy() {
    Map<String, Resource> resources = modelResources();
    if (resources.isEmpty()) {
      log.info("Không có mô hình nào trong bpmn/ và forms/: không triển khai.");
      return null;
    }
    Map<String, byte[]> files = new TreeMap<>();
    resources.forEach((name, resource) -> {
      try (InputStream in = resource.getInputStream()) {
        files.put(name, in.readAllBytes());
      } catch (IOException e) {
        throw new UncheckedIOException("Không đọc được " + name, e);
      }
    });
    ModelLineage.Plan plan = lineage.plan(files);
    if (plan.deploy().isEmpty()) {
      log.warn("Triển khai mô hình: mọi tệp của ứng dụng đều nhường bản của quản trị viên; không triển khai gì.");
      return null;
    }
    DeploymentBuilder builder = repositoryService.createDeployment()
        .name(deploymentName)
        .source(DEPLOYMENT_SOURCE)
        .enableDuplicateFiltering(false);
    plan.deploy().forEach(name -> builder.addInputStream(name, new ByteArrayInputStream(files.get(name))));
    DeploymentWithDefinitions deployment = builder.deployWithResult();
    boolean deployed = deployment.getDeployedProcessDefinitions() != null
        || deployment.getDeployedDecisionDefinitions() != null;
    for (ModelLineage.Choice choice : plan.choices()) {
      if (choice.onlyIfDeployed() && !deployed) {
        continue;
      }
      if (choice.warning()) {
        log.warn("Triển khai mô hình: {}", choice.message());
      } else {
        log.info("Triển khai mô hình: {}", choice.message());
      }
    }
    if (!deployed) {
      log.info("Mô hình không đổi ({} tệp): giữ bản triển khai {}.", plan.deploy().size(), deployment.getId());
    } else {
      log.info("Đã triển khai {} tệp mô hình thành bản {} ({}).", plan.deploy().size(), deployment.getId(),
          plan.deploy());
    }
    return deployment;
  }

  /** bpmn/** and forms/** on the classpath, keyed by their classpath-relative name: what {@link #deploy()} deploys. */
  public Map<String, Resource> modelResources() {
    Map<String, Resource> byName = new TreeMap<>();
    try {
      for (String root : ROOTS) {
        for (Resource base : resolver.getResources("classpath*:" + root + "/")) {
          String baseUrl = base.getURL().toString();
          for (Resource resource : resolver.getResources(baseUrl + "**/*")) {
            String url = resource.getURL().toString();
            if (!resource.isReadable() || !hasModelSuffix(url)) {
              continue;
            }
            byName.put(root + "/" + url.substring(baseUrl.length()), resource);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Không liệt kê được bpmn/ và forms/ trên classpath", e);
    }
    return byName;
  }

  private static boolean hasModelSuffix(String url) {
    for (String suffix : SUFFIXES) {
      if (url.endsWith(suffix)) {
        return true;
      }
    }
    return false;
  }
}
