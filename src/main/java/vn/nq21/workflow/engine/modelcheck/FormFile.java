package vn.nq21.workflow.engine.modelcheck;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A Camunda Form as the checks see it: its id (the key {@code camunda:formRef} names) and the fields that
 * submit a value, each with the process variable it writes.
 *
 * @param resource the resource name in the deployment
 * @param id the form's JSON {@code id}
 * @param fields the fields that submit a value, in the order the form shows them
 */
record FormFile(String resource, String id, List<Field> fields) {

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
   */
  record Field(String componentId, String key, String variable, String type, String subtype, String label) {

    /** What kind of value it submits, in Vietnamese; null when it cannot be told (expression fields). */
    String valueType() {
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
  static FormFile read(String resource, byte[] content) throws IOException {
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
        String label = "datetime".equals(type) ? c.path("dateLabel").asText(c.path("label").asText(null))
            : c.path("label").asText(null);
        into.add(new Field(c.path("id").asText(null), key, full.split("\\.", 2)[0], type,
            c.path("subtype").asText(null), label));
      }
      // a dynamic list's fields are relative to each item; the list itself is one variable (its path)
      if ("dynamiclist".equals(type)) {
        String listPath = c.path("path").asText("").trim();
        if (!listPath.isEmpty()) {
          String full = path.isEmpty() ? listPath : path + "." + listPath;
          into.add(new Field(c.path("id").asText(null), listPath, full.split("\\.", 2)[0], type, null,
              c.path("label").asText(null)));
        }
        continue;
      }
      String groupPath = c.path("path").asText("").trim();
      collect(c.path("components"), groupPath.isEmpty() ? path : path.isEmpty() ? groupPath : path + "." + groupPath,
          into);
    }
  }
}
