package vn.nq21.workflow.engine.form;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A Camunda Form as the application reads it: its id (the key {@code camunda:formRef} names) and the
 * fields that submit a value, each with the process variable it writes and the limits the form declares.
 * One reader for the model checks (build and deploy time) and for the submission contract (run time), so
 * that what a step's form declares is one fact.
 *
 * @param resource the resource name in the deployment
 * @param id the form's JSON {@code id}
 * @param fields the fields that submit a value, in the order the form shows them
 */
public record FormFile(String resource, String id, List<Field> fields) {

  /** Component types that carry a key and submit a value (form-js 1.8). */
  private static final Set<String> INPUT_TYPES = Set.of("textfield", "textarea", "number", "datetime",
      "expression", "checkbox", "checklist", "radio", "select", "taglist");

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * A field that submits a value.
   *
   * @param componentId the component's id in the form
   * @param key its key as written in the form
   * @param variable the process variable it writes: the first segment of its path (a group's
   *     {@code path}, then the key)
   * @param type the component type ({@code textfield}, {@code datetime}, …)
   * @param subtype the datetime subtype, or null
   * @param label its label, or null
   * @param disabled the form shows it but does not let it be changed ({@code disabled} or {@code readonly}):
   *     form-js does not submit it, and the server does not accept it
   * @param maxLength {@code validate.maxLength}, or null
   * @param min {@code validate.min} of a number, or null
   * @param max {@code validate.max} of a number, or null
   * @param options the values a radio, select or checklist offers (static {@code values}); empty when the
   *     options come from elsewhere or the field has none
   * @param decimalDigits a number field's {@code decimalDigits} (0: whole numbers only), or null
   * @param optionLabels the label the form shows for each of {@code options}, by value
   */
  public record Field(String componentId, String key, String variable, String type, String subtype, String label,
      boolean disabled, Integer maxLength, java.math.BigDecimal min, java.math.BigDecimal max, List<String> options,
      Integer decimalDigits, Map<String, String> optionLabels) {

    /** The label a person sees, or the key when it has none. */
    public String displayName() {
      return label == null || label.isBlank() ? key : label;
    }

    /** What kind of value it submits, in Vietnamese; null when it cannot be told (expression fields). */
    public String valueType() {
      return switch (type) {
        case "textfield", "textarea", "radio", "select" -> "văn bản";
        case "number" -> "số";
        case "checkbox" -> "đúng/sai";
        case "checklist", "taglist" -> "danh sách";
        case "datetime" -> switch (subtype == null ? "date" : subtype) {
          case "time" -> "giờ";
          case "datetime" -> "ngày giờ";
          default -> "ngày";
        };
        default -> null;
      };
    }
  }

  /** Reads a form; throws {@link IOException} when it is not JSON or has no id. */
  public static FormFile read(String resource, byte[] content) throws IOException {
    JsonNode form = JSON.readTree(content);
    if (form == null || !form.isObject()) {
      throw new IOException("không phải một đối tượng JSON");
    }
    String id = form.path("id").asText("").trim();
    if (id.isEmpty()) {
      throw new IOException("thiếu \"id\"");
    }
    List<Field> fields = new ArrayList<>();
    collect(form.path("components"), "", fields);
    return new FormFile(resource, id, List.copyOf(fields));
  }

  private static void collect(JsonNode components, String path, List<Field> into) {
    for (JsonNode c : components) {
      String type = c.path("type").asText("");
      String key = c.path("key").asText("").trim();
      if (INPUT_TYPES.contains(type) && !key.isEmpty()) {
        String full = path.isEmpty() ? key : path + "." + key;
        Map<String, String> optionLabels = optionLabels(c);
        List<String> options = List.copyOf(optionLabels.keySet());
        String label = "datetime".equals(type) ? c.path("dateLabel").asText(c.path("label").asText(null))
            : c.path("label").asText(null);
        into.add(new Field(c.path("id").asText(null), key, full.split("\\.", 2)[0], type,
            c.path("subtype").asText(null), label, c.path("disabled").asBoolean(false) || c.path("readonly").asBoolean(false),
            c.path("validate").hasNonNull("maxLength") ? c.path("validate").path("maxLength").asInt() : null,
            decimal(c.path("validate").path("min")), decimal(c.path("validate").path("max")), options,
            c.hasNonNull("decimalDigits") ? c.path("decimalDigits").asInt() : null, optionLabels));
      }
      // a dynamic list's fields are relative to each item; the list itself is one variable (its path)
      if ("dynamiclist".equals(type)) {
        String listPath = c.path("path").asText("").trim();
        if (!listPath.isEmpty()) {
          String full = path.isEmpty() ? listPath : path + "." + listPath;
          into.add(new Field(c.path("id").asText(null), listPath, full.split("\\.", 2)[0], type, null,
              c.path("label").asText(null), c.path("disabled").asBoolean(false) || c.path("readonly").asBoolean(false),
              null, null, null, List.of(), null, Map.of()));
        }
        continue;
      }
      String groupPath = c.path("path").asText("").trim();
      collect(c.path("components"), groupPath.isEmpty() ? path : path.isEmpty() ? groupPath : path + "." + groupPath,
          into);
    }
  }

  private static java.math.BigDecimal decimal(JsonNode node) {
    return node.isNumber() ? node.decimalValue() : null;
  }

  private static Map<String, String> optionLabels(JsonNode component) {
    Map<String, String> labels = new LinkedHashMap<>();
    for (JsonNode option : component.path("values")) {
      if (option.hasNonNull("value")) {
        labels.put(option.path("value").asText(), option.path("label").asText(option.path("value").asText()));
      }
    }
    return Collections.unmodifiableMap(labels);
  }

  /** The fields that write {@code variable} (a group's fields may write parts of one variable). */
  public List<Field> fieldsWriting(String variable) {
    return fields.stream().filter(f -> f.variable().equals(variable)).toList();
  }
}
