package vn.nq21.workflow.benchmark;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricJobLog;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.AbstractFlowNodeBuilder;

/**
 * The bare-engine reference: a process of the same shape as the application's case on the happy path (as many
 * user tasks, service tasks, gateways and timers as one application case — admission and probation — actually
 * ran, and a timer the case waits on for a year where probation waits for its review), with no forms, no
 * listeners, no-op service tasks ({@code ${true}}) and no registry, in one process instance where the
 * application has two, on a plain standalone engine of its own
 * (same database type, a database of its own, history "full" like the application, no plugins: the
 * application's parse listeners would otherwise attach themselves to this process too).
 */
final class BareReference {

  static final String PROCESS_KEY = "bare-reference";

  /**
   * What one application case ran; the bare process has the same counts. {@code waitAfter}: the user tasks
   * before the case waits on a timer (one of {@code timers}; 0: no wait).
   */
  record Shape(int userTasks, int serviceTasks, int gateways, int timers, int waitAfter,
      Map<String, Long> activities) {

    /** Counted from the history of one finished application case (all its process instances). */
    static Shape of(ProcessEngine engine, List<String> processInstanceIds, int userTasks, int waitAfter) {
      Map<String, Long> byType = new TreeMap<>();
      int timers = 0;
      // the case's instances and the processes they called (the review chain): the case's whole shape
      java.util.Set<String> instances = new java.util.LinkedHashSet<>(processInstanceIds);
      for (String root : processInstanceIds) {
        engine.getHistoryService().createHistoricProcessInstanceQuery().rootProcessInstanceId(root).list()
            .forEach(called -> instances.add(called.getId()));
      }
      for (String processInstanceId : instances) {
        for (HistoricActivityInstance activity : engine.getHistoryService().createHistoricActivityInstanceQuery()
            .processInstanceId(processInstanceId).list()) {
          byType.merge(activity.getActivityType(), 1L, Long::sum);
        }
        List<HistoricJobLog> created = engine.getHistoryService().createHistoricJobLogQuery()
            .processInstanceId(processInstanceId).creationLog().list();
        timers += (int) created.stream().filter(log -> log.getJobDefinitionType() != null
            && log.getJobDefinitionType().contains("timer")).count();
      }
      int services = (int) (byType.getOrDefault("serviceTask", 0L) + byType.getOrDefault("businessRuleTask", 0L)
          + byType.getOrDefault("scriptTask", 0L) + byType.getOrDefault("sendTask", 0L));
      int gateways = (int) byType.entrySet().stream().filter(e -> e.getKey().endsWith("Gateway"))
          .mapToLong(Map.Entry::getValue).sum();
      return new Shape(userTasks, services, gateways, timers, waitAfter, byType);
    }

    String describe() {
      return userTasks + " user tasks, " + serviceTasks + " service/business-rule tasks, " + gateways
          + " gateways, " + timers + " timers" + (waitAfter > 0 ? " (one waited on after user task " + waitAfter
          + ")" : "");
    }
  }

  private BareReference() {}

  /**
   * A straight line of user tasks; after user task {@code waitAfter} an intermediate timer waits a year (due
   * when the driver's clock moves to the review phase); each of the first other timers is a non-interrupting
   * 30-day timer on a user task; the service tasks and gateways are spread evenly between the user tasks.
   */
  static BpmnModelInstance model(Shape shape) {
    return model(shape, null);
  }

  /** The same process; with {@code candidateGroup}, every user task names it as its candidate group. */
  static BpmnModelInstance model(Shape shape, String candidateGroup) {
    AbstractFlowNodeBuilder<?, ?> flow = Bpmn.createExecutableProcess(PROCESS_KEY).name("Bare reference")
        .camundaHistoryTimeToLive(180).startEvent("Start");
    int service = 0;
    int gateway = 0;
    int boundaryTimers = shape.timers() - (shape.waitAfter() > 0 ? 1 : 0);
    for (int i = 0; i < shape.userTasks(); i++) {
      String task = "Task_" + (i + 1);
      var userTask = flow.userTask(task);
      if (candidateGroup != null) {
        userTask.camundaCandidateGroups(candidateGroup);
      }
      flow = userTask;
      if (i < boundaryTimers) {
        flow = userTask.boundaryEvent("Timer_" + (i + 1)).cancelActivity(false).timerWithDuration("P30D")
            .endEvent("TimerEnd_" + (i + 1)).<org.camunda.bpm.model.bpmn.builder.UserTaskBuilder>moveToActivity(task);
      }
      if (i + 1 == shape.waitAfter()) {
        flow = flow.intermediateCatchEvent("Wait").timerWithDuration("P365D");
      }
      int servicesUpTo = (int) Math.round((double) shape.serviceTasks() * (i + 1) / shape.userTasks());
      for (; service < servicesUpTo; service++) {
        flow = flow.serviceTask("Service_" + (service + 1)).camundaExpression("${true}");
      }
      int gatewaysUpTo = (int) Math.round((double) shape.gateways() * (i + 1) / shape.userTasks());
      for (; gateway < gatewaysUpTo; gateway++) {
        flow = flow.exclusiveGateway("Gateway_" + (gateway + 1));
      }
    }
    return flow.endEvent("End").done();
  }

  /**
   * A plain engine on its own database: Camunda creates the schema, no job executor, no plugins. With {@code
   * authorization}, authorization checks on with the application's engine settings for them (candidate groups
   * get TASK_WORK on their tasks, historic instance permissions, group ids with dots), so a run separates the
   * engine's authorization feature from the application's own cost.
   */
  static ProcessEngine startEngine(String name, String jdbcUrl, String user, String password,
      boolean authorization) {
    HikariConfig pool = new HikariConfig();
    pool.setJdbcUrl(jdbcUrl);
    pool.setUsername(user);
    pool.setPassword(password);
    pool.setMaximumPoolSize(10);
    StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
    configuration.setProcessEngineName(name);
    configuration.setDataSource(SqlCounter.wrap(new HikariDataSource(pool)));
    if (authorization) {
      configuration.setAuthorizationEnabled(true);
      configuration.setDefaultUserPermissionNameForTask("TASK_WORK");
      configuration.setEnableHistoricInstancePermissions(true);
      configuration.setGroupResourceWhitelistPattern("[a-z0-9][a-z0-9.-]*|camunda-admin");
      configuration.setUserResourceWhitelistPattern("[a-zA-Z0-9][a-zA-Z0-9._-]*");
    }
    configuration.setDatabaseSchemaUpdate("true");
    configuration.setHistory("full");
    configuration.setJobExecutorActivate(false);
    return configuration.buildProcessEngine();
  }

  static void deploy(ProcessEngine engine, Shape shape) {
    engine.getRepositoryService().createDeployment().name("bare-reference")
        .addModelInstance("bare-reference.bpmn", model(shape)).deploy();
  }

  /**
   * The process with every task offered to {@code group}, and just enough for {@code user} of that group to work
   * it with authorization on: the grants a chi ủy group holds in the application (read and start any process
   * definition, create process instances); the engine grants the group each task it is offered.
   */
  static void deployAuthorized(ProcessEngine engine, Shape shape, String user, String group) {
    var identity = engine.getIdentityService();
    identity.saveGroup(identity.newGroup(group));
    var account = identity.newUser(user);
    account.setPassword("bare-" + System.nanoTime());
    identity.saveUser(account);
    identity.createMembership(user, group);
    var authorizations = engine.getAuthorizationService();
    var definitions = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    definitions.setGroupId(group);
    definitions.setResource(Resources.PROCESS_DEFINITION);
    definitions.setResourceId(Authorization.ANY);
    definitions.addPermission(ProcessDefinitionPermissions.READ);
    definitions.addPermission(ProcessDefinitionPermissions.CREATE_INSTANCE);
    authorizations.saveAuthorization(definitions);
    var instances = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    instances.setGroupId(group);
    instances.setResource(Resources.PROCESS_INSTANCE);
    instances.setResourceId(Authorization.ANY);
    instances.addPermission(ProcessInstancePermissions.CREATE);
    authorizations.saveAuthorization(instances);
    engine.getRepositoryService().createDeployment().name("bare-reference")
        .addModelInstance("bare-reference.bpmn", model(shape, group)).deploy();
  }

  static void close(ProcessEngine engine) {
    var dataSource = ((StandaloneProcessEngineConfiguration) ((org.camunda.bpm.engine.impl.ProcessEngineImpl) engine)
        .getProcessEngineConfiguration()).getDataSource();
    engine.close();
    try {
      if (dataSource.isWrapperFor(HikariDataSource.class)) {
        dataSource.unwrap(HikariDataSource.class).close();
      }
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
