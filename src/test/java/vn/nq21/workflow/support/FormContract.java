package vn.nq21.workflow.support;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the Camunda Forms of one procedure agree on with its BPMN and its server-side checks: form by form,
 * the keys each form submits (type, required, option codes), in the order the form shows them; the
 * variables the process sets for display only; and the fields that appear only for one choice.
 * {@link FormChecks} holds the forms to it.
 */
public final class FormContract {

  /** One input: its form-js type, whether it is {@code validate.required}, its option codes in order. */
  public record Field(String type, boolean required, List<String> options) {}

  private final String folder;
  private final String startForm;
  private final Set<String> caseFacts;
  private final Map<String, Map<String, Field>> forms = new LinkedHashMap<>();
  private final Map<String, Set<String>> displayOnly = new LinkedHashMap<>();
  private final Map<String, String> conditional = new LinkedHashMap<>();
  private final Map<String, Map<String, String>> conditionalOnForm = new LinkedHashMap<>();

  /**
   * @param folder the forms' folder on the classpath, e.g. {@code forms/ket-nap-dang-vien}
   * @param startForm the start event's form, which Tasklist opens with no variables
   * @param caseFacts variables the process sets for every task and each task form shows in its header
   */
  public FormContract(String folder, String startForm, String... caseFacts) {
    this.folder = folder;
    this.startForm = startForm;
    this.caseFacts = Collections.unmodifiableSet(new LinkedHashSet<>(List.of(caseFacts)));
  }

  /** The form {@code id} (= its file name) submits exactly these fields, in this order. */
  @SafeVarargs
  public final FormContract form(String id, Map.Entry<String, Field>... fields) {
    Map<String, Field> byKey = new LinkedHashMap<>();
    for (Map.Entry<String, Field> f : fields) {
      byKey.put(f.getKey(), f.getValue());
    }
    forms.put(id, Collections.unmodifiableMap(byKey));
    return this;
  }

  /** The form {@code id} may show these variables, which the process sets, but never as inputs. */
  public FormContract displayOnly(String id, String... variables) {
    displayOnly.put(id, Set.of(variables));
    return this;
  }

  /** The field {@code key} is shown only for one choice: its {@code conditional.hide} reads {@code variable}. */
  public FormContract conditional(String key, String variable) {
    conditional.put(key, variable);
    return this;
  }

  /**
   * On the form {@code id} only, the field {@code key} is shown only for one choice: for a key that is
   * conditional on one form and always shown on another. Takes precedence over {@link #conditional(String, String)}.
   */
  public FormContract conditional(String id, String key, String variable) {
    conditionalOnForm.computeIfAbsent(id, f -> new LinkedHashMap<>()).put(key, variable);
    return this;
  }

  public static Map.Entry<String, Field> req(String key, String type, String... options) {
    return Map.entry(key, new Field(type, true, List.of(options)));
  }

  public static Map.Entry<String, Field> opt(String key, String type, String... options) {
    return Map.entry(key, new Field(type, false, List.of(options)));
  }

  public String folder() {
    return folder;
  }

  public String startForm() {
    return startForm;
  }

  private final Set<String> otherStartForms = new LinkedHashSet<>();

  /**
   * Another process of the procedure starts on this form (the receiving side of a transfer, opened from papers):
   * it is held to what start forms are held to.
   */
  public FormContract alsoStartForm(String id) {
    otherStartForms.add(id);
    return this;
  }

  /** Whether {@code id} is a start form: it shows no case facts, which no case has yet. */
  public boolean isStartForm(String id) {
    return startForm.equals(id) || otherStartForms.contains(id);
  }

  public Set<String> caseFacts() {
    return caseFacts;
  }

  /** Form id → (key → field), in the order the contract names them. */
  public Map<String, Map<String, Field>> forms() {
    return Collections.unmodifiableMap(forms);
  }

  public Set<String> formIds() {
    return forms().keySet();
  }

  public Map<String, Field> fields(String formId) {
    return forms.getOrDefault(formId, Map.of());
  }

  public Set<String> displayOnly(String formId) {
    return displayOnly.getOrDefault(formId, Set.of());
  }

  /** The variable the {@code conditional.hide} of field {@code key} reads, or null for an always-shown field. */
  public String conditionVariable(String key) {
    return conditional.get(key);
  }

  /** The variable the {@code conditional.hide} of field {@code key} on form {@code id} reads, or null. */
  public String conditionVariable(String id, String key) {
    Map<String, String> onForm = conditionalOnForm.getOrDefault(id, Map.of());
    return onForm.containsKey(key) ? onForm.get(key) : conditional.get(key);
  }
}
