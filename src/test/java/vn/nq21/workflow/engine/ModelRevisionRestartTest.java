package vn.nq21.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import vn.nq21.workflow.support.ApplicationProcess;
import vn.nq21.workflow.support.SeparateJvm;

/**
 * An admin deploys a revised admission model from the Modeler (its REST call, its file names) to a running
 * application; a clerk cannot. The application is stopped and started again with a release whose jar changed the
 * same model and a form of another procedure: the admin's version is still the one new cases start on, the changed
 * form is deployed, and the log and {@code /api/revisions} say whose version is in force and why.
 */
@SeparateJvm
class ModelRevisionRestartTest {

  static final Path LOGS = Path.of("target", "revision-restart");
  static final String KEY = "ket-nap-dang-vien";

  @Test
  void anAdminsModelerDeploymentSurvivesARestartWithChangedFiles() throws Exception {
    Files.createDirectories(LOGS);
    Path data = Files.createTempDirectory("nq21-revision");
    List<String> args = List.of("--spring.profiles.active=demo", "--nq21.data-dir=" + data);
    int port = ApplicationProcess.freePort();

    Process app = ApplicationProcess.start(port, args, Map.of(), LOGS.resolve("start-1.log"), null);
    try {
      TestRestTemplate admin = client(port, "admin");
      TestRestTemplate clerk = client(port, "cb-thon-dong.chi-uy");
      MultiValueMap<String, Object> modeler = modelerDeployment(
          text("bpmn/ket-nap-dang-vien.bpmn").replace("name=\"Kết nạp đảng viên\"",
              "name=\"Kết nạp đảng viên (sửa đổi 2026)\""));
      assertThat(post(clerk, modeler).getStatusCode().value()).isEqualTo(403);
      ResponseEntity<Map> deployed = post(admin, modeler);
      assertThat(deployed.getStatusCode().value()).as(String.valueOf(deployed.getBody())).isEqualTo(200);
      String adminsDeployment = (String) deployed.getBody().get("id");
      assertThat(latest(admin).get("deploymentId")).isEqualTo(adminsDeployment);
    } finally {
      ApplicationProcess.stop(app);
    }

    // the next release: the jar changed the same model (both changed) and a form of the exemption
    Path release = Files.createTempDirectory("nq21-release");
    Path model = release.resolve("bpmn/ket-nap-dang-vien.bpmn");
    Files.createDirectories(model.getParent());
    Files.writeString(model, text("bpmn/ket-nap-dang-vien.bpmn").replace("name=\"Kết nạp đảng viên\"",
        "name=\"Kết nạp đảng viên (bản của kho mã)\""), StandardCharsets.UTF_8);
    Path form = release.resolve("forms/mien-sinh-hoat-dang/mien-dung-ho-so.form");
    Files.createDirectories(form.getParent());
    String formText = text("forms/mien-sinh-hoat-dang/mien-dung-ho-so.form");
    assertThat(formText).contains("**Dừng hồ sơ xin miễn sinh hoạt**");
    Files.writeString(form, formText.replace("**Dừng hồ sơ xin miễn sinh hoạt**",
        "**Dừng hồ sơ xin miễn sinh hoạt đảng**"), StandardCharsets.UTF_8);

    app = ApplicationProcess.start(port, args, Map.of(), LOGS.resolve("start-2.log"), release);
    try {
      TestRestTemplate admin = client(port, "admin");
      Map<String, Object> inForce = latest(admin);
      assertThat(inForce.get("name")).isEqualTo("Kết nạp đảng viên (sửa đổi 2026)");
      List<Map<String, Object>> record = admin.getForObject("/api/revisions/in-force", List.class);
      assertThat(record).filteredOn(row -> KEY.equals(row.get("key"))).singleElement().satisfies(row -> {
        assertThat(row.get("deployedBy")).isEqualTo("admin");
        assertThat(row.get("source")).isEqualTo("Camunda Modeler");
        assertThat(row.get("application")).isEqualTo(false);
      });
      // the application's own start has no user (the demo's clerks who opened cases since are not its deployers)
      assertThat(record).filteredOn(row -> Boolean.TRUE.equals(row.get("application"))).isNotEmpty()
          .allSatisfy(row -> assertThat(row.get("deployedBy")).isNull());
      List<Map<String, Object>> deployments = admin.getForObject("/api/revisions/deployments?max=5", List.class);
      Map<String, Object> newest = deployments.get(0);
      assertThat(newest.get("name")).isEqualTo(ModelDeployment.DEPLOYMENT_NAME);
      assertThat(newest.get("application")).isEqualTo(true);
      assertThat((List<String>) newest.get("definitions")).noneMatch(d -> d.contains(KEY));
      assertThat(deployments).anySatisfy(d -> assertThat(d.get("deployedBy")).isEqualTo("admin"));
      assertThat(client(port, "cb-thon-dong.chi-uy").getForEntity("/api/revisions/in-force", String.class)
          .getStatusCode().value()).isEqualTo(403);
    } finally {
      ApplicationProcess.stop(app);
    }
    String log = Files.readString(LOGS.resolve("start-2.log"));
    assertThat(log).contains("Cả hai cùng đổi: tệp bpmn/ket-nap-dang-vien.bpmn của ứng dụng đã sửa, nhưng bản quy trình"
        + " ket-nap-dang-vien phiên bản 2 do admin triển khai lúc");
    assertThat(log).contains("được giữ (nq21.models.when-both-changed=deployed)");
  }

  private static Map<String, Object> latest(TestRestTemplate admin) {
    return admin.getForObject("/engine-rest/process-definition/key/" + KEY, Map.class);
  }

  /** What Camunda Modeler's deploy dialog sends: a name, its source, the files under their own names. */
  private static MultiValueMap<String, Object> modelerDeployment(String admission) throws Exception {
    MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
    form.add("deployment-name", "Kết nạp: sửa đổi 2026");
    form.add("deployment-source", "Camunda Modeler");
    form.add("ket-nap-dang-vien.bpmn", file("ket-nap-dang-vien.bpmn", admission));
    form.add("xet-duyet-cap-tren.bpmn", file("xet-duyet-cap-tren.bpmn", text("bpmn/xet-duyet-cap-tren.bpmn")));
    for (Resource resource : new PathMatchingResourcePatternResolver().getResources(
        "classpath*:forms/ket-nap-dang-vien/*.form")) {
      form.add(resource.getFilename(), file(resource.getFilename(),
          new String(resource.getInputStream().readAllBytes(), StandardCharsets.UTF_8)));
    }
    return form;
  }

  private static ResponseEntity<Map> post(TestRestTemplate user, MultiValueMap<String, Object> form) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return user.postForEntity("/engine-rest/deployment/create", new HttpEntity<>(form, headers), Map.class);
  }

  private static TestRestTemplate client(int port, String user) {
    return new TestRestTemplate(new RestTemplateBuilder().rootUri("http://127.0.0.1:" + port), user, "Demo@2026");
  }

  private static String text(String classpath) throws Exception {
    try (var in = ModelRevisionRestartTest.class.getClassLoader().getResourceAsStream(classpath)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static ByteArrayResource file(String name, String content) {
    return new ByteArrayResource(content.getBytes(StandardCharsets.UTF_8)) {
      @Override
      public String getFilename() {
        return name;
      }
    };
  }
}
