package vn.nq21.workflow.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.nq21.workflow.support.FormContract.opt;
import static vn.nq21.workflow.support.FormContract.req;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.nq21.workflow.support.FormChecks;
import vn.nq21.workflow.support.FormContract;
import vn.nq21.workflow.support.FormContractTests;

/**
 * The Camunda Forms of the transfer procedure (chuyển sinh hoạt đảng): the sending process
 * {@code chuyen-sinh-hoat-dang} (official, temporary and internal transfers) and the receiving process
 * {@code tiep-nhan-chuyen-sinh-hoat} (forms {@code chuyen-den-…}), read from the classpath as Tasklist gets them.
 * {@link #CONTRACT} is what the forms agree on with the BPMN and the server-side checks, form by form; the
 * checks are those of every procedure ({@link FormChecks}) plus the transfer's own below.
 */
class TransferFormsTest extends FormContractTests {

  @Override
  protected FormContract contract() {
    return CONTRACT;
  }

  private static final String FOLDER = "forms/chuyen-sinh-hoat-dang";
  private static final String START_FORM = "chuyen-mo-ho-so";
  private static final String EXEMPTION_FOLDER = "forms/mien-sinh-hoat-dang";
  private static final String HEADER = "Text_dangVien";

  /** The items of a transfer dossier's index (R-CS-05), sent (CS04) and checked on arrival (CS07). */
  private static final String[] DOSSIER_ITEMS = {"GIAY_GIOI_THIEU_10_O", "PHIEU_DANG_VIEN", "LY_LICH_DANG_VIEN",
      "PHIEU_BO_SUNG", "TU_KIEM_DIEM_NHAN_XET", "QUYET_DINH_CAN_CU", "HO_SO_KET_NAP"};

  /** Selects whose options are a list of {label, value} the process sets: key → the variable holding them. */
  private static final Map<String, String> OPTIONS_FROM_THE_PROCESS = Map.of(
      "toTccsdId", "tccsdOptions", "toChiBoId", "chiBoOptions", "tempOrgId", "chiBoOptions");

  // ------------------------------------------------------------------ the variable contract

  /**
   * Form id → the keys it submits, in the order the form shows them. The case facts are set by the process for
   * every task of both processes and shown in each task form's header. Keep in step with the BPMN and the server.
   */
  static final FormContract CONTRACT = new FormContract(FOLDER, START_FORM,
      "memberName", "memberBirthDate", "memberStatusLabel", "kindLabel", "fromOrgName", "destinationText")
      // ---- sending side (chuyen-sinh-hoat-dang)
      .form(START_FORM, // CS01
          req("memberRecordNumber", "textfield"),
          req("causeCode", "select", "CHUYEN_CONG_TAC", "NGHI_HUU", "NGHI_MAT_SUC", "THOI_VIEC", "XUAT_NGU",
              "DOI_NOI_CU_TRU", "HOC_TAP", "LAM_VIEC_NOI_KHAC", "CU_TRU_NOI_KHAC", "TOT_NGHIEP_CHO_VIEC", "KHAC"),
          opt("causeDocumentNumber", "textfield"), opt("causeDocumentDate", "datetime"),
          req("causeEffectiveDate", "datetime"),
          req("destinationScope", "radio", "CUNG_DANG_BO", "TRONG_HE_THONG", "NGOAI_HE_THONG"),
          req("destinationText", "textfield"), opt("plannedEnd", "datetime"),
          opt("chosenKind", "select", "CHINH_THUC", "TAM_THOI", "NOI_BO"),
          opt("lateStartReason", "textarea"), opt("causeNotes", "textarea"))
      .form("chuyen-don-tu-kiem-diem", // CS02
          req("applicationDate", "datetime"), req("selfReviewDate", "datetime"), opt("selfReviewSummary", "textarea"),
          req("chiBoCommentDate", "datetime"))
      .form("chuyen-ghi-ly-do-cham", // 60 WD without the application (R-CS-02)
          req("lateReviewDate", "datetime"), req("lateReviewNotes", "textarea"))
      .form("chuyen-chi-uy-nhan-xet", // CS03
          req("commentDate", "datetime"), req("chiUyComments", "textarea"))
      .form("chuyen-lap-giay-gioi-thieu", // CS04
          req("introductionNumber", "textfield"), req("tccsdBoxDate", "datetime"), req("memberSlipDate", "datetime"),
          req("dossierIndex", "checklist", DOSSIER_ITEMS), opt("indexConfirmed", "checkbox"),
          req("indexStampDate", "datetime"), req("sealedDate", "datetime"),
          req("carrier", "radio", "DANG_VIEN", "TO_CHUC"), req("transferBookNumber", "textfield"),
          opt("holdOverride", "checkbox"), opt("holdOverrideReason", "textarea"), opt("holdOverrideBody", "textfield"))
      .form("chuyen-cap-tren-gioi-thieu", // CS05 (A10, A11)
          req("introductionDate", "datetime"), opt("toTccsdId", "select"), opt("noticeNotes", "textarea"))
      .form("chuyen-hoan-thien-lai", // the receiving side returned the dossier (R-CS-07)
          req("returnReceivedDate", "datetime"), req("correctionNotes", "textarea"), opt("indexConfirmed", "checkbox"),
          req("sealedDate", "datetime"))
      .form("chuyen-ghi-nhan-da-chuyen", req("notedDate", "datetime"), opt("notedNotes", "textarea"))
      .form("chuyen-mo-xoa-ten", // R-CS-09
          req("removalProposalDate", "datetime"), req("removalProposalNotes", "textarea"))
      .alsoStartForm("chuyen-den-mo-ho-so")
      .form("chuyen-den-mo-ho-so", // the receiving side, opened from the papers of a member from outside
          req("memberRecordNumber", "textfield"), req("incomingFullName", "textfield"),
          req("incomingGender", "radio", "NAM", "NU"), req("incomingBirthDate", "datetime"),
          opt("incomingIdentityNumber", "textfield"), req("incomingStatus", "radio", "CHINH_THUC", "DU_BI"),
          req("incomingAdmissionDate", "datetime"), opt("incomingCeremonyDate", "datetime"),
          opt("incomingRecognitionDate", "datetime"), opt("incomingCardNumber", "textfield"),
          req("fromText", "textfield"), req("introductionNumber", "textfield"), req("introductionDate", "datetime"),
          req("dossierIndex", "checklist", "GIAY_GIOI_THIEU_10_O", "PHIEU_DANG_VIEN", "LY_LICH_DANG_VIEN",
              "PHIEU_BO_SUNG", "TU_KIEM_DIEM_NHAN_XET", "QUYET_DINH_CAN_CU", "HO_SO_KET_NAP"))
      .form("chuyen-xac-nhan-ngoai", req("acceptedElsewhereDate", "datetime"), req("acceptanceEvidence", "textarea"))
      .form("chuyen-xem-xet-khong-den", // both sides; never an automatic removal
          req("noShowReviewDate", "datetime"), req("noShowDecision", "radio", "CHO_TIEP", "DE_NGHI_XOA_TEN"),
          req("noShowNotes", "textarea"))
      .form("chuyen-dung-ho-so",
          req("stopReason", "radio", "TU_TRAN", "KHAC"), req("stopDate", "datetime"),
          opt("stopNotes", "textarea"), req("stopConfirmed", "checkbox"))
      // ---- temporary (TAM_THOI)
      .form("chuyen-tam-thoi-cap-giay", // CT02
          req("tempIntroNumber", "textfield"), req("tempIntroDate", "datetime"),
          req("tempScope", "radio", "TRONG_HE_THONG", "NGOAI_HE_THONG"), opt("tempOrgId", "select"),
          opt("tempPlaceText", "textfield"), req("tempStart", "datetime"), req("tempEnd", "datetime"))
      .form("chuyen-tam-thoi-bao-cao", // CT03
          req("tempReportDate", "datetime"), opt("tempReportNotes", "textarea"))
      .form("chuyen-tam-thoi-nhac-bao-cao", // U8, soft
          req("reminderDate", "datetime"), req("reminderNotes", "textarea"))
      .form("chuyen-tam-thoi-gia-han", // CT04
          req("extensionRequestDate", "datetime"), req("extensionAnswer", "radio", "GIA_HAN", "CHUYEN_CHINH_THUC", "TRO_VE"),
          opt("newTempEnd", "datetime"), opt("officialInformedDate", "datetime"))
      .form("chuyen-tam-thoi-nhan-xet", // CT05
          req("tempCommentDate", "datetime"), req("tempComments", "textarea"))
      .form("chuyen-tam-thoi-tro-lai", req("returnDate", "datetime"), opt("returnNotes", "textarea"))
      // ---- internal (NOI_BO)
      .form("chuyen-noi-bo-quyet-dinh", // CN-NB01
          req("internalDecisionNumber", "textfield"), req("internalDecisionDate", "datetime"),
          req("toChiBoId", "select"))
      // ---- receiving side (tiep-nhan-chuyen-sinh-hoat)
      .form("chuyen-den-cap-tren-tiep-nhan", // CS05 at the receiving superior
          req("receivedDate", "datetime"), req("forwardDate", "datetime"), opt("receiverNotes", "textarea"))
      .form("chuyen-den-trinh-dien", // CS06
          req("reportDate", "datetime"), opt("receiptNumber", "textfield"))
      .form("chuyen-den-nhac-bao-cao", req("reminderDate", "datetime"), req("reminderNotes", "textarea"))
      .form("chuyen-den-xet-bao-cao-muon", // R-CS-09
          req("lateDecisionDate", "datetime"), req("lateDecision", "radio", "CHAP_NHAN", "DE_NGHI_XOA_TEN"),
          req("lateReason", "textarea"))
      .form("chuyen-den-kiem-tra-ho-so", // CS07
          req("checkDate", "datetime"), opt("itemsReceived", "checklist", DOSSIER_ITEMS),
          opt("indexConfirmedSeen", "checkbox"), opt("sealIntact", "checkbox"),
          req("checkConclusion", "radio", "TIEP_NHAN", "TRA_LAI"), opt("toChiBoId", "select"),
          opt("refusalNote", "textarea"))
      .form("chuyen-den-chi-bo-gioi-thieu", // CS08
          req("introducedOn", "datetime"), opt("introductionNotes", "textarea"))
      .form("chuyen-den-dung-ho-so",
          req("stopReason", "radio", "TU_TRAN", "KHAC"), req("stopDate", "datetime"),
          opt("stopNotes", "textarea"), req("stopConfirmed", "checkbox"))
      // variables the process sets (or an earlier step submitted) that a form shows, hides on or lists as options
      .displayOnly("chuyen-don-tu-kiem-diem", "causeLabel", "transferWarnings")
      .displayOnly("chuyen-ghi-ly-do-cham", "causeEffectiveDate")
      .displayOnly("chuyen-chi-uy-nhan-xet", "duesText")
      .displayOnly("chuyen-lap-giay-gioi-thieu", "duesText", "holdsText", "transferWarnings", "dossierItemsText")
      .displayOnly("chuyen-cap-tren-gioi-thieu", "introductionNumber", "tccsdBoxDate", "destinationScope",
          "tccsdOptions")
      .displayOnly("chuyen-hoan-thien-lai", "refusalNote", "dossierItemsText")
      .displayOnly("chuyen-ghi-nhan-da-chuyen", "introducedOn")
      .displayOnly("chuyen-xem-xet-khong-den", "introductionDate")
      .displayOnly("chuyen-tam-thoi-cap-giay", "chiBoOptions")
      .displayOnly("chuyen-tam-thoi-bao-cao", "tempEndText")
      .displayOnly("chuyen-tam-thoi-nhac-bao-cao", "tempEndText")
      .displayOnly("chuyen-tam-thoi-gia-han", "tempEndText")
      .displayOnly("chuyen-tam-thoi-nhan-xet", "tempEndText")
      .displayOnly("chuyen-tam-thoi-tro-lai", "tempEndText")
      .displayOnly("chuyen-noi-bo-quyet-dinh", "chiBoOptions")
      .displayOnly("chuyen-den-cap-tren-tiep-nhan", "toTccsdName", "introductionDate")
      .displayOnly("chuyen-den-trinh-dien", "toTccsdName", "introductionDate", "reportDeadlineText")
      .displayOnly("chuyen-den-nhac-bao-cao", "toTccsdName", "introductionDate", "reportDeadlineText")
      .displayOnly("chuyen-den-xet-bao-cao-muon", "toTccsdName", "introductionDate", "reportDeadlineText",
          "reportDate")
      .displayOnly("chuyen-den-kiem-tra-ho-so", "toTccsdName", "introductionDate", "dossierItemsText",
          "chiBoOptions")
      .displayOnly("chuyen-den-chi-bo-gioi-thieu", "toTccsdName", "introductionDate")
      .displayOnly("chuyen-den-dung-ho-so", "toTccsdName", "introductionDate")
      // fields shown for one choice only
      .conditional("holdOverrideReason", "holdOverride")
      .conditional("holdOverrideBody", "holdOverride")
      .conditional("toTccsdId", "destinationScope")
      .conditional("tempOrgId", "tempScope")
      .conditional("tempPlaceText", "tempScope")
      .conditional("newTempEnd", "extensionAnswer")
      .conditional("refusalNote", "checkConclusion")
      // toChiBoId: always shown on CN-NB01, only on acceptance at CS07
      .conditional("chuyen-den-kiem-tra-ho-so", "toChiBoId", "checkConclusion");

  // ------------------------------------------------------------------ reading the exemption's stop form

  private static final Map<String, JsonNode> exemptionForms = new TreeMap<>();

  @BeforeAll
  static void readExemptionForms() throws IOException, URISyntaxException {
    List<String> unreadable = new ArrayList<>();
    FormChecks.readFolder(EXEMPTION_FOLDER, exemptionForms, unreadable);
    assertThat(unreadable).as("exemption forms that are not valid JSON").isEmpty();
  }

  // ------------------------------------------------------------------ tests

  /** The member's header is one component, the same on every task form of both sides, right after the step text. */
  @Test
  void everyTaskFormShowsTheSameMemberHeaderSecond() {
    List<String> problems = new ArrayList<>();
    Map<String, JsonNode> headers = new TreeMap<>();
    forms.forms().forEach((name, form) -> {
      JsonNode second = form.path("components").path(1);
      if (CONTRACT.isStartForm(name)) {
        if (HEADER.equals(second.path("id").asText())) {
          problems.add(name + ": the start form has no variables to show, so no member header");
        }
        return;
      }
      if (!HEADER.equals(second.path("id").asText())) {
        problems.add(name + ": the second component must be " + HEADER + ", found " + second.path("id"));
      } else {
        headers.put(name, second);
      }
    });
    Map<JsonNode, Long> variants = headers.values().stream()
        .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    JsonNode usual = variants.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    headers.forEach((name, header) -> {
      if (!header.equals(usual)) {
        problems.add(name + ": " + HEADER + " is " + header + ", the other forms have " + usual);
      }
    });
    assertThat(problems).isEmpty();
  }

  /**
   * The organisations to choose from are lists the process sets ({@code valuesKey}), never options written into
   * the form; the server checks the choice (P15). Every choice field without option codes in the contract is one.
   */
  @Test
  void organisationChoicesTakeTheirOptionsFromTheProcess() {
    List<String> problems = new ArrayList<>();
    forms.forms().forEach((name, form) -> {
      for (JsonNode c : FormChecks.components(form)) {
        String type = c.path("type").asText();
        String key = c.path("key").asText();
        if (!List.of("select", "radio", "checklist", "taglist").contains(type)) {
          continue;
        }
        FormContract.Field field = CONTRACT.fields(name).get(key);
        String expected = OPTIONS_FROM_THE_PROCESS.get(key);
        String where = name + ": " + c.path("id").asText();
        if (expected == null) {
          if (c.has("valuesKey") || field != null && field.options().isEmpty()) {
            problems.add(where + ": " + key + " must offer the contract's option codes, not a list from a variable");
          }
          continue;
        }
        if (!"select".equals(type)) {
          problems.add(where + ": " + key + " must be a select");
        }
        if (!expected.equals(c.path("valuesKey").asText())) {
          problems.add(where + ": " + key + " must take its options from valuesKey " + expected + ", found "
              + c.path("valuesKey"));
        }
        if (c.has("values")) {
          problems.add(where + ": " + key + " has static values besides its valuesKey");
        }
        if (!CONTRACT.displayOnly(name).contains(expected)) {
          problems.add(where + ": " + expected + " is not declared display-only on " + name);
        }
      }
    });
    assertThat(problems).isEmpty();
  }

  /** What the sending side lists in the index (CS04) is what the receiving side ticks off (CS07), word for word. */
  @Test
  void theDossierIsCheckedAgainstTheItemsItWasSentWith() {
    JsonNode sent = field("chuyen-lap-giay-gioi-thieu", "dossierIndex");
    JsonNode received = field("chuyen-den-kiem-tra-ho-so", "itemsReceived");
    assertThat(received.path("values")).as("CS07 items against the CS04 index").isEqualTo(sent.path("values"));
  }

  /** Both stop forms record a stop as the exemption's does: same keys, types, requirements and option codes. */
  @Test
  void stopFormsRecordWhatTheExemptionsStopFormRecords() {
    Map<String, String> exemption = shape(exemptionForms.get("mien-dung-ho-so"));
    assertThat(exemption).as("mien-dung-ho-so fields").isNotEmpty();
    for (String name : List.of("chuyen-dung-ho-so", "chuyen-den-dung-ho-so")) {
      assertThat(shape(forms.forms().get(name))).as(name + " against mien-dung-ho-so").isEqualTo(exemption);
    }
  }

  private JsonNode field(String formId, String key) {
    return FormChecks.components(forms.forms().get(formId)).stream()
        .filter(c -> key.equals(c.path("key").asText())).findFirst()
        .orElseThrow(() -> new AssertionError(formId + " has no field " + key));
  }

  /** Key → "type, required, option codes" of every input, in order. */
  private static Map<String, String> shape(JsonNode form) {
    Map<String, String> shape = new LinkedHashMap<>();
    for (JsonNode c : FormChecks.components(form)) {
      if (!c.has("key")) {
        continue;
      }
      List<String> options = new ArrayList<>();
      c.path("values").forEach(o -> options.add(o.path("value").asText()));
      shape.put(c.path("key").asText(), c.path("type").asText() + ", required="
          + c.path("validate").path("required").asBoolean(false) + ", " + options);
    }
    return shape;
  }
}
