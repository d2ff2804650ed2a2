package vn.nq21.workflow.engine.form;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.type.PrimitiveValueType;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import vn.nq21.workflow.engine.CaseVariables;

/**
 * What a step accepts from a client: exactly the fields its Camunda Form declares, each with the type the
 * form gives it and within its size limits. Everything else a submission carries (an unknown name, the
 * case's identity, a variable the process or its code owns, a field the form only shows) is refused, and
 * so is a value of the wrong type, too long, out of range or not one of a choice's options. Plain Java: the
 * engine runs it on every form submission ({@link vn.nq21.workflow.engine.SubmissionCheckPlugin}), before
 * any value is set.
 */
public final class SubmissionContract {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final SubmissionLimits limits;

  public SubmissionContract(SubmissionLimits limits) {
    this.limits = limits;
  }

  /**
   * Every problem of {@code submitted} against {@code form}, in Vietnamese, naming the field; empty when the
   * submission keeps to the form.
   *
   * @param form the step's form, or null when the step has none (then nothing may be submitted)
   * @param step the step's name, as the clerk reads it
   */
  public List<String> problems(FormFile form, String step, VariableMap submitted) {
    List<String> problems = new ArrayList<>();
    if (submitted == null) {
      return problems;
    }
    for (String name : submitted.keySet()) {
      if (CaseVariables.IDENTITY.contains(name)) {
        problems.add("“" + name + "” là thông tin định danh của hồ sơ (tổ chức, người được xét): hệ thống tự"
            + " ghi khi mở hồ sơ, biểu mẫu không gửi kèm được.");
        continue;
      }
      List<FormFile.Field> fields = form == null ? List.of() : form.fieldsWriting(name);
      if (fields.isEmpty()) {
        problems.add("Bước “" + step + "” không có trường “" + shorten(name) + "”: chỉ nhận các trường của biểu mẫu"
            + " bước này.");
        continue;
      }
      FormFile.Field field = fields.stream().filter(f -> !f.disabled()).findFirst().orElse(null);
      if (field == null) {
        problems.add("Trường “" + fields.get(0).displayName() + "” chỉ để xem, không sửa ở bước này được.");
        continue;
      }
      String problem = valueProblem(field, submitted.getValueTyped(name));
      if (problem != null) {
        problems.add(problem);
      }
    }
    return problems;
  }

  /** What is wrong with the value of one field, or null. */
  private String valueProblem(FormFile.Field field, TypedValue typed) {
    Value value = Value.of(typed);
    if (value.kind == Kind.NULL) {
      return null;
    }
    String name = "“" + field.displayName() + "”";
    boolean structured = !field.key().equals(field.variable()); // a group path: the variable is an object
    if (structured) {
      return value.kind == Kind.JSON ? json(name, value.text, false, List.of()) : name + " cần dữ liệu có cấu trúc"
          + " (Json), không nhận " + value.kind.label + ".";
    }
    switch (field.type()) {
      case "textfield", "textarea", "radio", "select" -> {
        if (value.kind != Kind.TEXT) {
          return name + " cần văn bản, không nhận " + value.kind.label + ".";
        }
        int max = limit(field, "textarea".equals(field.type()) ? limits.maxLongTextLength() : limits.maxTextLength());
        if (value.text.length() > max) {
          return name + " dài " + value.text.length() + " ký tự, quá giới hạn " + max + " ký tự: hãy rút gọn.";
        }
        if (!field.options().isEmpty() && !value.text.isEmpty() && !field.options().contains(value.text)) {
          return name + " chỉ nhận một trong các lựa chọn của biểu mẫu (không có “" + shorten(value.text) + "”).";
        }
        return null;
      }
      case "number" -> {
        if (value.kind != Kind.NUMBER) {
          return name + " cần một số, không nhận " + value.kind.label + ".";
        }
        return number(field, name, value.number);
      }
      case "checkbox" -> {
        return value.kind == Kind.BOOLEAN ? null : name + " cần đúng/sai, không nhận " + value.kind.label + ".";
      }
      case "datetime" -> {
        return dateTime(field, name, value);
      }
      case "checklist", "taglist", "dynamiclist" -> {
        if (value.kind == Kind.LIST) {
          return value.items.size() > limits.maxJsonLength() ? name + " có quá nhiều mục." : null;
        }
        if (value.kind != Kind.JSON) {
          return name + " cần một danh sách, không nhận " + value.kind.label + ".";
        }
        return json(name, value.text, true, "dynamiclist".equals(field.type()) ? List.of() : field.options());
      }
      default -> {
        // expression fields: a value the form computes; a scalar within the text limit
        if (value.kind == Kind.TEXT && value.text.length() > limits.maxTextLength()) {
          return name + " quá dài.";
        }
        return value.kind == Kind.JSON || value.kind == Kind.OTHER || value.kind == Kind.LIST
            ? name + " không nhận " + value.kind.label + "." : null;
      }
    }
  }

  private int limit(FormFile.Field field, int configured) {
    return field.maxLength() == null ? configured : Math.min(field.maxLength(), configured);
  }

  private String number(FormFile.Field field, String name, BigDecimal number) {
    if (field.decimalDigits() != null && number.stripTrailingZeros().scale() > field.decimalDigits()) {
      return name + (field.decimalDigits() == 0 ? " cần một số nguyên" : " có quá " + field.decimalDigits()
          + " chữ số thập phân") + " (đang là " + shorten(number.toPlainString()) + ").";
    }
    BigDecimal min = field.min() != null ? field.min() : BigDecimal.valueOf(-limits.maxNumber());
    BigDecimal max = field.max() != null ? field.max() : BigDecimal.valueOf(limits.maxNumber());
    if (number.compareTo(min) < 0 || number.compareTo(max) > 0) {
      return name + " phải trong khoảng từ " + min.toPlainString() + " đến " + max.toPlainString() + " (đang là "
          + shorten(number.toPlainString()) + ").";
    }
    return null;
  }

  private String dateTime(FormFile.Field field, String name, Value value) {
    if (value.kind == Kind.DATE) {
      return null;
    }
    if (value.kind != Kind.TEXT) {
      return name + " cần ngày, không nhận " + value.kind.label + ".";
    }
    String text = value.text.trim();
    if (text.isEmpty()) {
      return null;
    }
    String subtype = field.subtype() == null ? "date" : field.subtype();
    try {
      switch (subtype) {
        case "time" -> {
          if (text.matches(".*[+-]\\d{2}:\\d{2}$|.*Z$")) { // form-js may add the offset: "11:30+07:00"
            java.time.OffsetTime.parse(text);
          } else {
            LocalTime.parse(text);
          }
        }
        case "datetime" -> {
          if (text.endsWith("Z") || text.matches(".*[+-]\\d{2}:?\\d{2}$")) {
            OffsetDateTime.parse(text);
          } else {
            LocalDateTime.parse(text);
          }
        }
        default -> LocalDate.parse(text);
      }
      return null;
    } catch (DateTimeParseException e) {
      return name + " không phải ngày hợp lệ (“" + shorten(text) + "”; cần dạng năm-tháng-ngày, ví dụ 2026-03-15).";
    }
  }

  private String json(String name, String text, boolean array, List<String> options) {
    if (text.length() > limits.maxJsonLength()) {
      return name + " quá lớn (" + text.length() + " ký tự, giới hạn " + limits.maxJsonLength() + ").";
    }
    JsonNode node;
    try {
      node = JSON.readTree(text);
    } catch (JsonProcessingException e) {
      return name + " không đọc được: dữ liệu Json không hợp lệ.";
    }
    if (array ? !node.isArray() : !node.isObject()) {
      return name + " cần " + (array ? "một danh sách" : "một đối tượng") + " Json.";
    }
    if (!options.isEmpty()) {
      for (JsonNode item : node) {
        if (!item.isTextual() || !options.contains(item.asText())) {
          return name + " chỉ nhận các lựa chọn của biểu mẫu (không có “" + shorten(item.asText()) + "”).";
        }
      }
    }
    return null;
  }

  /** A client's text as a message may echo it: one line, at most 40 characters. */
  static String shorten(String text) {
    String line = text.replaceAll("\\p{Cntrl}", " ");
    return line.length() <= 40 ? line : line.substring(0, 40) + "…";
  }

  /** The kinds of value a client can send, as the contract tells them apart. */
  private enum Kind {
    NULL("giá trị trống"), TEXT("văn bản"), NUMBER("số"), BOOLEAN("đúng/sai"), DATE("ngày"),
    JSON("dữ liệu Json"), LIST("danh sách"), OTHER("dữ liệu kiểu này");

    final String label;

    Kind(String label) {
      this.label = label;
    }
  }

  /** A submitted value, classified once. */
  private record Value(Kind kind, String text, BigDecimal number, Collection<?> items) {

    static Value of(TypedValue typed) {
      if (typed == null) {
        return new Value(Kind.NULL, null, null, null);
      }
      ValueType type = typed.getType();
      if (typed instanceof SerializableValue serializable && type != null && !(type instanceof PrimitiveValueType)) {
        // only Spin's Json type: an Object value names a Java class the engine would later deserialize into
        boolean json = "json".equals(type.getName());
        if (json && !serializable.isDeserialized()) {
          String text = serializable.getValueSerialized();
          return text == null ? new Value(Kind.NULL, null, null, null) : new Value(Kind.JSON, text, null, null);
        }
        Object object = serializable.isDeserialized() ? serializable.getValue() : null;
        if (object instanceof Collection<?> items) {
          return new Value(Kind.LIST, null, null, items);
        }
        return json && object != null ? new Value(Kind.JSON, object.toString(), null, null)
            : new Value(Kind.OTHER, null, null, null);
      }
      if (type == ValueType.BYTES || type == ValueType.FILE) {
        return new Value(Kind.OTHER, null, null, null);
      }
      return ofJava(typed.getValue());
    }

    private static Value ofJava(Object value) {
      if (value == null) {
        return new Value(Kind.NULL, null, null, null);
      }
      if (value instanceof CharSequence text) {
        return new Value(Kind.TEXT, text.toString(), null, null);
      }
      if (value instanceof Boolean) {
        return new Value(Kind.BOOLEAN, null, null, null);
      }
      if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
        return new Value(Kind.NUMBER, null, BigDecimal.valueOf(((Number) value).longValue()), null);
      }
      if (value instanceof Double || value instanceof Float) {
        double d = ((Number) value).doubleValue();
        return Double.isFinite(d) ? new Value(Kind.NUMBER, null, BigDecimal.valueOf(d), null)
            : new Value(Kind.OTHER, null, null, null);
      }
      if (value instanceof BigDecimal big) {
        return new Value(Kind.NUMBER, null, big, null);
      }
      if (value instanceof java.math.BigInteger big) {
        return new Value(Kind.NUMBER, null, new BigDecimal(big), null);
      }
      if (value instanceof Date || value instanceof java.time.temporal.Temporal) {
        return new Value(Kind.DATE, null, null, null);
      }
      if (value instanceof Collection<?> items) {
        return new Value(Kind.LIST, null, null, items);
      }
      if (value instanceof Map<?, ?>) {
        return new Value(Kind.OTHER, null, null, null);
      }
      return new Value(Kind.OTHER, null, null, null);
    }
  }
}
