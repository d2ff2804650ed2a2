package vn.nq21.workflow.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys {@code bpmn/} (BPMN and DMN) and {@code forms/} together as one deployment, so that
 * {@code camunda:formRefBinding="deployment"} always finds the form a model version shipped with.
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

  @Autowired
  public ModelDeployment(RepositoryService repositoryService) {
    this(repositoryService, ModelDeployment.class.getClassLoader(), DEPLOYMENT_NAME);
  }

  /** Reads bpmn/ and forms/ through {@code classLoader}; tests use it to deploy a set of their own. */
  ModelDeployment(RepositoryService repositoryService, ClassLoader classLoader, String deploymentName) {
    this.repositoryService = repositoryService;
    this.resolver = new PathMatchingResourcePatternResolver(classLoader);
    this.deploymentName = deploymentName;
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
    DeploymentBuilder builder = repositoryService.createDeployment()
        .name(deploymentName)
        .source(DEPLOYMENT_SOURCE)
        .enableDuplicateFiltering(false);
    resources.forEach((name, resource) -> {
      try (InputStream in = resource.getInputStream()) {
        builder.addInputStream(name, in);
      } catch (IOException e) {
        throw new UncheckedIOException("Không đọc được " + name, e);
      }
    });
    DeploymentWithDefinitions deployment = builder.deployWithResult();
    if (deployment.getDeployedProcessDefinitions() == null
        && deployment.getDeployedDecisionDefinitions() == null) {
      log.info("Mô hình không đổi ({} tệp): giữ bản triển khai {}.", resources.size(), deployment.getId());
    } else {
      log.info("Đã triển khai {} tệp mô hình thành bản {} ({}).", resources.size(), deployment.getId(),
          resources.keySet());
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
