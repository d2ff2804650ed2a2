package vn.nq21.workflow.tasklist;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.nq21.workflow.casework.StepNumbers;
import vn.nq21.workflow.casework.StopStep;
import vn.nq21.workflow.engine.StartupOrder;
import vn.nq21.workflow.organization.OrgRole;
import vn.nq21.workflow.organization.Organization;
import vn.nq21.workflow.organization.OrganizationService;

/**
 * The Tasklist filters a clerk finds on first login: their role's work, what falls due within five days,
 * what is overdue. Each lists the tasks of the user's own groups ({@code currentUserGroups()}), so one
 * filter serves every organisation; a role's filter is readable only by that role's groups. Kept in step
 * at every start (by name); the case's key facts show beside each task. The order is Tasklist's sorting, which its
 * header shows and the clerk may change: soonest due first unless the clerk picks another ({@code
 * scripts/due-first-vi.js}); a filter of its own would put its order before the clerk's. The "stop the case" task
 * every case carries from its start (a withdrawal, a death: {@code camunda:priority="10"} in the models) is not work
 * waiting to be done: it stays out of these lists, one per case, and is reached when needed through its own filter,
 * "Ghi nhận dừng hồ sơ".
 */
@Component
@Order(StartupOrder.FILTERS)
class TasklistFilters implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(TasklistFilters.class);
  static final String MY_GROUPS = "${currentUserGroups()}";
  static final int DUE_SOON_DAYS = 5;

  /** A filter: its name, what it lists, which roles see it, and its place in the list. */
  record Definition(String name, String description, List<OrgRole> roles, int priority, String color,
      java.util.function.UnaryOperator<TaskQuery> query) {}

  static final List<Definition> DEFINITIONS = List.of(
      new Definition("Việc của chi ủy", "Việc của chi bộ mình, hạn gần nhất trước", List.of(OrgRole.CHI_UY), -30,
          "#1f5f99", TasklistFilters::work),
      new Definition("Việc của văn phòng cấp ủy", "Việc của đảng ủy mình, hạn gần nhất trước",
          List.of(OrgRole.VAN_PHONG), -30, "#1f5f99", TasklistFilters::work),
      new Definition("Việc của ban tổ chức", "Hồ sơ chờ thẩm định, quyết định", List.of(OrgRole.BAN_TO_CHUC), -30,
          "#1f5f99", TasklistFilters::work),
      new Definition("Việc kiểm tra, giám sát", "Các việc quá hạn được chuyển lên để xử lý", List.of(OrgRole.GIAM_SAT),
          -30, "#7a3e9d", TasklistFilters::work),
      new Definition("Sắp đến hạn", "Việc đến hạn trong " + DUE_SOON_DAYS + " ngày tới", List.of(OrgRole.values()), -20,
          "#d98b00", q -> work(q).dueAfterExpression("${now()}")
              .dueBeforeExpression("${dateTime().plusDays(" + DUE_SOON_DAYS + ").toDate()}")),
      new Definition("Quá hạn", "Việc đã qua hạn xử lý", List.of(OrgRole.values()), -10, "#b32020",
          q -> work(q).dueBeforeExpression("${now()}")),
      new Definition("Ghi nhận dừng hồ sơ", "Mỗi hồ sơ một việc, chỉ dùng khi hồ sơ phải dừng (rút đơn, từ trần…)",
          List.of(OrgRole.CHI_UY, OrgRole.VAN_PHONG), 10, "#777777",
          q -> q.taskMaxPriority(StopStep.PRIORITY)));

  /** Work waiting to be done: every task but the "stop the case" task. */
  private static TaskQuery work(TaskQuery query) {
    return query.taskMinPriority(StopStep.PRIORITY + 1);
  }

  /** The case's key facts Tasklist shows beside each task (when the case has them). */
  static final List<Map<String, String>> SHOWN_VARIABLES = List.of(
      Map.of("name", "candidateName", "label", "Người vào Đảng"),
      Map.of("name", "memberName", "label", "Đảng viên"),
      Map.of("name", "caseOrgName", "label", "Tổ chức"),
      Map.of("name", StepNumbers.VARIABLE, "label", "Bước"));

  private final FilterService filterService;
  private final TaskService taskService;
  private final AuthorizationService authorizationService;
  private final OrganizationService organizations;
  private final boolean autoRefresh;

  /**
   * @param autoRefresh whether an open Tasklist reloads the filter's first page every 10 s (Tasklist's own
   *     interval): each reload is one request to the node (README, Performance); off, the list is reloaded when
   *     the clerk opens a filter or completes a task
   */
  TasklistFilters(FilterService filterService, TaskService taskService, AuthorizationService authorizationService,
      OrganizationService organizations, @Value("${nq21.tasklist.auto-refresh:true}") boolean autoRefresh) {
    this.filterService = filterService;
    this.taskService = taskService;
    this.authorizationService = authorizationService;
    this.organizations = organizations;
    this.autoRefresh = autoRefresh;
  }

  @Override
  public void run(ApplicationArguments args) {
    for (Definition definition : DEFINITIONS) {
      Filter filter = filterService.createFilterQuery().filterName(definition.name()).singleResult();
      if (filter == null) {
        filter = filterService.newTaskFilter(definition.name());
      }
      filter.setQuery(definition.query().apply(taskService.createTaskQuery()
          .taskCandidateGroupInExpression(MY_GROUPS).includeAssignedTasks()));
      filter.setProperties(properties(definition, autoRefresh));
      filterService.saveFilter(filter);
      grantRead(filter.getId(), definition.roles());
    }
    log.info("Bộ lọc Tasklist: {} bộ lọc theo vai trò, tự làm mới mỗi 10 giây: {}.", DEFINITIONS.size(),
        autoRefresh ? "có" : "không");
  }

  static Map<String, Object> properties(Definition definition, boolean autoRefresh) {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("description", definition.description());
    properties.put("priority", definition.priority());
    properties.put("color", definition.color());
    properties.put("refresh", autoRefresh);
    properties.put("variables", new ArrayList<>(SHOWN_VARIABLES));
    return properties;
  }

  private void grantRead(String filterId, List<OrgRole> roles) {
    List<String> granted = authorizationService.createAuthorizationQuery().resourceType(Resources.FILTER)
        .resourceId(filterId).list().stream().map(Authorization::getGroupId).toList();
    for (Organization org : organizations.all()) {
      for (OrgRole role : OrgRole.rolesOf(org)) {
        String group = org.groupId(role);
        if (roles.contains(role) && !granted.contains(group)) {
          Authorization read = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
          read.setGroupId(group);
          read.setResource(Resources.FILTER);
          read.setResourceId(filterId);
          read.addPermission(Permissions.READ);
          authorizationService.saveAuthorization(read);
        }
      }
    }
  }
}
