package vn.nq21.workflow.support;

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
import vn.nq21.workflow.support.FormContract.Field;

/**
 * The checks every procedure's Camunda Forms must pass, read from the classpath as Tasklist gets them.
 * Tasklist 7.24 renders them with form-js 1.8.7, and their field keys are the process variables that the
 * BPMN and the server-side checks read ({@link FormContract}). Each check returns every problem it finds,
 * so one run lists everything to fix; the test classes assert that the lists are empty.
 */
public final class FormChecks {

  /** Component types form-js 1.8.7 can render (no filepicker, no documentPreview: those came later). */
  private static final Set<String> FORM_JS_1_8_7_TYPES = Set.of(
      "textfield", "textarea", "number", "datetime", "expression", "checkbox", "checklist", "radio",
      "select", "taglist", "text", "image", "table", "html", "spacer", "separator", "group",
      "dynamiclist", "iframe", "button");

  /** Types that carry a key, i.e. submit a value. */
  private static final Set<String> INPUT_TYPES = Set.of(
      "textfield", "textarea", "number", "datetime", "expression", "checkbox", "checklist", "radio",
      "select", "taglist");

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
      "if", "then", "else", "null", "and", "or", "not", "true", "false", "substring", "string", "in", "count");
  private static final Pattern OPTION_VALUE = Pattern.compile("[A-Z][A-Z0-9_]*");

  private static final ObjectMapper JSON = new ObjectMapper();

  private final FormContract contract;
  /** File name without ".form" → parsed form. */
  private final Map<String, JsonNode> forms;
  /** Files that do not parse, with the parser's message. */
  private final List<String> unreadable;

  private FormChecks(FormContract contract, Map<String, JsonNode> forms, List<String> unreadable) {
    this.contract = contract;
    this.forms = forms;
    this.unreadable = unreadable;
  }

  /** Reads every {@code .form} file of the contract's folder from the classpath. */
  public static FormChecks read(FormContract contract) throws IOException, URISyntaxException {
    Map<String, JsonNode> forms = new TreeMap<>();
    List<String> unreadable = new ArrayList<>();
    readFolder(contract.folder(), forms, unreadable);
    return new FormChecks(contract, Collections.unmodifiableMap(forms), Collections.unmodifiableList(unreadable));
  }

  /**
   * Reads every {@code .form} file of {@code folder} from the classpath: file name without ".form" → parsed
   * form; a file that does not parse goes to {@code unreadable} with the parser's message.
   */
  public static void readFolder(String folder, Map<String, JsonNode> into, List<String> unreadable)
      throws IOException, URISyntaxException {
    URL url = FormChecks.class.getClassLoader().getResource(folder);
    if (url == null) {
      throw new IllegalStateException(folder + " is not on the test classpath");
    }
    URI uri = url.toURI();
    if ("jar".equals(uri.getScheme())) {
      try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
        readFolder(jar.provider().getPath(uri), into, unreadable);
      }
    } else {
      readFolder(Path.of(uri), into, unreadable);
    }
  }

  private static void readFolder(Path folder, Map<String, JsonNode> into, List<String> unreadable)
      throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.filter(p -> p.getFileName().toString().endsWith(".form")).toList()) {
        String name = file.getFileName().toString().replaceFirst("\\.form$", "");
        try {
          into.put(name, JSON.readTree(Files.readString(file)));
        } catch (IOException e) {
          unreadable.add(name + ".form: " + e.getMessage());
        }
      }
    }
  }

  /** File name without ".form" → parsed form, by name. */
  public Map<String, JsonNode> forms() {
    return forms;
  }

  public Set<String> names() {
    return forms.keySet();
  }

  public List<String> unreadable() {
    return unreadable;
  }

  // ------------------------------------------------------------------ the checks

  /** Each form's id is its file name, unique, and it names form-js's default type, Camunda 7.24 and schema 16. */
  public List<String> headerProblems() {
    List<String> problems = new ArrayList<>();
    Map<String, String> ids = new TreeMap<>();
    forms.forEach((name, form) -> {
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
    return problems;
  }

  /** Only types form-js 1.8.7 renders; unique, stable component ids (Field_&lt;key&gt;, Text_…, Group_…). */
  public List<String> componentProblems() {
    List<String> problems = new ArrayList<>();
    forms.forEach((name, form) -> {
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
    return problems;
  }

  /**
   * Every input is a contract field of its form with the contract's type, required flag and option codes,
   * a Vietnamese label and description, the validation Tasklist needs, and a condition exactly where the
   * contract has one; every contract field is there; nothing the process sets is an input.
   */
  public List<String> inputProblems() {
    List<String> problems = new ArrayList<>();
    forms.forEach((name, form) -> {
      Map<String, Field> fields = contract.fields(name);
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
        Field expected = fields.get(key);
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
        String conditionVariable = contract.conditionVariable(name, key);
        if (conditionVariable == null && effectiveHide != null) {
          problems.add(where + ": " + key + " is conditional but the contract says it is always shown");
        }
        if (conditionVariable != null && (effectiveHide == null || !effectiveHide.contains(conditionVariable))) {
          problems.add(where + ": " + key + " must be hidden by a condition on " + conditionVariable);
        }
      }
      for (String key : fields.keySet()) {
        if (!inputs.containsKey(key)) {
          problems.add(name + ": contract field " + key + " is missing");
        }
      }
      for (String key : inputs.keySet()) {
        if (contract.caseFacts().contains(key) && !contract.isStartForm(name)
            || contract.displayOnly(name).contains(key)) {
          problems.add(name + ": " + key + " is set by the process and must not be an input here");
        }
      }
    });
    return problems;
  }

  /**
   * form-js 1.8.7 (and Tasklist 7.24's copy of its CSS) draws every label on one line and cuts off what
   * does not fit ({@code white-space: nowrap; overflow: hidden}); a long select option overflows its box.
   * The limits keep labels whole in a form column about 480 px wide (a 1366 px screen with the task list
   * open), measured in Chromium with Tasklist's stylesheet. Longer explanations belong in the description,
   * which wraps.
   */
  public List<String> labelLengthProblems() {
    List<String> problems = new ArrayList<>();
    forms.forEach((name, form) -> {
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
    return problems;
  }

  /**
   * Every form opens with a bold Vietnamese text naming its step; every task form (not the start form, for
   * which Tasklist loads no variables) has a text showing all the case facts.
   */
  public List<String> openingProblems() {
    List<String> problems = new ArrayList<>();
    forms.forEach((name, form) -> {
      JsonNode first = form.path("components").path(0);
      if (!"text".equals(first.path("type").asText()) || !first.path("text").asText().startsWith("**")
          || !isVietnamese(first.path("text").asText())) {
        problems.add(name + ": the first component must be a text naming the step in bold, in Vietnamese");
      }
      if (contract.isStartForm(name)) {
        return; // Tasklist loads no variables for a start form: there is nothing to show yet
      }
      boolean showsCaseFacts = false;
      for (JsonNode c : components(form)) {
        String text = c.path("text").asText();
        if ("text".equals(c.path("type").asText()) && contract.caseFacts().stream().allMatch(text::contains)) {
          showsCaseFacts = true;
        }
      }
      if (!showsCaseFacts) {
        problems.add(name + ": no text shows " + String.join(" and ", contract.caseFacts()));
      }
    });
    return problems;
  }

  /** Templates and {@code conditional.hide} read only the form's own fields, the case facts and its display variables. */
  public List<String> templateProblems() {
    List<String> problems = new ArrayList<>();
    forms.forEach((name, form) -> {
      Set<String> known = new HashSet<>(contract.fields(name).keySet());
      if (!contract.isStartForm(name)) {
        known.addAll(contract.caseFacts());
      }
      known.addAll(contract.displayOnly(name));
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
    return problems;
  }

  // ------------------------------------------------------------------ helpers

  /** All components of a form, groups included, depth first. */
  public static List<JsonNode> components(JsonNode form) {
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

  private static void tooLong(List<String> problems, String where, String label, int max) {
    if (label.length() > max) {
      problems.add(where + ": label has " + label.length() + " characters, at most " + max
          + " fit on the one line form-js 1.8.7 gives it: \"" + label + "\"");
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
