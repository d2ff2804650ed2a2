package vn.nq21.workflow.engine.modelcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import vn.nq21.workflow.engine.modelcheck.ModelProblem.Rule;

/**
 * Each rule of the {@link ModelChecker} on small models under {@code src/test/resources/modelcheck/}: it
 * fires where it should, with its message, and stays quiet on what the rule allows.
 */
class ModelCheckerTest {

  private static final String GOOD = "modelcheck/dung/";
  private static final List<String> GOOD_SET = List.of(GOOD + "ho-so-mau.bpmn", GOOD + "kiem-tra-quy-tac.dmn",
      GOOD + "kiem-tra-mo-ho-so.form", GOOD + "kiem-tra-xu-ly.form");

  /** The application the test models go into. */
  private static final FixedFacts FACTS = new FixedFacts(
      Set.of("organizations", "caseOwnershipListener", "ghiSo"),
      Set.of("bieu-mau-da-trien-khai"),
      Set.of("bang-da-trien-khai"),
      Map.of("kiem-tra-truong-bieu-mau", KnownVariables.of(Set.of("ghiChu")),
          "kiem-tra-duoc-goi", KnownVariables.of(Set.of("ghiChu"))));

  private final ModelChecker checker = new ModelChecker();

  @Test
  void aModelThatKeepsEveryRulePasses() {
    assertThat(check(FACTS, GOOD_SET)).isEmpty();
  }

  @Test
  void rule1_everyUserTaskAndEveryStartEventAPersonFillsInHasAForm() {
    List<ModelProblem> problems = check(FACTS, List.of("modelcheck/thieu-bieu-mau.bpmn"));

    assertThat(problems).extracting(ModelProblem::rule).containsOnly(Rule.FORM_MISSING);
    // not the message start event, the sub-process's start, nor the process started only by others
    assertThat(problems).extracting(ModelProblem::elementId)
        .containsExactly("StartEvent_MoHoSo", "Task_KhongBieuMau", "Task_FormKey");
    assertThat(problems.get(0).message()).startsWith("modelcheck/thieu-bieu-mau.bpmn, sự kiện bắt đầu"
            + " StartEvent_MoHoSo “Mở hồ sơ” (quy trình kiem-tra-thieu-bieu-mau): chưa gắn biểu mẫu mở hồ sơ")
        .contains("camunda:isStartableInTasklist=\"false\"");
    assertThat(problems.get(1).message()).contains("công việc Task_KhongBieuMau “Chi ủy xem xét”",
        "chưa gắn biểu mẫu (camunda:formRef)", "Binding là deployment");
    assertThat(problems.get(2).message()).contains("dùng camunda:formKey “embedded:app:forms/xem-xet.html”",
        "Hãy thay bằng camunda:formRef");
  }

  @Test
  void rules2And7_formsACallerPassesToTheProcessItCallsAreCheckedAsThatProcesssForms() {
    List<ModelProblem> problems = check(FACTS, List.of("modelcheck/goi-quy-trinh.bpmn",
        "modelcheck/kiem-tra-truong-la.form"));

    assertThat(problems).extracting(ModelProblem::rule, ModelProblem::elementId).containsExactlyInAnyOrder(
        tuple(Rule.FORM_REFERENCE, "CallActivity_Goi"), tuple(Rule.FORM_FIELD_UNUSED, "Field_truongLa"));
    assertThat(problems).filteredOn(p -> p.rule() == Rule.FORM_REFERENCE).singleElement()
        .extracting(ModelProblem::message).asString()
        .contains("truyền biểu mẫu “kiem-tra-khong-co” cho kiem-tra-duoc-goi (biến formThuHai)");
    assertThat(problems).filteredOn(p -> p.rule() == Rule.FORM_FIELD_UNUSED).singleElement()
        .extracting(ModelProblem::message).asString().contains("quy trình kiem-tra-duoc-goi không đọc cũng không ghi"
            + " biến “truongLa”");
  }

  @Test
  void rule2_aFormReferenceHasABindingAndFindsItsForm() {
    List<ModelProblem> problems = check(FACTS,
        List.of("modelcheck/tham-chieu-bieu-mau.bpmn", "modelcheck/kiem-tra-bieu-mau-co.form"));

    assertThat(problems).extracting(ModelProblem::rule).containsOnly(Rule.FORM_REFERENCE);
    assertThat(problems).extracting(ModelProblem::elementId)
        .containsExactly("Task_ThieuBinding", "Task_SaiId", "Task_BindingLa", "Task_KhongCo");
    assertThat(message(problems, "Task_ThieuBinding")).contains("công việc Task_ThieuBinding “Thiếu binding”",
        "camunda:formRef “kiem-tra-bieu-mau-co” thiếu camunda:formRefBinding", "formRefBinding=\"deployment\"");
    assertThat(message(problems, "Task_SaiId")).contains("binding deployment",
        "không có tệp .form nào có id “kiem-tra-bieu-mau-cp” (có phải “kiem-tra-bieu-mau-co”?)");
    assertThat(message(problems, "Task_BindingLa")).contains("“newest” không hợp lệ");
    assertThat(message(problems, "Task_KhongCo")).contains("“bieu-mau-khong-co” (binding latest)",
        "không có biểu mẫu như vậy trong bản triển khai này cũng như trong các bản đã triển khai");
  }

  @Test
  void rule3_delegateExpressionsNameBeansAndExpressionsBeansOrVariablesTheProcessWrites() {
    List<ModelProblem> problems = check(FACTS, List.of("modelcheck/bean-khong-co.bpmn"));

    assertThat(problems).extracting(ModelProblem::rule).containsOnly(Rule.UNKNOWN_BEAN);
    // Task_BeanDung, Task_BieuThucBean, Task_BieuThucBien (nguoiMo is the initiator), Task_BieuThucEngine pass
    assertThat(problems).extracting(ModelProblem::elementId).containsExactly(
        "Task_BeanSai", "Task_KhongPhaiBieuThuc", "Task_BieuThucSai", "Task_HamLa", "Task_CoNguoiNghe");
    assertThat(message(problems, "Task_BeanSai")).contains("bước tự động Task_BeanSai “Ghi sổ (gõ nhầm)”",
        "camunda:delegateExpression “${ghiSoo}” gọi bean “ghiSoo”, nhưng ứng dụng không có bean nào tên như vậy"
            + " (có phải “ghiSo”?)");
    assertThat(message(problems, "Task_KhongPhaiBieuThuc")).contains("“ghiSo” phải là một biểu thức dạng ${tênBean}");
    assertThat(message(problems, "Task_BieuThucSai")).contains("camunda:expression “${khongCo.lam(execution)}” bắt đầu"
        + " bằng “khongCo”, không phải bean của ứng dụng cũng không phải biến mà quy trình này ghi");
    assertThat(message(problems, "Task_HamLa")).contains("gọi hàm “homNay()”");
    assertThat(message(problems, "Task_CoNguoiNghe"))
        .contains("camunda:executionListener (sự kiện “start”) delegateExpression “${ngheSai}” gọi bean “ngheSai”");
  }

  @Test
  void rule4_aBusinessRuleTaskNamesADecisionInTheSetOrDeployed() {
    List<ModelProblem> problems = check(FACTS,
        List.of("modelcheck/bang-quyet-dinh.bpmn", GOOD + "kiem-tra-quy-tac.dmn"));

    assertThat(problems).extracting(ModelProblem::rule).containsOnly(Rule.UNKNOWN_DECISION);
    assertThat(problems).extracting(ModelProblem::elementId).containsExactly("Task_BangSai", "Task_BangCungBan");
    assertThat(message(problems, "Task_BangSai")).contains("bước áp dụng bảng quyết định Task_BangSai “Bảng gõ nhầm”",
        "camunda:decisionRef “kiem-tra-quy-tak” không trỏ tới bảng quyết định nào", "(có phải “kiem-tra-quy-tac”?)");
    assertThat(message(problems, "Task_BangCungBan"))
        .contains("“bang-da-trien-khai” (binding deployment) không có trong bản triển khai này");
  }

  @Test
  void rule5_groupsAndUsersComeFromExpressionsNeverLiterals() {
    List<ModelProblem> problems = check(FACTS, List.of("modelcheck/nhom-ghi-cung.bpmn"));

    assertThat(problems).extracting(ModelProblem::rule).containsOnly(Rule.HARD_CODED_ASSIGNMENT);
    assertThat(problems).extracting(ModelProblem::elementId).containsExactly("Task_NhomChiUy", "Task_NhomDayDu",
        "Task_NhomTron", "Task_NguoiGhiCung", "Task_NguoiGhiCung", "Task_PotentialOwner");
    assertThat(message(problems, "Task_NhomChiUy")).contains("camunda:candidateGroups “chi-uy” ghi cứng nhóm “chi-uy”",
        "${organizations.groupFor(caseOrgId, 'chi-uy')}");
    assertThat(message(problems, "Task_NhomDayDu")).contains("ghi cứng nhóm “cb-thon-dong.chi-uy”");
    assertThat(message(problems, "Task_NhomTron")).contains("ghi cứng nhóm “giam-sat”");
    assertThat(problems.get(3).message()).contains("camunda:candidateUsers “tranthib” ghi cứng người dùng “tranthib”");
    assertThat(problems.get(4).message()).contains("camunda:assignee “nguyenvana” ghi cứng người dùng “nguyenvana”",
        "${caseInitiator}");
    assertThat(message(problems, "Task_PotentialOwner")).contains("potentialOwner “chi-uy” ghi cứng nhóm");
  }

  @Test
  void rule6_everyExecutableProcessAndEveryDecisionHasAHistoryTimeToLive() {
    List<ModelProblem> problems = check(FACTS, List.of("modelcheck/thieu-httl.bpmn", "modelcheck/thieu-httl.dmn"));

    assertThat(problems).extracting(ModelProblem::rule).containsOnly(Rule.HISTORY_TIME_TO_LIVE);
    assertThat(problems).extracting(ModelProblem::elementId)
        .containsExactly("kiem-tra-bang-thieu-httl", "kiem-tra-thieu-httl");
    assertThat(message(problems, "kiem-tra-bang-thieu-httl")).startsWith("modelcheck/thieu-httl.dmn, bảng quyết định"
        + " kiem-tra-bang-thieu-httl “Bảng thiếu thời gian lưu”: thiếu camunda:historyTimeToLive");
    assertThat(message(problems, "kiem-tra-thieu-httl")).startsWith("modelcheck/thieu-httl.bpmn, quy trình"
        + " kiem-tra-thieu-httl “Thiếu thời gian lưu lịch sử”: thiếu camunda:historyTimeToLive");
  }

  @Test
  void rule7_aFormFieldIsAVariableItsProcessReadsOrWritesWithOneType() {
    List<ModelProblem> problems = check(FACTS, List.of("modelcheck/truong-bieu-mau/ho-so-truong.bpmn",
        "modelcheck/truong-bieu-mau/kiem-tra-truong-nop.form", "modelcheck/truong-bieu-mau/kiem-tra-truong-xet.form"));

    // soHoSo and ngayNop are read by an input parameter, ketLuan (inside a group) by a condition, ghiChu by
    // the procedure's code (FACTS)
    assertThat(problems).extracting(ModelProblem::rule, ModelProblem::elementId).containsExactly(
        tuple(Rule.FORM_FIELD_UNUSED, "Field_tenNguoiNopp"),
        tuple(Rule.FORM_FIELD_UNUSED, "Field_taiLieu"),
        tuple(Rule.FORM_FIELD_TYPE_CONFLICT, "Field_ngayNop"));
    assertThat(problems.get(0).message()).startsWith("modelcheck/truong-bieu-mau/kiem-tra-truong-nop.form, biểu mẫu"
            + " kiem-tra-truong-nop, trường Field_tenNguoiNopp “Tên người nộp” (key “tenNguoiNopp”): quy trình"
            + " kiem-tra-truong-bieu-mau không đọc cũng không ghi biến “tenNguoiNopp”")
        .contains("(có phải “tenNguoiNop”?)", "@Procedure(recordedOnly)")
        .doesNotContain("Chưa có gói mã nào");
    assertThat(problems.get(2).resource()).isEqualTo("modelcheck/truong-bieu-mau/kiem-tra-truong-xet.form");
    assertThat(problems.get(2).message()).contains("biến “ngayNop” ở đây là văn bản (textfield), nhưng ở"
        + " modelcheck/truong-bieu-mau/kiem-tra-truong-nop.form (trường Field_ngayNop) là ngày (datetime)");
  }

  @Test
  void rule7_withoutCodeForTheProcessOnlyTheModelCounts() {
    FixedFacts noCode = new FixedFacts(FACTS.beans(), Set.of(), Set.of(), Map.of());
    List<ModelProblem> problems = check(noCode, List.of("modelcheck/truong-bieu-mau/ho-so-truong.bpmn",
        "modelcheck/truong-bieu-mau/kiem-tra-truong-nop.form", "modelcheck/truong-bieu-mau/kiem-tra-truong-xet.form"));

    assertThat(message(problems, "Field_ghiChu"))
        .contains("Chưa có gói mã nào khai báo @Procedure(processKeys = \"kiem-tra-truong-bieu-mau\")");
  }

  @Test
  void rule7_theInputsOfADecisionInTheSetAreReadByTheProcessThatCallsIt() {
    // mucDo is read only by the decision kiem-tra-quy-tac; deployed earlier, its inputs are not known
    FixedFacts decisionDeployed = new FixedFacts(FACTS.beans(), Set.of(), Set.of("kiem-tra-quy-tac"), Map.of());
    List<ModelProblem> problems = check(decisionDeployed, GOOD_SET.stream().filter(r -> !r.endsWith(".dmn")).toList());

    assertThat(problems).extracting(ModelProblem::elementId).containsExactly("Field_mucDo");
  }

  @Test
  void aFileThatIsNotXmlOrJsonIsNamed() {
    List<ModelProblem> problems = check(FACTS, List.of("modelcheck/hong.bpmn", "modelcheck/hong.form"));

    assertThat(problems).extracting(ModelProblem::rule).containsOnly(Rule.UNREADABLE);
    assertThat(problems).extracting(ModelProblem::resource)
        .containsExactly("modelcheck/hong.bpmn", "modelcheck/hong.form");
    assertThat(problems.get(0).message()).startsWith("modelcheck/hong.bpmn: không đọc được tệp (");
  }

  @Test
  void expressionsAreReadAsCamundaReadsThem() {
    assertThat(Expressions.splitList("${organizations.groupFor(caseOrgId, 'chi-uy')}, giam-sat"))
        .containsExactly("${organizations.groupFor(caseOrgId, 'chi-uy')}", "giam-sat");
    assertThat(Expressions.in("Hồ sơ ${soHoSo} của #{ten}")).containsExactly("soHoSo", "ten");
    assertThat(Expressions.namesRead("admission.provinceConsentGroup(caseOrgId, plannedVoteDate) && !x.y"))
        .containsExactly("admission", "caseOrgId", "plannedVoteDate", "x");
    assertThat(Expressions.namesRead("execution.getVariable('soHoSo') == 'DAT' and not empty now()"))
        .containsExactly("execution", "soHoSo", "DAT");
    assertThat(Expressions.root("admission.close(execution, '}')")).isEqualTo(new Expressions.Root("admission", false));
    assertThat(Expressions.root("now()")).isEqualTo(new Expressions.Root("now", true));
    assertThat(Expressions.root("!chiBoPassed")).isNull();
    assertThat(Expressions.isSingle("${a.b('}')}")).isTrue();
    assertThat(Expressions.isSingle("${a} ${b}")).isFalse();
  }

  @Test
  void composedNamesStandForTheNamesThatFitTheirPieces() {
    KnownVariables names = KnownVariables.fromConstants(List.of("certificateNumber", "introducer\u0001RecordNumber",
        "Số lý lịch của \u0001", "\u0001Date", "ab\u0001"));

    assertThat(names.contains("certificateNumber")).isTrue();
    assertThat(names.contains("introducer2RecordNumber")).isTrue();
    assertThat(names.contains("introducerRecordNumber")).isFalse();
    assertThat(names.contains("introducer2LetterDate")).isFalse(); // "\u0001Date" has no first piece
    assertThat(names.contains("abc")).isFalse(); // first piece too short to name anything
  }

  @Test
  void rule8_whereTheApplicationChecksAProcessStepsItChecksEveryOne() {
    ApplicationFacts checking = new ApplicationFacts() {
      @Override
      public boolean isBean(String name) {
        return FACTS.isBean(name);
      }

      @Override
      public boolean isFormDeployed(String key, String binding, Integer version) {
        return FACTS.isFormDeployed(key, binding, version);
      }

      @Override
      public boolean isDecisionDeployed(String key, String binding, Integer version, String versionTag) {
        return FACTS.isDecisionDeployed(key, binding, version, versionTag);
      }

      @Override
      public KnownVariables variablesOf(String processKey) {
        return FACTS.variablesOf(processKey);
      }

      @Override
      public Set<String> checkedTasks(String processKey) {
        return "kiem-tra-ho-so-mau".equals(processKey) ? Set.of("Task_XuLyCu") : null;
      }
    };
    List<ModelProblem> problems = check(checking, GOOD_SET);
    assertThat(problems).extracting(ModelProblem::rule).containsExactly(Rule.TASK_UNCHECKED);
    assertThat(problems.get(0).elementId()).isEqualTo("Task_XuLy");
    assertThat(problems.get(0).message()).contains("không có kiểm tra phía máy chủ");
    // with no code claiming the process, nothing is asked
    assertThat(check(FACTS, GOOD_SET)).isEmpty();
  }

  private List<ModelProblem> check(ApplicationFacts facts, List<String> resources) {
    Map<String, byte[]> set = new TreeMap<>();
    for (String name : resources) {
      try (InputStream in = getClass().getClassLoader().getResourceAsStream(name)) {
        assertThat(in).as(name).isNotNull();
        set.put(name, in.readAllBytes());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return checker.check(set, facts);
  }

  private static String message(List<ModelProblem> problems, String elementId) {
    return problems.stream().filter(p -> elementId.equals(p.elementId())).map(ModelProblem::message).findFirst()
        .orElseThrow(() -> new AssertionError("no problem at " + elementId + " in " + problems));
  }
}
