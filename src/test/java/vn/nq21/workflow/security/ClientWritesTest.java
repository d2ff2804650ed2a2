package vn.nq21.workflow.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.nq21.workflow.engine.CaseVariables;
import vn.nq21.workflow.engine.form.FormFile;
import vn.nq21.workflow.registry.MemberRegistry;
import vn.nq21.workflow.support.ApplicationTest;
import vn.nq21.workflow.support.BpmnElements;

/**
 * A client writes only what a step's form declares, on every path a client can write by. Generated from
 * the deployed models: for every user task of every procedure, a case is opened at that task; then the
 * task's own worker (a clerk of its candidate group) tries to write an unknown variable, each variable of
 * the case's identity, and each variable the process or its code owns, through the task's form (Java API,
 * one variable at a time) and through every REST door (submit-form, complete, resolve, task variables and
 * local variables, process-instance and execution variables, message correlation, signal). Each attempt
 * must be refused with a Vietnamese message and a 4xx status that leaks nothing, and afterwards the task is
 * still open and nothing has changed: the case's variables, the task's local variables and candidates, the
 * registry. Every start event with a form is tried the same way (start form, start without form). A task or
 * procedure added later is covered without anyone remembering to.
 */
@ApplicationTest
class ClientWritesTest {

  static final String PASSWORD = "Demo@2026";
  /** A chi bộ under a đảng ủy bộ phận under an authorised đảng ủy cơ sở: every kind of step has a worker. */
  static final String ORG = "cb-thoi-su";
  /** A string literal a caller passes: ${'ket-nap-quyet-dinh'}. */
  static final Pattern LITERAL = Pattern.compile("\\$\\{'([^']*)'}");

  @Autowired ProcessEngine engine;
  @Autowired TestRestTemplate rest;
  @Autowired JdbcClient jdbc;
  @Autowired MemberRegistry registry;

  @AfterEach
  void clearAuthentication() {
    engine.getIdentityService().clearAuthentication();
  }

  @TestFactory
  Stream<DynamicTest> everyUserTaskAcceptsOnlyItsFormFields() {
    List<DynamicTest> tests = new ArrayList<>();
    for (ProcessDefinition definition : procedures()) {
      BpmnModelInstance model = engine.getRepositoryService().getBpmnModelInstance(definition.getId());
      // a called process (the review chain) runs with what each caller passes it (its forms): once per caller
      Map<String, Map<String, Object>> callers = callersOf(definition.getKey());
      for (UserTask task : model.getModelElementsByType(UserTask.class)) {
        if (!BpmnElements.inProcess(task, definition.getKey())) {
          continue; // a file may hold several processes (the two sides of a transfer)
        }
        callers.forEach((caller, passed) -> tests.add(DynamicTest.dynamicTest(definition.getKey()
            + (caller.isEmpty() ? "" : " (" + caller + ")") + " / " + task.getId(),
            () -> tryEveryDoorAt(definition, task.getId(), passed))));
      }
    }
    assertThat(tests).hasSizeGreaterThanOrEqualTo(35);
    return tests.stream();
  }

  @TestFactory
  Stream<DynamicTest> everyStartFormAcceptsOnlyItsFields() {
    List<DynamicTest> tests = new ArrayList<>();
    for (ProcessDefinition definition : procedures()) {
      BpmnModelInstance model = engine.getRepositoryService().getBpmnModelInstance(definition.getId());
      for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
        if (start.getCamundaFormRef() != null && BpmnElements.inProcess(start, definition.getKey())) {
          tests.add(DynamicTest.dynamicTest(definition.getKey() + " / " + start.getId(),
              () -> tryEveryDoorAtStart(definition)));
        }
      }
    }
    assertThat(tests).hasSizeGreaterThanOrEqualTo(2);
    return tests.stream();
  }

  // ------------------------------------------------------------------------------------------------ tasks

  /**
   * The processes that call {@code processKey} with the literal values each passes ({@code camunda:in
   * sourceExpression="${'…'}"}); a process nobody calls has one entry, "" with nothing passed.
   */
  private Map<String, Map<String, Object>> callersOf(String processKey) {
    Map<String, Map<String, Object>> callers = new TreeMap<>();
    for (ProcessDefinition caller : procedures()) {
      BpmnModelInstance model = engine.getRepositoryService().getBpmnModelInstance(caller.getId());
      for (CallActivity call : model.getModelElementsByType(CallActivity.class)) {
        if (!processKey.equals(call.getCalledElement())) {
          continue;
        }
        Map<String, Object> passed = new HashMap<>();
        for (CamundaIn in : call.getExtensionElements().getElementsQuery().filterByType(CamundaIn.class).list()) {
          Matcher literal = LITERAL.matcher(String.valueOf(in.getCamundaSourceExpression()));
          if (literal.matches()) {
            passed.put(in.getCamundaTarget(), literal.group(1));
          }
        }
        callers.put(caller.getKey(), passed);
      }
    }
    if (callers.isEmpty()) {
      callers.put("", Map.of());
    }
    return callers;
  }

  private void tryEveryDoorAt(ProcessDefinition definition, String activityId, Map<String, Object> passed)
      throws IOException {
    // An admin opens the case right at the step (process instance modification is an admin's repair tool);
    // a case opened at an activity gets its variables after the process's start listeners, which take the
    // organisation from the starter's account: the admin also belongs to the chi ủy of ORG
    engine.getIdentityService().setAuthentication("admin", List.of("camunda-admin", ORG + ".chi-uy"));
    ProcessInstance instance;
    try {
      instance = engine.getRuntimeService().createProcessInstanceById(definition.getId())
          .startBeforeActivity(activityId).setVariables(caseVariables()).setVariables(passed).execute();
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
    try {
      Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
          .taskDefinitionKey(activityId).singleResult();
      assertThat(task).as("task %s opened", activityId).isNotNull();
      String worker = worker(task);
      Set<String> declared = declaredVariables(engine.getFormService().getDeployedTaskForm(task.getId()));
      Set<String> owned = new TreeSet<>(engine.getRuntimeService().getVariables(instance.getId()).keySet());
      owned.removeAll(declared);
      owned.removeAll(CaseVariables.IDENTITY);
      Snapshot before = snapshot(instance.getId(), task.getId());

      // the form, one name at a time: unknown, identity, owned by the process
      Map<String, Object> attempts = new LinkedHashMap<>();
      attempts.put("bienKhongCoTrongBieuMau", "x");
      attempts.putAll(identityValues());
      owned.forEach(name -> attempts.put(name, "gia-tri-khac"));
      engine.getIdentityService().setAuthentication(worker, List.of(worker));
      for (Map.Entry<String, Object> attempt : attempts.entrySet()) {
        assertThatThrownBy(() -> engine.getFormService().submitTaskForm(task.getId(),
            Map.of(attempt.getKey(), attempt.getValue())))
            .as("%s at %s", attempt.getKey(), activityId)
            .isInstanceOf(ProcessEngineException.class)
            .hasMessageContaining(attempt.getKey());
      }
      engine.getIdentityService().clearAuthentication();

      // every REST door, with one name of each kind
      List<String> samples = new ArrayList<>(List.of("bienKhongCoTrongBieuMau", CaseVariables.CASE_ORG));
      owned.stream().findFirst().ifPresent(samples::add);
      for (String name : samples) {
        Object value = attempts.get(name);
        String variables = "{\"" + name + "\": {\"value\": " + json(value) + "}}";
        String t = "/engine-rest/task/" + task.getId();
        String p = "/engine-rest/process-instance/" + instance.getId();
        expectRefused(worker, HttpMethod.POST, t + "/submit-form", "{\"variables\": " + variables + "}", name, true);
        expectRefused(worker, HttpMethod.POST, t + "/complete", "{\"variables\": " + variables + "}", name, false);
        expectRefused(worker, HttpMethod.POST, t + "/resolve", "{\"variables\": " + variables + "}", name, false);
        expectRefused(worker, HttpMethod.PUT, t + "/variables/" + name, "{\"value\": " + json(value) + "}", name, false);
        expectRefused(worker, HttpMethod.POST, t + "/variables", "{\"modifications\": " + variables + "}", name, false);
        expectRefused(worker, HttpMethod.PUT, t + "/localVariables/" + name, "{\"value\": " + json(value) + "}", name,
            false);
        expectRefused(worker, HttpMethod.POST, t + "/localVariables", "{\"modifications\": " + variables + "}", name,
            false);
        expectRefused(worker, HttpMethod.PUT, p + "/variables/" + name, "{\"value\": " + json(value) + "}", name, false);
        expectRefused(worker, HttpMethod.POST, p + "/variables", "{\"modifications\": " + variables + "}", name, false);
        expectRefused(worker, HttpMethod.DELETE, p + "/variables/" + name, null, name, false);
        expectRefused(worker, HttpMethod.PUT, "/engine-rest/execution/" + instance.getId() + "/localVariables/" + name,
            "{\"value\": " + json(value) + "}", name, false);
        expectRefused(worker, HttpMethod.POST, "/engine-rest/message", "{\"messageName\": \"chuyen-sinh-hoat-du-bi\","
            + " \"processInstanceId\": \"" + instance.getId() + "\", \"processVariables\": " + variables + "}", name,
            false);
        expectRefused(worker, HttpMethod.POST, "/engine-rest/signal", "{\"name\": \"bat-ky\", \"variables\": "
            + variables + "}", name, false);
      }

      assertThat(snapshot(instance.getId(), task.getId())).as("nothing changed at %s", activityId).isEqualTo(before);
    } finally {
      engine.getRuntimeService().deleteProcessInstance(instance.getId(), "kiểm thử", true, true);
    }
  }

  // ------------------------------------------------------------------------------------------ start forms

  private void tryEveryDoorAtStart(ProcessDefinition definition) throws IOException {
    Set<String> declared = declaredVariables(engine.getFormService().getDeployedStartForm(definition.getId()));
    String clerk = ORG + ".chi-uy";
    long cases = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(definition.getKey()).count();
    String registryBefore = registryState();
    Map<String, Object> attempts = new LinkedHashMap<>();
    attempts.put("bienKhongCoTrongBieuMau", "x");
    attempts.putAll(identityValues());
    attempts.put("caseOutcome", "DA_KET_NAP");
    for (Map.Entry<String, Object> attempt : attempts.entrySet()) {
      assertThat(declared).doesNotContain(attempt.getKey());
      String variables = "{\"" + attempt.getKey() + "\": {\"value\": " + json(attempt.getValue()) + "}}";
      expectRefused(clerk, HttpMethod.POST, "/engine-rest/process-definition/" + definition.getId() + "/submit-form",
          "{\"variables\": " + variables + "}", attempt.getKey(), true);
      expectRefused(clerk, HttpMethod.POST, "/engine-rest/process-definition/" + definition.getId() + "/start",
          "{\"variables\": " + variables + "}", attempt.getKey(), false);
      expectRefused(clerk, HttpMethod.POST, "/engine-rest/process-definition/key/" + definition.getKey() + "/start",
          "{\"variables\": " + variables + "}", attempt.getKey(), false);
    }
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(definition.getKey()).count())
        .isEqualTo(cases);
    assertThat(registryState()).isEqualTo(registryBefore);
  }

  // ------------------------------------------------------------------------------------------------ helpers

  /**
   * Sends a request as {@code user} and checks the refusal: 400 (bad input) or 403 (not allowed), a
   * Vietnamese message, no stack trace, SQL or class name; on the form door, the message names the variable.
   */
  private void expectRefused(String user, HttpMethod method, String path, String body, String variable,
      boolean namesTheVariable) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    ResponseEntity<String> response = rest.withBasicAuth(user, PASSWORD)
        .exchange(path, method, new HttpEntity<>(body, headers), String.class);
    String what = method + " " + path + " with " + variable;
    assertThat(response.getStatusCode().value()).as(what).isIn(400, 403);
    RestBodies.assertNoLeak(response.getBody(), what);
    if (namesTheVariable) {
      assertThat(response.getBody()).as(what).contains(variable);
    }
  }

  private List<ProcessDefinition> procedures() {
    return engine.getRepositoryService().createProcessDefinitionQuery().latestVersion().list().stream()
        .filter(d -> d.getResourceName() != null && d.getResourceName().startsWith("bpmn/")).toList();
  }

  /** What the expressions of every step need, so that any step can be opened on its own. */
  private Map<String, Object> caseVariables() {
    Date later = Date.from(Instant.now().plus(400, ChronoUnit.DAYS));
    Map<String, Object> v = new HashMap<>();
    v.put(CaseVariables.CASE_ORG, ORG);
    v.put("authorityOrg", "dbcs-bao-tinh");
    v.put("authorityGroup", "dbcs-bao-tinh.van-phong");
    v.put("plannedVoteDate", "2026-06-01");
    for (String due : List.of("decisionDeadline", "probationEndDue", "voteDeadline", "reviewStart", "paperworkDeadline",
        "ceremonyDeadline", "exemptionEndDue", "startDeadline", "tempReportDue", "tempEndDue", "reportDue",
        "noShowDue", "complaintDeadline", "paperworkEscalation")) {
      v.put(due, later);
    }
    v.put("reviewCycle", "R/P12M");
    // the transfer's groups, which its first step computes
    v.put("tccsdOffice", "dbcs-bao-tinh.van-phong");
    v.put("introducerGroup", "dbk-cq-dang.ban-to-chuc");
    v.put("receiverSuperiorGroup", "dbk-cq-dang.ban-to-chuc");
    v.put("internalGroup", "dbcs-bao-tinh.van-phong");
    v.put("tempGroup", ORG + ".chi-uy");
    v.put("toChiBoId", ORG);
    return v;
  }

  /** Values that would hand the case to another organisation or another person. */
  private Map<String, Object> identityValues() {
    long otherPerson = registry.membersOf("cb-thon-tay").get(0).id();
    Map<String, Object> v = new TreeMap<>();
    v.put(CaseVariables.CASE_ORG, "cb-thon-tay");
    v.put(CaseVariables.CASE_ORG_NAME, "Chi bộ thôn Tây");
    v.put(CaseVariables.CANDIDATE, otherPerson);
    v.put(CaseVariables.MEMBER, otherPerson);
    return v;
  }

  private String worker(Task task) {
    String group = engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
        .map(IdentityLink::getGroupId).filter(g -> g != null).findFirst().orElseThrow();
    assertThat(engine.getIdentityService().createUserQuery().userId(group).count()).as("demo user %s", group)
        .isEqualTo(1);
    return group;
  }

  private static Set<String> declaredVariables(InputStream form) throws IOException {
    try (form) {
      Set<String> names = new TreeSet<>();
      FormFile.read("form", form.readAllBytes()).fields().forEach(f -> names.add(f.variable()));
      return names;
    }
  }

  private static String json(Object value) {
    return value instanceof Number ? value.toString() : "\"" + value + "\"";
  }

  private Snapshot snapshot(String processInstanceId, String taskId) {
    Map<String, String> variables = new TreeMap<>();
    // by name: a map's values would be read deserialized (the options of a select are a JSON object)
    engine.getRuntimeService().getVariablesTyped(processInstanceId, false).keySet().forEach(name -> {
      TypedValue typed = engine.getRuntimeService().getVariableTyped(processInstanceId, name, false);
      variables.put(name, typed instanceof SerializableValue s ? s.getValueSerialized() : String.valueOf(typed.getValue()));
    });
    Task task = engine.getTaskService().createTaskQuery().taskId(taskId).singleResult();
    List<String> links = engine.getTaskService().getIdentityLinksForTask(taskId).stream()
        .map(l -> l.getType() + ":" + l.getGroupId() + ":" + l.getUserId()).sorted().toList();
    return new Snapshot(task != null, task == null ? null : task.getAssignee(), variables,
        new TreeMap<>(engine.getTaskService().getVariablesLocal(taskId)).toString(), links, registryState());
  }

  private String registryState() {
    return jdbc.sql("select count(*) from nq21_member_status_history").query(Long.class).single() + "/"
        + jdbc.sql("select coalesce(sum(version), 0) from nq21_member").query(Long.class).single() + "/"
        + jdbc.sql("select count(*) from nq21_case_subject").query(Long.class).single();
  }

  private record Snapshot(boolean open, String assignee, Map<String, String> variables, String localVariables,
      List<String> candidates, String registry) {}
}
