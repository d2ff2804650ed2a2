package vn.nq21.workflow.engine.modelcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.Resource;
import vn.nq21.workflow.engine.ModelDeployment;
import vn.nq21.workflow.support.ApplicationTest;

/**
 * Every model and form of the repository ({@code bpmn/} and {@code forms/} on the classpath, exactly the
 * set {@link ModelDeployment} deploys) passes the model checks, against the application's real beans and
 * its procedures' variables, as if nothing were deployed yet: the repository must stand on its own.
 */
@ApplicationTest
class ModelsInRepositoryTest {

  @Autowired ModelDeployment modelDeployment;
  @Autowired ConfigurableApplicationContext context;
  @Autowired ProcessVariables variables;

  @Test
  void everyModelAndFormInTheRepositoryPassesTheChecks() {
    Map<String, byte[]> resources = repository();
    assertThat(resources).containsKey("bpmn/ket-nap-dang-vien.bpmn");

    List<ModelProblem> problems = new ModelChecker().check(resources, new FixedFacts(beanNames(), Set.of(),
        Set.of(), variables.processKeys().stream().collect(Collectors.toMap(k -> k, variables::of))));

    assertThat(problems).as("Mô hình trong bpmn/ và forms/ có lỗi:\n%s",
        problems.stream().map(ModelProblem::message).collect(Collectors.joining("\n"))).isEmpty();
  }

  @Test
  void everyProcessAProcedureDeclaresHasItsModel() {
    Set<String> processes = new TreeSet<>();
    repository().forEach((name, content) -> {
      if (name.endsWith(".bpmn")) {
        Bpmn.readModelFromStream(new ByteArrayInputStream(content)).getModelElementsByType(Process.class)
            .forEach(p -> processes.add(p.getId()));
      }
    });
    assertThat(processes).as("processes in bpmn/").containsAll(variables.processKeys());
  }

  @Test
  void aProceduresVariablesAreTheStringsOfItsCompiledCodeNotOfItsTests() {
    KnownVariables admission = variables.of("ket-nap-dang-vien");

    assertThat(admission.contains("certificateNumber")).as("a literal in AdmissionChecks").isTrue();
    assertThat(admission.contains("caseOrgId")).as("CaseVariables.CASE_ORG, copied in by javac").isTrue();
    assertThat(admission.contains("introducer2TogetherSince")).as("\"introducer\" + n + \"TogetherSince\"").isTrue();
    assertThat(admission.contains("ceremonyNotes")).as("declared recorded only").isTrue();
    assertThat(admission.contains("votesFor")).as("a literal of the shared room it uses (ChiBoVote)").isTrue();
    assertThat(variables.of("xet-duyet-cap-tren").contains("appraisalOpinion")).as("the review chain's recorded only")
        .isTrue();
    assertThat(admission.contains("Text_<purpose>")).as("a literal of AdmissionFormsTest only").isFalse();
    assertThat(admission.contains("khongCoBienNay")).isFalse();
  }

  private Map<String, byte[]> repository() {
    Map<String, byte[]> resources = new TreeMap<>();
    for (Map.Entry<String, Resource> resource : modelDeployment.modelResources().entrySet()) {
      try (InputStream in = resource.getValue().getInputStream()) {
        resources.put(resource.getKey(), in.readAllBytes());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return resources;
  }

  private Set<String> beanNames() {
    Set<String> names = new TreeSet<>(Arrays.asList(context.getBeanDefinitionNames()));
    names.addAll(Arrays.asList(context.getBeanFactory().getSingletonNames()));
    return names;
  }
}
