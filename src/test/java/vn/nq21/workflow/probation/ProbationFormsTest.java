package vn.nq21.workflow.probation;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.nq21.workflow.support.FormContract.opt;
import static vn.nq21.workflow.support.FormContract.req;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.nq21.workflow.support.FormChecks;
import vn.nq21.workflow.support.FormContract;
import vn.nq21.workflow.support.FormContractTests;

/**
 * The Camunda Forms of the probation and recognition procedure (dự bị, công nhận đảng viên chính thức),
 * read from the classpath as Tasklist gets them. Tasklist 7.24 renders them with form-js 1.8.7, and their
 * field keys are the process variables that the BPMN and the server-side checks read: {@link #CONTRACT} is
 * that agreement, form by form. The checks are those of the admission forms ({@link FormChecks}); every
 * test collects all problems first, so one run lists everything to fix.
 */
class ProbationFormsTest extends FormContractTests {

  @Override
  protected FormContract contract() {
    return CONTRACT;
  }


  private static final String FOLDER = "forms/cong-nhan-dang-vien-chinh-thuc";
  private static final String START_FORM = "cong-nhan-mo-ho-so";
  private static final String ADMISSION_FOLDER = "forms/ket-nap-dang-vien";

  // ------------------------------------------------------------------ the variable contract

  /**
   * Form id → the keys it submits, in the order the form shows them; memberName, memberBirthDate (an ISO
   * date) and probationEndText are set by the process and shown on every task form. Keep in step with the
   * BPMN and the server.
   */
  static final FormContract CONTRACT = new FormContract(FOLDER, START_FORM,
      "memberName", "memberBirthDate", "probationEndText")
      // a dự bị member already in the registry (admitted before the system, transferred in)
      .conditional("presentVoters", "voters") // counted from the list when voters are ticked
      .form(START_FORM, req("memberRecordNumber", "textfield"))
      .form("cong-nhan-phan-cong-giup-do", // CN01
          req("helperRecordNumber", "textfield"), req("helperAssignmentDate", "datetime"))
      .form("cong-nhan-chung-nhan-dang-vien-moi", // CN02
          req("newMemberCertificateNumber", "textfield"), req("newMemberCertificateDate", "datetime"),
          req("newMemberCertificateIssuer", "textfield"))
      .form("cong-nhan-tu-kiem-diem", // CN03
          req("selfReviewDate", "datetime"), opt("selfReviewSummary", "textarea"))
      .form("cong-nhan-nhan-xet-giup-do", // CN04
          req("helperReportDate", "datetime"), opt("helperReportSummary", "textarea"))
      .form("cong-nhan-y-kien-nhan-xet", // CN05
          req("probationMassOrgCommentDate", "datetime"), req("probationResidenceCommentDate", "datetime"),
          req("probationCommentSummaryDate", "datetime"), opt("probationCommentSummary", "textarea"))
      .form("cong-nhan-chi-bo-bieu-quyet", // CN06
          req("proposal", "radio", "CONG_NHAN", "XOA_TEN_DU_BI"),
          req("voteDate", "datetime"), req("officialMembersOnRoll", "number"),
          opt("excludedTemporary", "number"), opt("excludedExemptAbsent", "number"),
          opt("excludedSuspended", "number"), opt("excludedAbsentWithReason", "number"),
          opt("exclusionNotes", "textarea"), opt("voters", "checklist"), req("presentVoters", "number"), req("votesFor", "number"),
          req("votesAgainst", "number"), opt("resolutionNumber", "textfield"), opt("resolutionDate", "datetime"))
      .form("cong-nhan-dang-uy-bo-phan-tham-dinh", // CN07
          req("appraisalDate", "datetime"), req("appraisalOpinion", "radio", "DONG_Y", "KHONG_DONG_Y"),
          opt("appraisalNotes", "textarea"))
      .form("cong-nhan-dang-uy-co-so-bieu-quyet", // CN08
          req("dangUyVoteDate", "datetime"), req("dangUyMembersTotal", "number"), req("dangUyVotesFor", "number"),
          opt("dangUyResolutionNumber", "textfield"), opt("dangUyResolutionDate", "datetime"))
      .form("cong-nhan-bao-cao-cap-tren", // R-CN-10: three failed votes, the superior decides
          req("reportNumber", "textfield"), req("reportDate", "datetime"), opt("reportNotes", "textarea"))
      .form("cong-nhan-quyet-dinh", // CN09
          req("decisionOutcome", "radio", "CONG_NHAN", "XOA_TEN_DU_BI"), req("deciderMembersTotal", "number"),
          req("deciderVotesFor", "number"), req("decisionNumber", "textfield"), req("decisionDate", "datetime"))
      .form("cong-nhan-xu-ly-qua-han", req("lateReviewDate", "datetime"), req("lateReviewNotes", "textarea"))
      .form("cong-nhan-cong-bo-quyet-dinh", // CN10
          req("announcementDate", "datetime"), opt("cardNumber", "textfield"), opt("cardHandedDate", "datetime"))
      .form("cong-nhan-dung-ho-so",
          req("stopReason", "radio", "TU_TRAN", "KHAC"), req("stopDate", "datetime"),
          opt("stopNotes", "textarea"), req("stopConfirmed", "checkbox"))
      // variables the process sets for display (failedVotesText may be absent on CN06)
      .displayOnly("cong-nhan-chi-bo-bieu-quyet", "voteDeadlineText", "failedVotesText", "voteAttempts")
      .displayOnly("cong-nhan-bao-cao-cap-tren", "failedVotesText", "voteAttempts")
      .displayOnly("cong-nhan-quyet-dinh", "authorityBody", "proposalText", "decisionWorkingDays")
      .displayOnly("cong-nhan-tu-kiem-diem", "probationEndText")
      .displayOnly("cong-nhan-xu-ly-qua-han", "escalationReason");

  /**
   * CN06 records the vote exactly as the admission's KN10 does (same keys, labels, descriptions, group),
   * apart from these properties, which name the admission's documents there: component id → property.
   */
  private static final Map<String, Set<String>> VOTE_RECORD_DIFFERENCES = Map.of(
      "Field_resolutionNumber", Set.of("label"),     // mẫu 13-KNĐ instead of 6-KNĐ
      "Field_resolutionDate", Set.of("description")); // either resolution, not "đề nghị kết nạp"

  // ------------------------------------------------------------------ reading the forms

  private static final Map<String, JsonNode> admissionForms = new TreeMap<>();

  @BeforeAll
  static void readAdmissionForms() throws IOException, URISyntaxException {
    List<String> unreadable = new ArrayList<>();
    FormChecks.readFolder(ADMISSION_FOLDER, admissionForms, unreadable);
    assertThat(unreadable).as("admission forms that are not valid JSON").isEmpty();
  }

  // ------------------------------------------------------------------ tests

  /** The member's header is one component, the same on every task form, right after the step text. */
  @Test
  void everyTaskFormShowsTheSameMemberHeaderSecond() {
    List<String> problems = new ArrayList<>();
    Map<String, JsonNode> headers = new TreeMap<>();
    forms.forms().forEach((name, form) -> {
      if (START_FORM.equals(name)) {
        return;
      }
      JsonNode second = form.path("components").path(1);
      if (!"Text_dangVienDuBi".equals(second.path("id").asText())) {
        problems.add(name + ": the second component must be Text_dangVienDuBi, found " + second.path("id"));
      } else {
        headers.put(name, second);
      }
    });
    Map<JsonNode, Long> variants = headers.values().stream()
        .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    JsonNode usual = variants.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    headers.forEach((name, header) -> {
      if (!header.equals(usual)) {
        problems.add(name + ": Text_dangVienDuBi is " + header + ", the other forms have " + usual);
      }
    });
    assertThat(problems).isEmpty();
  }

  @Test
  void chiBoVoteIsRecordedAsInTheAdmission() {
    List<JsonNode> admission = voteRecord(admissionForms.get("ket-nap-chi-bo-bieu-quyet"));
    List<JsonNode> probation = voteRecord(forms.forms().get("cong-nhan-chi-bo-bieu-quyet"));
    assertThat(ids(probation)).as("vote-record components of CN06, in order").isEqualTo(ids(admission));
    List<String> problems = new ArrayList<>();
    for (int i = 0; i < admission.size(); i++) {
      String id = admission.get(i).path("id").asText();
      Set<String> differing = VOTE_RECORD_DIFFERENCES.getOrDefault(id, Set.of());
      JsonNode expected = comparable(admission.get(i), differing);
      JsonNode actual = comparable(probation.get(i), differing);
      if (!expected.equals(actual)) {
        problems.add(id + " differs from the admission's: " + actual + " instead of " + expected);
      }
      for (String property : differing) {
        if (admission.get(i).path(property).equals(probation.get(i).path(property))) {
          problems.add(id + "." + property + " still names the admission's document: " + probation.get(i).path(property));
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  /** The fields and groups of a vote form from voteDate on, depth first, as in the admission's KN10. */
  private static List<JsonNode> voteRecord(JsonNode form) {
    assertThat(form).as("vote form").isNotNull();
    List<JsonNode> all = FormChecks.components(form);
    List<JsonNode> record = new ArrayList<>();
    boolean started = false;
    for (JsonNode c : all) {
      started |= "Field_voteDate".equals(c.path("id").asText());
      if (started) {
        record.add(c);
      }
    }
    return record;
  }

  private static List<String> ids(List<JsonNode> components) {
    return components.stream().map(c -> c.path("id").asText()).toList();
  }

  /** A component without its children (compared one by one) and without the properties allowed to differ. */
  private static JsonNode comparable(JsonNode component, Set<String> differing) {
    ObjectNode copy = component.deepCopy();
    copy.remove("components");
    copy.remove(differing);
    return copy;
  }
}
