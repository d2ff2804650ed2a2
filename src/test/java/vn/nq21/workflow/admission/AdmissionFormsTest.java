package vn.nq21.workflow.admission;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Camunda Forms of the admission procedure (kết nạp đảng viên), read from the classpath as Tasklist
 * gets them. Tasklist 7.24 renders them with form-js 1.8.7, and their field keys are the process
 * variables that the BPMN and the server-side checks read: {@link #CONTRACT} is that agreement, form by
 * form. Every test collects all problems first, so one run lists everything to fix.
 */
class AdmissionFormsTest {

  private static final String FOLDER = "forms/ket-nap-dang-vien";
  private static final String START_FORM = "ket-nap-mo-ho-so";

  /** Component types form-js 1.8.7 can render (no filepicker, no documentPreview: those came later). */
  private static final Set<String> FORM_JS_1_8_7_TYPES = Set.of(
      "textfield", "textarea", "number", "datetime", "expression", "checkbox", "checklist", "radio",
      "select", "taglist", "text", "image", "table", "html", "spacer", "separator", "group",
      "dynamiclist", "iframe", "button");

  /** Types that carry a key, i.e. submit a value. */
  private static final Set<String> INPUT_TYPES = Set.of(
      "textfield", "textarea", "number", "datetime", "expression", "checkbox", "checklist", "radio",
      "select", "taglist");

  /** Variables the process sets for display; forms may show them but never as an input. */
  private static final Set<String> CASE_FACTS = Set.of("candidateName", "candidateBirthDate");

  private static final Map<String, Set<String>> DISPLAY_ONLY = Map.of(
      "ket-nap-y-kien-btv-tinh", Set.of("consentReasonText"),
      "ket-nap-quyet-dinh", Set.of("authorityBody"),
      "ket-nap-qua-han-quyet-dinh", Set.of("escalationReason"),
      "ket-nap-xu-ly-qua-han", Set.of("escalationReason"),
      "ket-nap-le-ket-nap", Set.of("ceremonyDeadlineText"));

  /** A letter only Vietnamese spelling has (tone marks, ă, â, ê, ô, ơ, ư, đ). */
  private static final Pattern VIETNAMESE_LETTER = Pattern.compile(
      "[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** Vietnamese words that are spelt without diacritics, for labels that happen to have none. */
  private static final Set<String> VIETNAMESE_WORDS = Set.of(
      "nam", "tin", "chi", "uy", "ban", "thanh", "tinh", "xin", "sinh", "nghi", "quyet", "lich", "ghi");

  private static final Pattern TEMPLATE = Pattern.compile("\\{\\{(.*?)}}", Pattern.DOTALL);
  private static final Pattern IDENTIFIER = Pattern.compile("\"[^\"]*\"|\\b([A-Za-z_][A-Za-z0-9_]*)\\b");
  private static final Set<String> FEEL_WORDS = Set.of(
      "if", "then", "else", "null", "and", "or", "not", "true", "false", "substring", "string", "in");
  private static final Pattern OPTION_VALUE = Pattern.compile("[A-Z][A-Z0-9_]*");

  // ------------------------------------------------------------------ the variable contract

  record Field(String type, boolean required, List<String> options) {}

  /** Form id → (key → field), in the order the form shows them. Keep in step with the BPMN and the server. */
  static final Map<String, Map<String, Field>> CONTRACT = new LinkedHashMap<>();

  static {
    form(START_FORM,
        req("candidateName", "textfield"), req("candidateBirthDate", "datetime"),
        req("candidateGender", "radio", "NAM", "NU"), opt("candidateIdentityNumber", "textfield"),
        opt("candidateRecordNumber", "textfield"), opt("candidateWorkplace", "textfield"),
        opt("candidateResidence", "textfield"));
    form("ket-nap-chung-nhan-nhan-thuc",
        req("certificateNumber", "textfield"), req("certificateIssueDate", "datetime"),
        req("certificateIssuer", "textfield"));
    form("ket-nap-don-xin-vao-dang", req("applicationDate", "datetime"));
    form("ket-nap-gioi-thieu",
        req("introducerPattern", "radio", "HAI_DANG_VIEN", "DOAN", "CONG_DOAN"),
        opt("isDoanVien", "checkbox"), opt("hasDoanOrganisation", "checkbox"), opt("isUnionMember", "checkbox"),
        req("introducer1RecordNumber", "textfield"), req("introducer1LetterDate", "datetime"),
        req("introducer1TogetherSince", "datetime"),
        // shown, and then required, only for HAI_DANG_VIEN (resp. DOAN or CONG_DOAN)
        req("introducer2RecordNumber", "textfield"), req("introducer2LetterDate", "datetime"),
        req("introducer2TogetherSince", "datetime"),
        req("introResolutionNumber", "textfield"), req("introResolutionDate", "datetime"));
    form("ket-nap-ly-lich", req("lyLichDate", "datetime"), req("lyLichStampDate", "datetime"));
    form("ket-nap-tham-tra-ly-lich",
        req("verificationPersons", "textarea"), opt("verificationExemptNote", "textarea"),
        req("verificationDate", "datetime"), req("verificationResult", "radio", "DAT", "CO_VAN_DE"),
        opt("verificationNotes", "textarea"));
    form("ket-nap-ket-luan-ly-lich",
        req("lyLichCertifiedDate", "datetime"),
        req("lyLichConclusion", "radio", "DU_DIEU_KIEN", "CHUA_DU_DIEU_KIEN"));
    form("ket-nap-y-kien-nhan-xet",
        req("massOrgCommentDate", "datetime"), req("residenceCommentDate", "datetime"),
        req("commentSummaryDate", "datetime"), opt("commentSummary", "textarea"));
    form("ket-nap-tham-dinh-dieu-kien",
        req("plannedVoteDate", "datetime"),
        req("educationLevel", "select", "THCS_TRO_LEN", "TIEU_HOC", "BIET_DOC_VIET", "CHUA_DAT"),
        req("educationException", "select", "KHONG", "VUNG_KHO_KHAN", "NGUOI_CO_UY_TIN"),
        req("politicalStandardConcluded", "checkbox"));
    form("ket-nap-y-kien-btv-tinh",
        req("consentGiven", "radio", "DONG_Y", "KHONG_DONG_Y"), req("consentDocumentNumber", "textfield"),
        req("consentDate", "datetime"));
    form("ket-nap-chi-bo-bieu-quyet",
        req("voteDate", "datetime"), req("officialMembersOnRoll", "number"),
        opt("excludedTemporary", "number"), opt("excludedExemptAbsent", "number"),
        opt("excludedSuspended", "number"), opt("excludedAbsentWithReason", "number"),
        opt("exclusionNotes", "textarea"), req("presentVoters", "number"), req("votesFor", "number"),
        req("votesAgainst", "number"), opt("resolutionNumber", "textfield"), opt("resolutionDate", "datetime"));
    form("ket-nap-dang-uy-bo-phan-tham-dinh",
        req("appraisalDate", "datetime"), req("appraisalOpinion", "radio", "DONG_Y", "KHONG_DONG_Y"),
        opt("appraisalNotes", "textarea"));
    form("ket-nap-dang-uy-co-so-bieu-quyet",
        req("dangUyVoteDate", "datetime"), req("dangUyMembersTotal", "number"), req("dangUyVotesFor", "number"),
        opt("dangUyResolutionNumber", "textfield"), opt("dangUyResolutionDate", "datetime"));
    form("ket-nap-quyet-dinh",
        req("decisionOutcome", "radio", "KET_NAP", "KHONG_KET_NAP"), req("deciderMembersTotal", "number"),
        req("deciderVotesFor", "number"),
        req("decisionNumber", "textfield"), // shown only for KET_NAP
        req("decisionDate", "datetime"),
        req("refusalReason", "textarea")); // shown only for KHONG_KET_NAP
    form("ket-nap-qua-han-quyet-dinh",
        req("extensionGranted", "radio", "CO", "KHONG"),
        req("extensionWorkingDays", "number"), // shown only for CO
        opt("extensionReason", "textarea"), opt("extensionApprovalNumber", "textfield"),
        opt("extensionApprovalDate", "datetime"));
    form("ket-nap-xu-ly-qua-han", req("lateReviewDate", "datetime"), req("lateReviewNotes", "textarea"));
    form("ket-nap-nhan-quyet-dinh", req("decisionReceivedDate", "datetime"));
    form("ket-nap-le-ket-nap", req("ceremonyDate", "datetime"), opt("ceremonyNotes", "textarea"));
    form("ket-nap-dong-y-le-muon",
        req("lateCeremonyReason", "textarea"), req("lateCeremonyApprovalNumber", "textfield"),
        req("lateCeremonyApprovalDate", "datetime"));
    form("ket-nap-hoan-thien-ho-so",
        req("partyRecordDate", "datetime"), req("partyCardSlipDate", "datetime"),
        req("dossierIndexDone", "checkbox"));
    form("ket-nap-dung-ho-so",
        req("stopReason", "radio", "RUT_DON", "TU_TRAN", "KHAC"), req("stopDate", "datetime"),
        opt("stopNotes", "textarea"), req("stopConfirmed", "checkbox"));
  }

  /** Fields that appear only for one choice: key → the FEEL variable their {@code conditional.hide} reads. */
  private static final Map<String, String> CONDITIONAL = Map.ofEntries(
      Map.entry("introducer2RecordNumber", "introducerPattern"),
      Map.entry("introducer2LetterDate", "introducerPattern"),
      Map.entry("introducer2TogetherSince", "introducerPattern"),
      Map.entry("introResolutionNumber", "introducerPattern"),
      Map.entry("introResolutionDate", "introducerPattern"),
      Map.entry("decisionNumber", "decisionOutcome"),
      Map.entry("refusalReason", "decisionOutcome"),
      Map.entry("extensionWorkingDays", "extensionGranted"),
      Map.entry("extensionApprovalNumber", "extensionGranted"),
      Map.entry("extensionApprovalDate", "extensionGranted"));

  @SafeVarargs
  private static void form(String id, Map.Entry<String, Field>... fields) {
    Map<String, Field> byKey = new LinkedHashMap<>();
    for (Map.Entry<String, Field> f : fields) {
      byKey.put(f.getKey(), f.getValue());
    }
    CONTRACT.put(id, Collections.unmodifiableMap(byKey));
  }

  private static Map.Entry<String, Field> req(String key, String type, String... options) {
    return Map.entry(key, new Field(type, true, List.of(options)));
  }

  private static Map.Entry<String, Field> opt(String key, String type, String... options) {
    return Map.entry(key, new Field(type, false, List.of(options)));
  }

  // ------------------------------------------------------------------ reading the forms

  private static final ObjectMapper JSON = new ObjectMapper();
  /** File name without ".form" → parsed form; a file that does not parse is recorded in {@link #unreadable}. */
  private static final Map<String, JsonNode> FORMS = new TreeMap<>();
  private static final List<String> unreadable = new ArrayList<>();

  @BeforeAll
  static void readForms() throws IOException, URISyntaxException {
    URL folder = AdmissionFormsTest.class.getClassLoader().getResource(FOLDER);
    assertThat(folder).as("%s on the test classpath", FOLDER).isNotNull();
    URI uri = folder.toURI();
    if ("jar".equals(uri.getScheme())) {
      try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
        readFolder(jar.provider().getPath(uri));
      }
    } else {
      readFolder(Path.of(uri));
    }
  }

  private static void readFolder(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.filter(p -> p.getFileName().toString().endsWith(".form")).toList()) {
        String name = file.getFileName().toString().replaceFirst("\\.form$", "");
        try {
          FORMS.put(name, JSON.readTree(Files.readString(file)));
        } catch (IOException e) {
          unreadable.add(name + ".form: " + e.getMessage());
        }
      }
    }
  }

  // ------------------------------------------------------------------ tests

  @Test
  void everyFileIsJsonAndEveryContractFormHasOne() {
    assertThat(unreadable).as("files that are not valid JSON").isEmpty();
    assertThat(FORMS.keySet()).as("one form per contract entry, no others")
        .containsExactlyInAnyOrderElementsOf(CONTRACT.keySet());
  }

  @Test
  void headerNamesTheFileAndTheCamunda7Platform() {
    List<String> problems = new ArrayList<>();
    Map<String, String> ids = new TreeMap<>();
    FORMS.forEach((name, form) -> {
      String id = form.path("id").asText();
      if (!id.equals(name)) {
        problems.add(name + ".form: id is \"" + id + "\", expected the file name");
      }
      String earlier = ids.put(id, name);
      if (earlier != null) {
        problems.add(name + ".form: id " + id + " also used by " + earlier + ".form");
      }
      expect(problems, name, form, "type", "default");
      expect(problems, name, form, "executionPlatform", "Camunda Platform");
      expect(problems, name, form, "executionPlatformVersion", "7.24.0");
      // form-js 1.8.x writes and understands schema version 16
      if (form.path("schemaVersion").asInt(-1) != 16) {
        problems.add(name + ".form: schemaVersion " + form.path("schemaVersion") + ", expected 16");
      }
    });
    assertThat(problems).isEmpty();
  }

  @Test
  void onlyComponentsThatFormJs187Renders() {
    List<String> problems = new ArrayList<>();
    FORMS.forEach((name, form) -> {
      Set<String> componentIds = new HashSet<>();
      for (JsonNode c : components(form)) {
        String type = c.path("type").asText();
        String id = c.path("id").asText();
        if (!FORM_JS_1_8_7_TYPES.contains(type)) {
          problems.add(name + ": component " + id + " has type \"" + type + "\", which form-js 1.8.7 cannot render");
        }
        if (!componentIds.add(id)) {
          problems.add(name + ": component id " + id + " is used twice");
        }
        // stable ids: Field_<key> for inputs, Text_<purpose>, Group_<purpose>
        String expected = INPUT_TYPES.contains(type) ? "Field_" + c.path("key").asText()
            : "text".equals(type) ? "Text_<purpose>" : "group".equals(type) ? "Group_<purpose>" : null;
        boolean stable = INPUT_TYPES.contains(type) ? id.equals(expected)
            : expected == null || id.matches(expected.replace("<purpose>", "[A-Za-z0-9]+"));
        if (!stable) {
          problems.add(name + ": component id " + id + " should be " + expected);
        }
      }
    });
    assertThat(problems).isEmpty();
  }

  @Test
  void inputsMatchTheVariableContract() {
    List<String> problems = new ArrayList<>();
    FORMS.forEach((name, form) -> {
      Map<String, Field> contract = CONTRACT.getOrDefault(name, Map.of());
      Map<String, JsonNode> inputs = new LinkedHashMap<>();
      Map<JsonNode, String> hides = effectiveHides(form);
      for (JsonNode c : components(form)) {
        String type = c.path("type").asText();
        if (!INPUT_TYPES.contains(type)) {
          continue;
        }
        String key = c.path("key").asText("");
        String where = name + ": " + c.path("id").asText();
        if (key.isEmpty()) {
          problems.add(where + " has no key");
          continue;
        }
        if (inputs.put(key, c) != null) {
          problems.add(where + ": key " + key + " appears twice");
        }
        Field expected = contract.get(key);
        if (expected == null) {
          problems.add(where + ": key " + key + " is not in the contract of " + name);
          continue;
        }
        if (!expected.type().equals(type)) {
          problems.add(where + ": " + key + " is a " + type + ", the contract says " + expected.type());
        }
        boolean required = c.path("validate").path("required").asBoolean(false);
        if (required != expected.required()) {
          problems.add(where + ": " + key + (expected.required() ? " must be" : " must not be") + " validate.required");
        }
        String label = "datetime".equals(type) ? c.path("dateLabel").asText("") : c.path("label").asText("");
        if (!isVietnamese(label)) {
          problems.add(where + ": label \"" + label + "\" is empty or not Vietnamese");
        }
        if (c.has("description") && !isVietnamese(c.path("description").asText())) {
          problems.add(where + ": description is not Vietnamese");
        }
        checkValidation(problems, where, type, key, c);
        if (!expected.options().isEmpty()) {
          List<String> values = new ArrayList<>();
          for (JsonNode option : c.path("values")) {
            values.add(option.path("value").asText());
            if (!isVietnamese(option.path("label").asText()) && !VIETNAMESE_WORDS.contains(option.path("label").asText().toLowerCase())) {
              problems.add(where + ": option " + option.path("value").asText() + " has no Vietnamese label");
            }
            if (!OPTION_VALUE.matcher(option.path("value").asText()).matches()) {
              problems.add(where + ": option value " + option.path("value") + " is not an ASCII code");
            }
          }
          if (!values.equals(expected.options())) {
            problems.add(where + ": options " + values + ", the contract says " + expected.options());
          }
        }
        String effectiveHide = hides.get(c);
        String conditionVariable = CONDITIONAL.get(key);
        if (conditionVariable == null && effectiveHide != null) {
          problems.add(where + ": " + key + " is conditional but the contract says it is always shown");
        }
        if (conditionVariable != null && (effectiveHide == null || !effectiveHide.contains(conditionVariable))) {
          problems.add(where + ": " + key + " must be hidden by a condition on " + conditionVariable);
        }
      }
      for (String key : contract.keySet()) {
        if (!inputs.containsKey(key)) {
          problems.add(name + ": contract field " + key + " is missing");
        }
      }
      for (String key : inputs.keySet()) {
        if (CASE_FACTS.contains(key) && !START_FORM.equals(name)
            || DISPLAY_ONLY.getOrDefault(name, Set.of()).contains(key)) {
          problems.add(name + ": " + key + " is set by the process and must not be an input here");
        }
      }
    });
    assertThat(problems).isEmpty();
  }

  /**
   * form-js 1.8.7 (and Tasklist 7.24's copy of its CSS) draws every label on one line and cuts off what
   * does not fit ({@code white-space: nowrap; overflow: hidden}); a long select option overflows its box.
   * The limits keep labels whole in a form column about 480 px wide (a 1366 px screen with the task list
   * open), measured in Chromium with Tasklist's stylesheet. Longer explanations belong in the description,
   * which wraps.
   */
  @Test
  void labelsFitOnOneLine() {
    List<String> problems = new ArrayList<>();
    FORMS.forEach((name, form) -> {
      for (JsonNode c : components(form)) {
        String type = c.path("type").asText();
        String where = name + ": " + c.path("id").asText();
        if ("group".equals(type)) {
          tooLong(problems, where, c.path("label").asText(), 50);
        } else if ("checkbox".equals(type)) {
          tooLong(problems, where, c.path("label").asText(), 55); // drawn in the larger input font
        } else if (INPUT_TYPES.contains(type)) {
          tooLong(problems, where, "datetime".equals(type) ? c.path("dateLabel").asText() : c.path("label").asText(), 70);
        }
        for (JsonNode option : c.path("values")) {
          tooLong(problems, where + " option " + option.path("value").asText(), option.path("label").asText(), 55);
        }
      }
    });
    assertThat(problems).isEmpty();
  }

  private static void tooLong(List<String> problems, String where, String label, int max) {
    if (label.length() > max) {
      problems.add(where + ": label has " + label.length() + " characters, at most " + max
          + " fit on the one line form-js 1.8.7 gives it: \"" + label + "\"");
    }
  }

  @Test
  void everyFormOpensWithItsStepAndEveryTaskFormNamesTheCandidate() {
    List<String> problems = new ArrayList<>();
    FORMS.forEach((name, form) -> {
      JsonNode first = form.path("components").path(0);
      if (!"text".equals(first.path("type").asText()) || !first.path("text").asText().startsWith("**")
          || !isVietnamese(first.path("text").asText())) {
        problems.add(name + ": the first component must be a text naming the step in bold, in Vietnamese");
      }
      if (START_FORM.equals(name)) {
        return; // Tasklist loads no variables for a start form: there is nothing to show yet
      }
      boolean namesCandidate = false;
      for (JsonNode c : components(form)) {
        if ("text".equals(c.path("type").asText()) && c.path("text").asText().contains("candidateName")
            && c.path("text").asText().contains("candidateBirthDate")) {
          namesCandidate = true;
        }
      }
      if (!namesCandidate) {
        problems.add(name + ": no text shows candidateName and candidateBirthDate");
      }
    });
    assertThat(problems).isEmpty();
  }

  @Test
  void templatesAndConditionsReadOnlyVariablesThatExist() {
    List<String> problems = new ArrayList<>();
    FORMS.forEach((name, form) -> {
      Set<String> known = new HashSet<>(CONTRACT.getOrDefault(name, Map.of()).keySet());
      if (!START_FORM.equals(name)) {
        known.addAll(CASE_FACTS);
      }
      known.addAll(DISPLAY_ONLY.getOrDefault(name, Set.of()));
      for (JsonNode c : components(form)) {
        String where = name + ": " + c.path("id").asText();
        for (String text : List.of(c.path("text").asText(""), c.path("label").asText(""),
            c.path("description").asText(""))) {
          Matcher template = TEMPLATE.matcher(text);
          while (template.find()) {
            unknownVariables(template.group(1), known).forEach(v -> problems.add(where + " shows unknown variable " + v));
          }
        }
        String hide = c.path("conditional").path("hide").asText("");
        if (!hide.isEmpty()) {
          if (!hide.startsWith("=")) {
            problems.add(where + ": conditional.hide must be a FEEL expression starting with '='");
          }
          unknownVariables(hide.substring(1), known).forEach(v -> problems.add(where + " hides on unknown variable " + v));
        }
      }
    });
    assertThat(problems).isEmpty();
  }

  // ------------------------------------------------------------------ helpers

  private static void checkValidation(List<String> problems, String where, String type, String key, JsonNode c) {
    JsonNode validate = c.path("validate");
    switch (type) {
      case "textfield", "textarea" -> {
        if (validate.path("maxLength").asInt(0) <= 0) {
          problems.add(where + ": " + key + " needs validate.maxLength");
        }
      }
      case "number" -> {
        if (!validate.has("min")) {
          problems.add(where + ": " + key + " needs validate.min");
        }
      }
      case "datetime" -> {
        if (!"date".equals(c.path("subtype").asText())) {
          problems.add(where + ": " + key + " must be a datetime with subtype \"date\"");
        }
      }
      default -> { }
    }
    if (validate.has("pattern")) {
      problems.add(where + ": " + key + " has a pattern; Tasklist shows the raw regex in English, let the server explain");
    }
  }

  /** Each component → the {@code conditional.hide} that applies to it: its own, else its nearest group's. */
  private static Map<JsonNode, String> effectiveHides(JsonNode form) {
    Map<JsonNode, String> hides = new IdentityHashMap<>();
    effectiveHides(form.path("components"), null, hides);
    return hides;
  }

  private static void effectiveHides(JsonNode list, String inherited, Map<JsonNode, String> into) {
    for (JsonNode c : list) {
      String own = c.path("conditional").path("hide").asText(null);
      String hide = own != null ? own : inherited;
      into.put(c, hide);
      effectiveHides(c.path("components"), hide, into);
    }
  }

  /** All components, groups included, depth first. */
  private static List<JsonNode> components(JsonNode form) {
    List<JsonNode> all = new ArrayList<>();
    collect(form.path("components"), all);
    return all;
  }

  private static void collect(JsonNode list, List<JsonNode> into) {
    for (JsonNode c : list) {
      into.add(c);
      collect(c.path("components"), into);
    }
  }

  private static List<String> unknownVariables(String feel, Set<String> known) {
    List<String> unknown = new ArrayList<>();
    Matcher m = IDENTIFIER.matcher(feel);
    while (m.find()) {
      String word = m.group(1);
      if (word != null && !FEEL_WORDS.contains(word) && !known.contains(word)) {
        unknown.add(word);
      }
    }
    return unknown;
  }

  private static boolean isVietnamese(String text) {
    if (text == null || text.isBlank()) {
      return false;
    }
    if (VIETNAMESE_LETTER.matcher(text).find()) {
      return true;
    }
    for (String word : text.toLowerCase().split("[^\\p{L}]+")) {
      if (VIETNAMESE_WORDS.contains(word)) {
        return true;
      }
    }
    return false;
  }

  private static void expect(List<String> problems, String name, JsonNode form, String field, String value) {
    if (!value.equals(form.path(field).asText())) {
      problems.add(name + ".form: " + field + " is " + form.path(field) + ", expected \"" + value + "\"");
    }
  }
}
