package vn.nq21.workflow.admission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

/**
 * The case page's API ({@code GET /api/cases/{id}}) on an admission case worked up to the decision: the steps done
 * with their days, who did them and what their forms recorded, by the forms' labels and choices; the step it waits
 * on and who must act; the numbered documents; the deadlines ahead; the diagram with the current step. Whoever may
 * read the case reads it; a supervisor of another đảng bộ does not.
 */
class AdmissionCaseStoryTest extends AdmissionTestBase {

  static final String CHI_UY = "cb-thon-dong.chi-uy";
  static final String PASSWORD = "Demo@2026";

  @Autowired TestRestTemplate rest;
  @Autowired vn.nq21.workflow.casework.StepNumbers stepNumbers;

  @Test
  void theCasePageTellsTheWholeCaseToThoseWhoMayReadIt() {
    d.preparedUpToTheVote(CHI_UY, CHI_UY, "Đỗ Thị Trang Hồ Sơ", "DEMO-0004", "DEMO-0005");
    int onRoll = registry.rollOn("cb-thon-dong", LocalDate.of(2025, 12, 5)).officialCount();
    d.chiBoVotes(CHI_UY, onRoll, onRoll, onRoll);
    String caseId = d.instance.getId();

    ResponseEntity<Map> answer = rest.withBasicAuth(CHI_UY, PASSWORD).getForEntity("/api/cases/" + caseId, Map.class);
    assertThat(answer.getStatusCode().value()).isEqualTo(200);
    Map<String, Object> story = answer.getBody();
    assertThat(story).containsEntry("caseId", caseId).containsEntry("procedure", "Kết nạp đảng viên")
        .containsEntry("person", "Đỗ Thị Trang Hồ Sơ").containsEntry("organization", "Chi bộ thôn Đông")
        .containsEntry("state", "Đang giải quyết").containsEntry("opened", "01/09/2025");
    assertThat((String) story.get("openedBy")).endsWith("(" + CHI_UY + ")");
    assertThat(((Number) story.get("memberId")).longValue())
        .isEqualTo(registry.subjectOf(caseId).orElseThrow());

    List<Map<String, Object>> done = (List<Map<String, Object>>) story.get("done");
    assertThat(done.get(0)).containsEntry("name", "Mở hồ sơ");
    assertThat(recorded(done.get(0))).containsEntry("Họ và tên người vào Đảng", "Đỗ Thị Trang Hồ Sơ")
        .containsEntry("Ngày sinh", "10/05/2000").containsEntry("Giới tính", "Nữ");
    Map<String, Object> vote = done.stream().filter(s -> "Chi bộ họp xét, biểu quyết đề nghị kết nạp".equals(s.get("name")))
        .findFirst().orElseThrow();
    assertThat(vote).containsEntry("kind", "task").containsEntry("at", "06/12/2025 09:00").containsEntry("completed", true);
    assertThat((String) vote.get("by")).endsWith("(" + CHI_UY + ")");
    // by the form's labels, a day as dd/MM/yyyy, a number as typed
    assertThat(recorded(vote)).containsEntry("Ngày họp chi bộ", "05/12/2025")
        .containsEntry("Số phiếu tán thành", String.valueOf(onRoll))
        .containsEntry("Số nghị quyết đề nghị kết nạp (mẫu 6-KNĐ)", "12-NQ/CB");
    // a choice by the label the form shows, not its code
    Map<String, Object> eligibility = done.stream().filter(s -> "Chi ủy thẩm định điều kiện kết nạp".equals(s.get("name")))
        .findFirst().orElseThrow();
    assertThat(recorded(eligibility)).containsEntry("Trình độ học vấn (theo văn bằng)",
        "Tốt nghiệp trung học cơ sở trở lên").containsEntry("Đạt tiêu chuẩn chính trị (Quy định 58-QĐ/TW)", "Có");
    // the system's steps are told too, in the order they happened, the review chain's among them
    List<Object> names = done.stream().map(s -> s.get("name")).toList();
    assertThat(names).contains("Ghi sổ: đang xét kết nạp", "Xác định các cấp xét và cấp quyết định");
    assertThat(names.indexOf("Tiếp nhận đơn xin vào Đảng (1-KNĐ)")).isLessThan(names.indexOf("Ghi sổ: đang xét kết nạp"));
    assertThat(names.indexOf("Chi bộ họp xét, biểu quyết đề nghị kết nạp"))
        .isLessThan(names.indexOf("Xác định các cấp xét và cấp quyết định"));

    // where it stands: the decision, inside the review chain, with who must act and by when
    List<Map<String, Object>> current = (List<Map<String, Object>>) story.get("current");
    assertThat(current).singleElement().satisfies(step -> {
      // the review chain's step is the step of the procedure that called it
      assertThat(step).containsEntry("name", "Cấp có thẩm quyền xét, ra quyết định").containsEntry("step", "10/13")
          .containsEntry("who", "Ban tổ chức – Đảng bộ xã An Phú").containsEntry("overdue", false)
          .containsEntry("yours", false);
      assertThat((String) step.get("due")).matches("\\d{2}/\\d{2}/\\d{4}");
    });
    assertThat((List<Map<String, Object>>) story.get("alwaysOpen")).singleElement()
        .satisfies(step -> assertThat(step).containsEntry("yours", true).containsEntry("due", null)
            .containsEntry("step", null));
    assertThat((List<Map<String, Object>>) story.get("ahead")).anySatisfy(a -> assertThat(a)
        .containsEntry("step", "Cấp có thẩm quyền xét, ra quyết định").containsEntry("due", current.get(0).get("due")));
    assertThat((String) story.get("inventory")).contains("Nghị quyết đề nghị kết nạp của chi bộ (6-KNĐ) – 05/12/2025");
    assertThat((List<Map<String, Object>>) story.get("documents")).extracting(x -> x.get("number"), x -> x.get("date"))
        .containsExactly(tuple("GCN-15/2025", "15/08/2025"), tuple("12-NQ/CB", "05/12/2025"));

    // the diagrams: the procedure's at the review chain, and the chain's at the decision
    List<Map<String, Object>> diagrams = rest.withBasicAuth(CHI_UY, PASSWORD).getForObject("/api/cases/" + caseId
        + "/diagrams", List.class);
    assertThat(diagrams).hasSize(2);
    assertThat((String) diagrams.get(0).get("xml")).contains("id=\"ket-nap-dang-vien\"");
    assertThat((List<String>) diagrams.get(0).get("current")).contains("CallActivity_XetDuyetCapTren");
    assertThat((List<String>) diagrams.get(0).get("passed")).contains("Task_ChiBoBieuQuyet");
    assertThat((List<String>) diagrams.get(1).get("current")).contains("Task_QuyetDinh");

    // the deciding office reads the same case, from its step in the chain, and may work that step
    String chain = (String) diagrams.get(1).get("processInstanceId");
    Map<String, Object> theirs = rest.withBasicAuth("xa-an-phu.ban-to-chuc", PASSWORD).getForObject("/api/cases/"
        + chain, Map.class);
    assertThat(theirs).containsEntry("caseId", caseId);
    assertThat((List<Map<String, Object>>) theirs.get("current")).singleElement()
        .satisfies(step -> assertThat(step).containsEntry("yours", true));
    // the supervisors above read it; those of another đảng bộ, and nobody signed out, do not
    assertThat(rest.withBasicAuth("xa-an-phu.giam-sat", PASSWORD).getForEntity("/api/cases/" + caseId, Map.class)
        .getStatusCode().value()).isEqualTo(200);
    ResponseEntity<Map> elsewhere = rest.withBasicAuth("dbcs-bao-tinh.giam-sat", PASSWORD)
        .getForEntity("/api/cases/" + caseId, Map.class);
    assertThat(elsewhere.getStatusCode().value()).isEqualTo(404);
    assertThat(rest.withBasicAuth("dbcs-bao-tinh.giam-sat", PASSWORD).getForEntity("/api/cases/" + caseId
        + "/diagrams", String.class).getStatusCode().value()).isEqualTo(404);
    assertThat(rest.getForEntity("/api/cases/" + caseId, String.class).getStatusCode().value()).isEqualTo(401);
    assertThat(rest.withBasicAuth(CHI_UY, PASSWORD).getForEntity("/api/cases/khong-co", String.class)
        .getStatusCode().value()).isEqualTo(404);
    // the page and the diagram viewer it loads are served
    ResponseEntity<String> page = rest.getForEntity("/ho-so-giai-quyet/?id=" + caseId, String.class);
    assertThat(page.getStatusCode().value()).isEqualTo(200);
    assertThat(page.getBody()).contains("<title>Hồ sơ giải quyết").contains("ho-so-giai-quyet.js");
    // no other site may frame it (the webapps frame it from this one)
    assertThat(page.getHeaders().getFirst("Content-Security-Policy")).isEqualTo("frame-ancestors 'self'");
    assertThat(rest.getForEntity("/ho-so-giai-quyet/ho-so-giai-quyet.js", String.class).getHeaders()
        .getFirst("X-Frame-Options")).isEqualTo("SAMEORIGIN");
    assertThat(rest.getForEntity("/webjars/bpmn-js/8.0.0/dist/bpmn-navigated-viewer.production.min.js", String.class)
        .getStatusCode().value()).isEqualTo(200);
    assertThat(rest.getForEntity("/ho-so-dang-vien/", String.class).getBody()).contains("<title>Hồ sơ đảng viên");

    // the decision, made inside the review chain on the form the procedure gave it, is told with what it recorded
    d.decides("xa-an-phu.ban-to-chuc", "KET_NAP", 7, 6);
    Map<String, Object> decided = rest.withBasicAuth(CHI_UY, PASSWORD).getForObject("/api/cases/" + caseId, Map.class);
    Map<String, Object> decision = ((List<Map<String, Object>>) decided.get("done")).stream()
        .filter(s -> "Cấp có thẩm quyền xét, ra quyết định".equals(s.get("name"))).findFirst().orElseThrow();
    assertThat((String) decision.get("by")).endsWith("(xa-an-phu.ban-to-chuc)");
    assertThat(recorded(decision)).containsValue("45-QĐ/ĐU").containsValue("20/01/2026");
    assertThat((List<Map<String, Object>>) decided.get("documents")).extracting(x -> x.get("number"), x -> x.get("date"))
        .contains(tuple("45-QĐ/ĐU", "20/01/2026"));
  }

  @Test
  void eachTaskSaysWhichStepOfHowManyTheModelsNumberIt() {
    d.open(CHI_UY, "Đỗ Văn Số Bước", Map.of());
    assertThat(stepOf("Task_ChungNhanNhanThuc")).isEqualTo("1/13");
    assertThat(stepOf("Task_DungHoSo")).as("the stop task is off the main line").isNull();
    d.throughCertificateAndApplication(CHI_UY);
    assertThat(stepOf("Task_NguoiGioiThieu")).isEqualTo("3/13");
    // a task opened before its model was numbered (or before an upgrade) gets its number at the next start
    engine.getTaskService().removeVariableLocal(d.task("Task_NguoiGioiThieu").getId(), "buocHoSo");
    stepNumbers.run(null);
    assertThat(stepOf("Task_NguoiGioiThieu")).isEqualTo("3/13");
    assertThat(stepOf("Task_DungHoSo")).isNull();
    // and Tasklist's filters show it on the card
    assertThat(String.valueOf(engine.getFilterService().createFilterQuery().filterName("Việc của chi ủy").singleResult()
        .getProperties().get("variables"))).contains("name=buocHoSo").contains("label=Bước");
  }

  private Object stepOf(String taskKey) {
    return engine.getTaskService().getVariableLocal(d.task(taskKey).getId(), "buocHoSo");
  }

  private static Map<Object, Object> recorded(Map<String, Object> step) {
    Map<Object, Object> values = new java.util.LinkedHashMap<>();
    ((List<Map<String, Object>>) step.get("recorded")).forEach(r -> values.putIfAbsent(r.get("label"), r.get("value")));
    return values;
  }
}
