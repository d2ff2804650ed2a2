package vn.nq21.workflow.engine.modelcheck;

import static vn.nq21.workflow.engine.modelcheck.ModelXml.BPMN_NS;
import static vn.nq21.workflow.engine.modelcheck.ModelXml.CAMUNDA_DMN_NS;
import static vn.nq21.workflow.engine.modelcheck.ModelXml.camunda;
import static vn.nq21.workflow.engine.modelcheck.ModelXml.children;
import static vn.nq21.workflow.engine.modelcheck.ModelXml.descendants;
import static vn.nq21.workflow.engine.modelcheck.ModelXml.isCamunda;
import static vn.nq21.workflow.engine.modelcheck.ModelXml.isCamundaNamespace;
import static vn.nq21.workflow.engine.modelcheck.ModelXml.name;
import static vn.nq21.workflow.engine.modelcheck.ModelXml.ownText;
import static vn.nq21.workflow.engine.modelcheck.ModelXml.parseXml;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import vn.nq21.workflow.engine.NearestName;
import vn.nq21.workflow.engine.form.FormFile;
import vn.nq21.workflow.engine.modelcheck.ModelProblem.Rule;

/**
 * Checks a set of resources meant to be deployed together (BPMN {@code .bpmn}, DMN {@code .dmn}, Camunda
 * Forms {@code .form}, by resource name) against what the running application offers
 * ({@link ApplicationFacts}), and returns every problem as a Vietnamese sentence for an admin, naming the
 * file, the element's id and name, and what to fix. Plain Java: the build runs it on {@code bpmn/} and
 * {@code forms/}, the engine on every new deployment ({@link ModelCheckPlugin}). Only executable processes
 * are checked (the engine deploys no others).
 *
 * <p>The rules:
 * <ol>
 *   <li><b>Every step a person works has a form.</b> Every user task, and every start event a person
 *       fills in, has {@code camunda:formRef}. A start event needs none when it has an event definition
 *       (message, timer, signal, conditional: nobody fills it in), when it is inside a sub-process (embedded
 *       or event sub-process), or when its process says {@code camunda:isStartableInTasklist="false"} (it
 *       is only ever started by messages, another process or code).</li>
 *   <li><b>The form reference finds a form.</b> {@code camunda:formRef} has a
 *       {@code camunda:formRefBinding} ({@code deployment}, {@code latest} or {@code version}, the last with
 *       a {@code camunda:formRefVersion}). With {@code deployment} a {@code .form} of that id is in the same
 *       set; with {@code latest} or {@code version} it is in the set or already deployed as the binding
 *       asks. A reference that is itself an expression is not checked.</li>
 *   <li><b>Expressions name beans that exist.</b> A {@code camunda:delegateExpression} and a listener's
 *       {@code delegateExpression} are one expression {@code ${name}} or {@code ${name.…}} whose root
 *       {@code name} is a Spring bean. For {@code camunda:expression} and a listener's {@code expression},
 *       the root of each {@code ${…}} is a Spring bean, a name the engine provides ({@code execution},
 *       {@code task}, {@code authenticatedUserId}, …; the functions {@code now()}, {@code dateTime()},
 *       {@code currentUser()}, {@code currentUserGroups()}, {@code S()}, {@code XML()}, {@code JSON()}), or a
 *       variable the process itself writes: a key of one of its forms, {@code camunda:initiator},
 *       {@code camunda:resultVariable}, an input or output parameter, a multi-instance element variable,
 *       an error or escalation code variable, a call activity's {@code camunda:out} target. Variables that
 *       only Java code sets do not count: such an expression should call a bean instead.</li>
 *   <li><b>A business rule task names a decision.</b> A literal {@code camunda:decisionRef} is a decision
 *       in the set, or (except with binding {@code deployment}) one already deployed as the binding asks.</li>
 *   <li><b>Nobody is hard-coded.</b> Each entry of {@code camunda:candidateGroups} is an expression (the
 *       group comes from the organisation model, e.g. {@code ${organizations.groupFor(caseOrgId,
 *       'chi-uy')}}), never a literal like {@code chi-uy} or {@code cb-thon-dong.chi-uy}; the same for
 *       {@code camunda:candidateUsers}, {@code camunda:assignee} and a {@code potentialOwner} or
 *       {@code humanPerformer}.</li>
 *   <li><b>History has a time to live.</b> Every executable process and every decision has
 *       {@code camunda:historyTimeToLive}.</li>
 *   <li><b>A form field is a variable of its process.</b> For every process, the fields of the forms its
 *       start event and user tasks reference (those in the set) submit variables the process reads or
 *       writes. "Reads or writes" means, concretely, that the field's variable (its key, or the first
 *       segment of its path) is:
 *       <ul>
 *         <li>a name an expression anywhere in the process reads (an attribute or text with
 *             {@code ${…}}: conditions, candidate groups, due dates, timers, listeners, input and output
 *             parameters…); a name is an identifier that is not a property, method or function, or a string
 *             literal shaped like a name, as in {@code execution.getVariable('x')};</li>
 *         <li>a name the model writes or passes as listed under rule 3 (forms excepted), a
 *             {@code camunda:collection}, a conditional event's {@code camunda:variableName}, a call
 *             activity's {@code camunda:in} source, or a name an input of a decision the process's business
 *             rule tasks call (in the set) reads;</li>
 *         <li>or a name the application's code for that process uses, as
 *             {@link ApplicationFacts#variablesOf} tells: at run time and in the build this is
 *             {@link ProcessVariables}, the string constants compiled into the procedure's package (a
 *             package declares its process with {@link Procedure}), plus the fields it declares as kept for
 *             the dossier only ({@link Procedure#recordedOnly()}).</li>
 *       </ul>
 *       Scripts are not read. A field of a form that no process in the set references is not checked (its
 *       process is not known). And one variable must not have two types (text, number, true/false, date,
 *       list…) in two forms of the same process.</li>
 *   <li><b>Every step is checked.</b> Where the application's code checks a process's submissions on the
 *       server ({@link ApplicationFacts#checkedTasks}), every user task of that process has its check: a
 *       renamed or added task without one would otherwise skip every rule silently.</li>
 *   <li><b>No running case is stranded.</b> A revised decision table keeps the output columns and the rule
 *       sets of the version in force, which running cases evaluate by key ({@link DecisionContinuity}). A
 *       process revision cannot strand a case by itself (a case stays on its version, with the forms and
 *       called processes of its own deployment); moving cases onto a revision is validated case by case
 *       before anything moves ({@code revision.CaseMigration}).</li>
 * </ol>
 */
public final class ModelChecker {

  private static final List<String> BPMN_SUFFIXES = List.of(".bpmn", ".bpmn20.xml");
  private static final List<String> DMN_SUFFIXES = List.of(".dmn", ".dmn11.xml");
  private static final String FORM_SUFFIX = ".form";

  /** Names the engine resolves in every expression. */
  private static final Set<String> ENGINE_NAMES = Set.of("execution", "task", "externalTask", "caseExecution",
      "authenticatedUserId", "variableScope");
  /** Functions the engine's expression manager offers (Spin's included). */
  private static final Set<String> ENGINE_FUNCTIONS = Set.of("now", "dateTime", "currentUser",
      "currentUserGroups", "S", "XML", "JSON");
  private static final Set<String> FORM_BINDINGS = Set.of("deployment", "latest", "version");
  /** camunda: attributes whose value is the name of a variable the process writes. */
  private static final Set<String> WRITTEN_NAME_ATTRIBUTES = Set.of("initiator", "resultVariable",
      "elementVariable", "errorCodeVariable", "errorMessageVariable", "escalationCodeVariable");
  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  /** A string literal as an expression: ${'ket-nap-quyet-dinh'}. */
  private static final Pattern LITERAL = Pattern.compile("\\$\\{\\s*'([^']+)'\\s*}");

  /** Checks {@code resources} (name → content) as one deployment into the application {@code facts} describe. */
  public List<ModelProblem> check(Map<String, byte[]> resources, ApplicationFacts facts) {
    List<ModelProblem> problems = new ArrayList<>(new Run(resources, facts).check());
    problems.addAll(new DecisionContinuity(facts).check(resources));
    return problems;
  }

  /** One check of one set of resources. */
  private static final class Run {

    private final Map<String, byte[]> resources;
    private final ApplicationFacts facts;
    private final List<ModelProblem> problems = new ArrayList<>();
    private final Map<String, FormFile> forms = new LinkedHashMap<>();
    private final Map<String, Decision> decisions = new LinkedHashMap<>();
    private final Map<String, Document> models = new LinkedHashMap<>();

    Run(Map<String, byte[]> resources, ApplicationFacts facts) {
      this.resources = new TreeMap<>(resources);
      this.facts = facts;
    }

    /**
     * Forms a called process's user tasks name by a variable (camunda:formRef="${decisionForm}"), by the called
     * process's key: the variable, and the forms its callers in this set pass in it.
     */
    private final Map<String, Set<String>> formVariables = new LinkedHashMap<>();
    private final Map<String, Set<FormFile>> passedForms = new LinkedHashMap<>();

    List<ModelProblem> check() {
      resources.forEach(this::read);
      models.values().forEach(document -> executableProcesses(document).forEach(this::readFormVariables));
      models.forEach((file, document) -> executableProcesses(document).forEach(p -> readPassedForms(file, p)));
      models.forEach((file, document) -> {
        for (Element process : children(document.getDocumentElement(), BPMN_NS, "process")) {
          if (!"false".equalsIgnoreCase(process.getAttribute("isExecutable").trim())) {
            new ProcessCheck(file, process).check();
          }
        }
      });
      return List.copyOf(problems);
    }

    private static List<Element> executableProcesses(Document document) {
      return children(document.getDocumentElement(), BPMN_NS, "process").stream()
          .filter(p -> !"false".equalsIgnoreCase(p.getAttribute("isExecutable").trim())).toList();
    }

    private void readFormVariables(Element process) {
      for (Element e : descendants(process)) {
        String ref = camunda(e, "formRef").trim();
        Expressions.Root root = Expressions.isSingle(ref) ? Expressions.root(Expressions.in(ref).get(0)) : null;
        if (root != null && !root.function() && Expressions.in(ref).get(0).trim().equals(root.name())) {
          formVariables.computeIfAbsent(process.getAttribute("id"), k -> new LinkedHashSet<>()).add(root.name());
        }
      }
    }

    /**
     * A call activity that passes a form's id as a literal ({@code sourceExpression="${'ket-nap-quyet-dinh'}"}) in a
     * variable the called process names its task's form by: the form must be in this set (rule 2), and its fields
     * are checked as the called process's (rule 7).
     */
    private void readPassedForms(String file, Element process) {
      for (Element call : descendants(process)) {
        if (!BPMN_NS.equals(call.getNamespaceURI()) || !"callActivity".equals(call.getLocalName())) {
          continue;
        }
        String called = call.getAttribute("calledElement").trim();
        Set<String> variables = formVariables.getOrDefault(called, Set.of());
        for (Element in : descendants(call)) {
          if (!isCamunda(in) || !"in".equals(in.getLocalName()) || !variables.contains(in.getAttribute("target"))) {
            continue;
          }
          java.util.regex.Matcher literal = LITERAL.matcher(in.getAttribute("sourceExpression").trim());
          if (!literal.matches()) {
            continue;
          }
          FormFile form = forms.get(literal.group(1));
          if (form != null) {
            passedForms.computeIfAbsent(called, k -> new LinkedHashSet<>()).add(form);
          } else {
            problems.add(new ModelProblem(Rule.FORM_REFERENCE, file, call.getAttribute("id"), name(call), file + ", "
                + kind(call) + " " + call.getAttribute("id") + quoted(name(call)) + " (quy trình "
                + process.getAttribute("id") + "): truyền biểu mẫu “" + literal.group(1) + "” cho " + called
                + " (biến " + in.getAttribute("target") + "), nhưng bản triển khai này không có tệp .form nào có id"
                + " đó" + NearestName.suggest(literal.group(1), forms.keySet()) + ". Hãy triển khai tệp biểu mẫu"
                + " cùng mô hình hoặc sửa id."));
          }
        }
      }
    }

    // ---------------------------------------------------------------- reading the set

    private void read(String name, byte[] content) {
      String lower = name.toLowerCase();
      try {
        if (lower.endsWith(FORM_SUFFIX)) {
          FormFile form = FormFile.read(name, content);
          forms.putIfAbsent(form.id(), form);
        } else if (BPMN_SUFFIXES.stream().anyMatch(lower::endsWith)) {
          models.put(name, parseXml(content));
        } else if (DMN_SUFFIXES.stream().anyMatch(lower::endsWith)) {
          readDecisions(name, parseXml(content));
        }
      } catch (IOException | SAXException e) {
        problems.add(new ModelProblem(Rule.UNREADABLE, name, null, null, name + ": không đọc được tệp ("
            + e.getMessage() + "). Hãy mở và lưu lại tệp bằng Camunda Modeler rồi triển khai lại."));
      }
    }

    private void readDecisions(String file, Document document) {
      for (Element decision : descendants(document.getDocumentElement())) {
        if (!"decision".equals(decision.getLocalName())) {
          continue;
        }
        String id = decision.getAttribute("id");
        Set<String> inputs = new LinkedHashSet<>();
        for (Element e : descendants(decision)) {
          if ("inputExpression".equals(e.getLocalName()) || "literalExpression".equals(e.getLocalName())) {
            for (Element text : descendants(e)) {
              if ("text".equals(text.getLocalName())) {
                inputs.addAll(Expressions.namesInDecisionInput(text.getTextContent()));
              }
            }
          }
        }
        decisions.putIfAbsent(id, new Decision(id, inputs));
        if (decision.getAttributeNS(CAMUNDA_DMN_NS, "historyTimeToLive").isBlank()) {
          problems.add(new ModelProblem(Rule.HISTORY_TIME_TO_LIVE, file, id, name(decision), file
              + ", bảng quyết định " + id + quoted(name(decision)) + ": thiếu camunda:historyTimeToLive (số ngày giữ"
              + " lịch sử các lần áp dụng bảng). Hãy đặt trong Modeler (mục History cleanup, Time to live), ví dụ"
              + " P1825D như các bảng trong bpmn/rules/."));
        }
      }
    }

    // ---------------------------------------------------------------- one process

    /** The checks of one executable process. */
    private final class ProcessCheck {

      private final String file;
      private final Element process;
      private final String key;
      private final List<Element> elements;
      /** Variables the model writes, forms excepted (rules 3 and 7). */
      private final Set<String> written = new LinkedHashSet<>();
      /** Variables the model reads (rule 7). */
      private final Set<String> read = new LinkedHashSet<>();
      /** Forms of the set this process references. */
      private final Set<FormFile> usedForms = new LinkedHashSet<>();

      ProcessCheck(String file, Element process) {
        this.file = file;
        this.process = process;
        this.key = process.getAttribute("id");
        this.elements = descendants(process);
      }

      /** Rule 8: where the application checks a process's steps, it checks every one. */
      private void checked(Element task) {
        java.util.Set<String> checked = facts.checkedTasks(key);
        if (checked != null && !checked.contains(task.getAttribute("id"))) {
          problem(Rule.TASK_UNCHECKED, task, "ứng dụng không có kiểm tra phía máy chủ cho bước này, nên biểu mẫu"
              + " của nó sẽ không được kiểm tra. Hãy giữ đúng id của bước (một id đổi tên là một bước mới), hoặc"
              + " thêm phần kiểm tra của bước vào mã của quy trình.");
        }
      }

      void check() {
        collectVariables();
        if (camunda(process, "historyTimeToLive").isBlank()) {
          problem(Rule.HISTORY_TIME_TO_LIVE, process, "thiếu camunda:historyTimeToLive (số ngày giữ lịch sử"
              + " hồ sơ sau khi kết thúc). Hãy đặt trong Modeler (mục History cleanup, Time to live), ví dụ"
              + " P3650D như quy trình kết nạp đảng viên.");
        }
        for (Element e : elements) {
          if (BPMN_NS.equals(e.getNamespaceURI())) {
            switch (e.getLocalName()) {
              case "userTask" -> {
                form(e, true);
                assignment(e);
                checked(e);
              }
              case "startEvent" -> form(e, needsStartForm(e));
              case "businessRuleTask" -> decision(e);
              default -> { }
            }
            String delegate = camunda(e, "delegateExpression");
            if (!delegate.isBlank()) {
              delegateExpression(e, "camunda:delegateExpression", delegate);
            }
            String expression = camunda(e, "expression");
            if (!expression.isBlank()) {
              expressionRoots(e, "camunda:expression", expression);
            }
          } else if (isCamunda(e) && ("executionListener".equals(e.getLocalName())
              || "taskListener".equals(e.getLocalName()))) {
            String what = "camunda:" + e.getLocalName() + " (sự kiện “" + e.getAttribute("event") + "”)";
            if (!e.getAttribute("delegateExpression").isBlank()) {
              delegateExpression(host(e), what + " delegateExpression", e.getAttribute("delegateExpression"));
            }
            if (!e.getAttribute("expression").isBlank()) {
              expressionRoots(host(e), what + " expression", e.getAttribute("expression"));
            }
          }
        }
        formFields();
      }

      // -------------------------------------------------------------- what the model reads and writes

      private void collectVariables() {
        for (Element e : elements) {
          NamedNodeMap attributes = e.getAttributes();
          for (int i = 0; i < attributes.getLength(); i++) {
            Attr a = (Attr) attributes.item(i);
            String value = a.getValue();
            if (XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(a.getNamespaceURI())) {
              continue;
            }
            Expressions.in(value).forEach(inner -> read.addAll(Expressions.namesRead(inner)));
            if (isCamundaNamespace(a.getNamespaceURI()) && !Expressions.hasExpression(value)) {
              String local = a.getLocalName();
              if (WRITTEN_NAME_ATTRIBUTES.contains(local)) {
                addName(written, value);
              } else if ("collection".equals(local) || "variableName".equals(local)) {
                addName(read, value);
              }
            }
          }
          if (isCamunda(e)) {
            switch (e.getLocalName()) {
              case "inputParameter", "outputParameter" -> addName(written, e.getAttribute("name"));
              case "out" -> addName(written, e.getAttribute("target"));
              case "in" -> addName(read, e.getAttribute("source"));
              default -> { }
            }
          }
          if (!"script".equals(e.getLocalName())) {
            String text = ownText(e);
            Expressions.in(text).forEach(inner -> read.addAll(Expressions.namesRead(inner)));
          }
          String formRef = camunda(e, "formRef").trim();
          FormFile form = forms.get(formRef);
          if (form != null) {
            usedForms.add(form);
          }
        }
      }

      // -------------------------------------------------------------- rules 1 and 2: forms

      private boolean needsStartForm(Element startEvent) {
        if (startEvent.getParentNode() != process) {
          return false; // inside a sub-process or event sub-process
        }
        for (Element child : children(startEvent, BPMN_NS, null)) {
          if (child.getLocalName().endsWith("EventDefinition")) {
            return false; // message, timer, signal, conditional: nobody fills it in
          }
        }
        return !"false".equalsIgnoreCase(camunda(process, "isStartableInTasklist").trim());
      }

      private void form(Element e, boolean required) {
        String ref = camunda(e, "formRef").trim();
        if (ref.isEmpty()) {
          if (!required) {
            return;
          }
          String formKey = camunda(e, "formKey").trim();
          if (!formKey.isEmpty()) {
            problem(Rule.FORM_MISSING, e, "dùng camunda:formKey “" + formKey + "”, nhưng hệ thống chỉ dùng Camunda"
                + " Forms. Hãy thay bằng camunda:formRef (id của một tệp .form trong forms/) với"
                + " camunda:formRefBinding=\"deployment\".");
          } else if ("startEvent".equals(e.getLocalName())) {
            problem(Rule.FORM_MISSING, e, "chưa gắn biểu mẫu mở hồ sơ (camunda:formRef): Tasklist sẽ mở hồ sơ mà"
                + " không hỏi gì. Hãy gắn biểu mẫu (trong Modeler: mục Forms, loại “Camunda Forms (linked)”, Form"
                + " reference là id của một tệp .form trong forms/, Binding là deployment); nếu quy trình không"
                + " bao giờ được mở từ Tasklist (chỉ do tin nhắn, quy trình khác hoặc chương trình khởi động), hãy"
                + " đặt camunda:isStartableInTasklist=\"false\" cho quy trình.");
          } else {
            problem(Rule.FORM_MISSING, e, "chưa gắn biểu mẫu (camunda:formRef): người làm việc này không có gì để"
                + " điền trong Tasklist. Hãy gắn biểu mẫu (trong Modeler: mục Forms, loại “Camunda Forms"
                + " (linked)”, Form reference là id của một tệp .form trong forms/, Binding là deployment) và"
                + " triển khai tệp .form cùng mô hình.");
          }
          return;
        }
        String binding = camunda(e, "formRefBinding").trim();
        if (binding.isEmpty()) {
          problem(Rule.FORM_REFERENCE, e, "camunda:formRef “" + ref + "” thiếu camunda:formRefBinding. Hãy đặt"
              + " camunda:formRefBinding=\"deployment\" (biểu mẫu đi cùng phiên bản mô hình) và triển khai tệp"
              + " .form cùng mô hình.");
          return;
        }
        if (!FORM_BINDINGS.contains(binding)) {
          problem(Rule.FORM_REFERENCE, e, "camunda:formRefBinding “" + binding + "” không hợp lệ: chỉ dùng"
              + " deployment, latest hoặc version (nên dùng deployment).");
          return;
        }
        if (Expressions.hasExpression(ref)) {
          return; // decided at run time
        }
        Integer version = null;
        if ("version".equals(binding)) {
          version = integer(camunda(e, "formRefVersion"));
          if (version == null) {
            problem(Rule.FORM_REFERENCE, e, "camunda:formRefBinding=\"version\" cần camunda:formRefVersion là một"
                + " số phiên bản (đang là “" + camunda(e, "formRefVersion") + "”).");
            return;
          }
        }
        if (forms.containsKey(ref)) {
          return;
        }
        String suggestion = NearestName.suggest(ref, forms.keySet());
        if ("deployment".equals(binding)) {
          problem(Rule.FORM_REFERENCE, e, "tham chiếu biểu mẫu “" + ref + "” với binding deployment, nhưng bản"
              + " triển khai này không có tệp .form nào có id “" + ref + "”" + suggestion + ". Hãy triển khai tệp"
              + " biểu mẫu cùng mô hình (trong Modeler: đính kèm tệp .form khi Deploy) hoặc sửa camunda:formRef"
              + " cho đúng id của biểu mẫu.");
        } else if (!facts.isFormDeployed(ref, binding, version)) {
          problem(Rule.FORM_REFERENCE, e, "tham chiếu biểu mẫu “" + ref + "”"
              + (version == null ? " (binding latest)" : " phiên bản " + version)
              + ", nhưng không có biểu mẫu như vậy trong bản triển khai này cũng như trong các bản đã triển khai"
              + suggestion + ". Hãy triển khai tệp biểu mẫu cùng mô hình hoặc sửa camunda:formRef.");
        }
      }

      // -------------------------------------------------------------- rule 3: beans

      private void delegateExpression(Element where, String attribute, String value) {
        Expressions.Root root = Expressions.isSingle(value)
            ? Expressions.root(Expressions.in(value).get(0)) : null;
        if (root == null || root.function()) {
          problem(Rule.UNKNOWN_BEAN, where, attribute + " “" + value + "” phải là một biểu thức dạng ${tênBean}"
              + " gọi một bean của ứng dụng.");
        } else if (!facts.isBean(root.name())) {
          problem(Rule.UNKNOWN_BEAN, where, attribute + " “" + value + "” gọi bean “" + root.name()
              + "”, nhưng ứng dụng không có bean nào tên như vậy" + NearestName.suggest(root.name(), facts.beanNames())
              + ". Hãy sửa tên cho đúng bean của ứng dụng; nếu cần một xử lý mới, nhóm phát triển phải thêm"
              + " bean đó trước khi triển khai mô hình.");
        }
      }

      private void expressionRoots(Element where, String attribute, String value) {
        List<String> inner = Expressions.in(value);
        if (inner.isEmpty()) {
          problem(Rule.UNKNOWN_BEAN, where, attribute + " “" + value + "” phải là biểu thức dạng"
              + " ${tênBean.phươngThức(...)}.");
          return;
        }
        for (String expression : inner) {
          Expressions.Root root = Expressions.root(expression);
          if (root == null) {
            continue;
          }
          if (root.function()) {
            if (!ENGINE_FUNCTIONS.contains(root.name())) {
              problem(Rule.UNKNOWN_BEAN, where, attribute + " “" + value + "” gọi hàm “" + root.name()
                  + "()”, engine không có hàm này (chỉ có now(), dateTime(), currentUser(), currentUserGroups(),"
                  + " S(), XML(), JSON()). Hãy gọi phương thức của một bean, ví dụ ${tênBean." + root.name()
                  + "(...)}.");
            }
          } else if (!ENGINE_NAMES.contains(root.name()) && !facts.isBean(root.name())
              && !written.contains(root.name()) && !formVariables().contains(root.name())) {
            List<String> candidates = new ArrayList<>(facts.beanNames());
            candidates.addAll(written);
            problem(Rule.UNKNOWN_BEAN, where, attribute + " “" + value + "” bắt đầu bằng “" + root.name()
                + "”, không phải bean của ứng dụng cũng không phải biến mà quy trình này ghi (trường biểu mẫu,"
                + " camunda:initiator, camunda:resultVariable, tham số vào/ra)"
                + NearestName.suggest(root.name(), candidates) + ". Hãy sửa tên cho đúng bean hoặc biến.");
          }
        }
      }

      private Set<String> formVariables() {
        Set<String> names = new LinkedHashSet<>();
        usedForms.forEach(f -> f.fields().forEach(field -> names.add(field.variable())));
        return names;
      }

      // -------------------------------------------------------------- rule 4: decisions

      private void decision(Element task) {
        String ref = camunda(task, "decisionRef").trim();
        if (ref.isEmpty() || Expressions.hasExpression(ref)) {
          return;
        }
        Decision inSet = decisions.get(ref);
        if (inSet != null) {
          read.addAll(inSet.inputs());
          return;
        }
        String binding = camunda(task, "decisionRefBinding").trim();
        binding = binding.isEmpty() ? "latest" : binding;
        String suggestion = NearestName.suggest(ref, decisions.keySet());
        if ("deployment".equals(binding)) {
          problem(Rule.UNKNOWN_DECISION, task, "camunda:decisionRef “" + ref + "” (binding deployment) không có"
              + " trong bản triển khai này" + suggestion + ". Hãy triển khai tệp .dmn của bảng cùng mô hình hoặc"
              + " sửa id cho đúng bảng trong bpmn/rules/.");
        } else if (!facts.isDecisionDeployed(ref, binding, integer(camunda(task, "decisionRefVersion")),
            camunda(task, "decisionRefVersionTag").trim())) {
          problem(Rule.UNKNOWN_DECISION, task, "camunda:decisionRef “" + ref + "” không trỏ tới bảng quyết định"
              + " nào: không có trong bản triển khai này, cũng chưa từng được triển khai (binding " + binding + ")"
              + suggestion + ". Hãy sửa id cho đúng bảng trong bpmn/rules/ hoặc triển khai tệp .dmn cùng mô"
              + " hình.");
        }
      }

      // -------------------------------------------------------------- rule 5: assignment

      private void assignment(Element task) {
        literalGroups(task, "camunda:candidateGroups", camunda(task, "candidateGroups"), true);
        literalGroups(task, "camunda:candidateUsers", camunda(task, "candidateUsers"), false);
        literalGroups(task, "camunda:assignee", camunda(task, "assignee"), false);
        for (Element role : children(task, BPMN_NS, null)) {
          if ("potentialOwner".equals(role.getLocalName()) || "humanPerformer".equals(role.getLocalName())) {
            for (Element expression : descendants(role)) {
              if ("formalExpression".equals(expression.getLocalName())) {
                for (String part : Expressions.splitList(expression.getTextContent())) {
                  boolean group = part.startsWith("group(");
                  String inner = part.replaceFirst("^(user|group)\\((.*)\\)$", "$2").trim();
                  literalGroups(task, role.getLocalName(), inner, group);
                }
              }
            }
          }
        }
      }

      private void literalGroups(Element task, String attribute, String value, boolean groups) {
        if (value == null || value.isBlank()) {
          return;
        }
        for (String part : Expressions.splitList(value)) {
          if (Expressions.isSingle(part)) {
            continue;
          }
          if (groups) {
            problem(Rule.HARD_CODED_ASSIGNMENT, task, attribute + " “" + value + "” ghi cứng nhóm “" + part
                + "”. Nhóm phải lấy từ mô hình tổ chức theo tổ chức của hồ sơ, bằng biểu thức, ví dụ"
                + " ${organizations.groupFor(caseOrgId, 'chi-uy')}.");
          } else {
            problem(Rule.HARD_CODED_ASSIGNMENT, task, attribute + " “" + value + "” ghi cứng người dùng “" + part
                + "”. Hãy giao việc cho nhóm của tổ chức (camunda:candidateGroups bằng biểu thức, ví dụ"
                + " ${organizations.groupFor(caseOrgId, 'chi-uy')}); nếu phải giao cho một người, dùng biểu"
                + " thức, ví dụ ${caseInitiator}.");
          }
        }
      }

      // -------------------------------------------------------------- rule 7: form fields

      private void formFields() {
        usedForms.addAll(passedForms.getOrDefault(key, Set.of()));
        KnownVariables code = facts.variablesOf(key);
        Set<String> model = new LinkedHashSet<>(read);
        model.addAll(written);
        KnownVariables known = code.and(KnownVariables.of(model));
        Map<String, FieldUse> firstUse = new LinkedHashMap<>();
        for (FormFile form : usedForms) {
          for (FormFile.Field field : form.fields()) {
            if (!known.contains(field.variable())) {
              String hint = code == KnownVariables.NONE
                  ? " Chưa có gói mã nào khai báo @Procedure(processKeys = \"" + key + "\") cho quy trình này." : "";
              problems.add(new ModelProblem(Rule.FORM_FIELD_UNUSED, form.resource(), field.componentId(),
                  field.label(), fieldWhere(form, field) + ": quy trình " + key + " không đọc cũng không ghi biến “"
                      + field.variable() + "”: không biểu thức hay ánh xạ vào/ra nào của mô hình dùng nó, mã"
                      + " chương trình của thủ tục cũng không" + NearestName.suggest(field.variable(), known.names())
                      + ". Hãy sửa key cho đúng tên biến mà quy trình dùng; nếu trường chỉ để lưu vào hồ sơ, nhóm"
                      + " phát triển khai báo nó trong @Procedure(recordedOnly) của thủ tục." + hint));
            }
            FieldUse earlier = firstUse.putIfAbsent(field.variable(), new FieldUse(form, field));
            if (earlier != null && earlier.field().valueType() != null && field.valueType() != null
                && !earlier.field().valueType().equals(field.valueType())) {
              problems.add(new ModelProblem(Rule.FORM_FIELD_TYPE_CONFLICT, form.resource(), field.componentId(),
                  field.label(), fieldWhere(form, field) + ": biến “" + field.variable() + "” ở đây là "
                      + field.valueType() + " (" + field.type() + "), nhưng ở " + earlier.form().resource()
                      + " (trường " + earlier.field().componentId() + ") là " + earlier.field().valueType() + " ("
                      + earlier.field().type() + "), cùng quy trình " + key + ". Một biến chỉ có một kiểu: hãy đổi"
                      + " loại trường cho giống nhau hoặc đặt key khác."));
            }
          }
        }
      }

      private String fieldWhere(FormFile form, FormFile.Field field) {
        return form.resource() + ", biểu mẫu " + form.id() + ", trường " + field.componentId()
            + quoted(field.label()) + " (key “" + field.key() + "”)";
      }

      // -------------------------------------------------------------- helpers

      private void problem(Rule rule, Element e, String what) {
        problems.add(new ModelProblem(rule, file, e.getAttribute("id"), name(e), where(e) + ": " + what));
      }

      private String where(Element e) {
        String where = file + ", " + kind(e) + " " + e.getAttribute("id") + quoted(name(e));
        return e == process ? where : where + " (quy trình " + key + ")";
      }

      /** The BPMN element a listener belongs to. */
      private Element host(Element e) {
        Node n = e.getParentNode();
        while (n instanceof Element parent && n != process) {
          if (BPMN_NS.equals(parent.getNamespaceURI()) && !parent.getAttribute("id").isEmpty()
              && !"extensionElements".equals(parent.getLocalName())) {
            return parent;
          }
          n = n.getParentNode();
        }
        return process;
      }
    }
  }

  /** A decision in the set, with the names its inputs read. */
  private record Decision(String id, Set<String> inputs) {}

  /** Where a variable is first submitted: which form, which field. */
  private record FieldUse(FormFile form, FormFile.Field field) {}

  private static String quoted(String name) {
    return name == null || name.isBlank() ? "" : " “" + name.replaceAll("\\s+", " ").trim() + "”";
  }

  private static void addName(Set<String> names, String value) {
    if (value != null && NAME.matcher(value.trim()).matches()) {
      names.add(value.trim());
    }
  }

  private static Integer integer(String value) {
    try {
      return value == null || value.isBlank() ? null : Integer.valueOf(value.trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** The element kind as an admin calls it. */
  private static String kind(Element e) {
    return switch (e.getLocalName()) {
      case "process" -> "quy trình";
      case "userTask" -> "công việc";
      case "startEvent" -> "sự kiện bắt đầu";
      case "endEvent" -> "sự kiện kết thúc";
      case "intermediateCatchEvent", "intermediateThrowEvent" -> "sự kiện trung gian";
      case "boundaryEvent" -> "sự kiện biên";
      case "serviceTask" -> "bước tự động";
      case "sendTask" -> "bước gửi tin";
      case "scriptTask" -> "bước kịch bản";
      case "businessRuleTask" -> "bước áp dụng bảng quyết định";
      case "callActivity" -> "bước gọi quy trình";
      case "subProcess", "transaction", "adHocSubProcess" -> "quy trình con";
      case "sequenceFlow" -> "luồng";
      case "exclusiveGateway", "parallelGateway", "inclusiveGateway", "eventBasedGateway", "complexGateway" -> "cổng";
      default -> "phần tử";
    };
  }
}
