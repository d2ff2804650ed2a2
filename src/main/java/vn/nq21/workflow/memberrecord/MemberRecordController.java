package vn.nq21.workflow.memberrecord;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.nq21.workflow.casework.DossierInventory;
import vn.nq21.workflow.caseview.CaseAccess;
import vn.nq21.workflow.caseview.CaseStory;
import vn.nq21.workflow.engine.WithoutAuthorization;
import vn.nq21.workflow.organization.Organization;
import vn.nq21.workflow.organization.OrganizationService;
import vn.nq21.workflow.registry.Member;
import vn.nq21.workflow.registry.MemberRegistry;
import vn.nq21.workflow.registry.Membership;
import vn.nq21.workflow.registry.OverlayPeriod;
import vn.nq21.workflow.registry.StatusChange;
import vn.nq21.workflow.registry.VisibleMembers;

/**
 * {@code GET /api/members?q=} finds the members and candidates of the user's organisations by name, số lý lịch, số
 * thẻ or CCCD; {@code GET /api/members/{id}/record} is everything the member page shows but the ledgers (those are
 * {@code /api/members/{id}/ledgers}): status and overlays with their dates, the organisation history, key dates and
 * numbers, the history of changes with their reasons, and the cases that touched the record with their hồ sơ
 * inventory and the open steps the user may work on (a clerk finds the tasks of a person by name). Same login and
 * organisation scope as the rest of {@code /api}: another organisation's member is not found; a case is listed only
 * if the engine lets the user read it.
 */
@RestController
@RequestMapping("/api")
class MemberRecordController {

  private static final int MAX_FOUND = 50;

  private final MemberRegistry registry;
  private final VisibleMembers visible;
  private final OrganizationService organizations;
  private final HistoryService history;
  private final RuntimeService runtime;
  private final TaskService tasks;
  private final WithoutAuthorization withoutAuthorization;
  private final CaseAccess access;

  MemberRecordController(MemberRegistry registry, VisibleMembers visible, OrganizationService organizations,
      HistoryService history, RuntimeService runtime, TaskService tasks, WithoutAuthorization withoutAuthorization,
      CaseAccess access) {
    this.access = access;
    this.registry = registry;
    this.visible = visible;
    this.organizations = organizations;
    this.history = history;
    this.runtime = runtime;
    this.tasks = tasks;
    this.withoutAuthorization = withoutAuthorization;
  }

  record Found(long id, String recordNumber, String fullName, String cardNumber, LocalDate birthDate,
      String statusLabel, String organizationName) {}

  @GetMapping("/members")
  List<Found> search(@RequestParam("q") String text) {
    return visible.search(text, MAX_FOUND).stream().map(m -> new Found(m.id(), m.recordNumber(), m.fullName(),
        m.cardNumber(), m.birthDate(), m.status().label(), orgName(m.organizationCode()))).toList();
  }

  record OverlayView(String overlay, String label, LocalDate from, LocalDate until, String where, String reason,
      String justification, String endReason, String caseId) {}

  record MembershipView(String organizationCode, String organizationName, LocalDate from, LocalDate until,
      String reason, String caseId) {}

  record ChangeView(String from, String to, LocalDate effectiveDate, String reasonCode, String reasonLabel,
      String reason, String caseId, String userId) {}

  record CaseView(String id, String procedure, String businessKey, Date started, Date ended, String state,
      String inventory, List<TaskView> openTasks) {}

  /** A step of the case the user may work on now, opened in Tasklist from the page. */
  record TaskView(String id, String name, Date due, boolean overdue) {}

  record MemberRecord(Member member, String statusLabel, String organizationName, List<OverlayView> overlays,
      List<MembershipView> organizations, List<ChangeView> history, List<CaseView> cases) {}

  @GetMapping("/members/{id}/record")
  MemberRecord record(@PathVariable long id) {
    Member member = visible.require(id);
    List<OverlayView> overlays = registry.overlays(id).stream().map(this::overlay).toList();
    List<MembershipView> memberships = registry.memberships(id).stream().map(this::membership).toList();
    List<ChangeView> changes = registry.history(id).stream().map(MemberRecordController::change).toList();
    return new MemberRecord(member, member.status().label(), orgName(member.organizationCode()), overlays,
        memberships, changes, cases(id));
  }

  private OverlayView overlay(OverlayPeriod p) {
    String where = p.organizationCode() != null ? orgName(p.organizationCode()) : p.place();
    return new OverlayView(p.overlay().name(), p.overlay().label(), p.validFrom(), p.validUntil(), where, p.reason(),
        p.justification(), p.endReason(), p.caseId());
  }

  private MembershipView membership(Membership m) {
    return new MembershipView(m.organizationCode(), m.outside() ? m.externalPlace() + " (ngoài hệ thống)"
        : orgName(m.organizationCode()), m.validFrom(), m.validUntil(),
        m.reason(), m.caseId());
  }

  private static ChangeView change(StatusChange c) {
    return new ChangeView(c.fromStatus() == null ? null : c.fromStatus().label(), c.toStatus().label(),
        c.effectiveDate(), c.reasonCode() == null ? null : c.reasonCode().name(),
        c.reasonCode() == null ? null : c.reasonCode().label(), c.reason(), c.caseId(), c.userId());
  }

  /**
   * The cases the user may read ({@link CaseAccess}), latest first. Only for those are the case's dates and inventory
   * then read, without the engine's checks.
   */
  private List<CaseView> cases(long memberId) {
    Set<String> ids = new HashSet<>(registry.casesOf(memberId));
    if (ids.isEmpty()) {
      return List.of();
    }
    Set<String> readable = access.readable(ids);
    if (readable.isEmpty()) {
      return List.of();
    }
    Map<String, List<TaskView>> openTasks = openTasks(readable);
    return withoutAuthorization.call(() -> {
      List<HistoricProcessInstance> instances = history.createHistoricProcessInstanceQuery()
          .processInstanceIds(readable).orderByProcessInstanceStartTime().desc().list();
      Map<String, String> inventories = new HashMap<>();
      for (HistoricVariableInstance v : history.createHistoricVariableInstanceQuery()
          .processInstanceIdIn(readable.toArray(String[]::new)).variableName(DossierInventory.VARIABLE).list()) {
        if (v.getValue() instanceof String text) {
          inventories.put(v.getProcessInstanceId(), text);
        }
      }
      return instances.stream().map(i -> new CaseView(i.getId(), procedureName(i), i.getBusinessKey(),
          i.getStartTime(), i.getEndTime(), CaseStory.state(i), inventories.get(i.getId()),
          openTasks.getOrDefault(i.getId(), List.of()))).toList();
    });
  }

  /**
   * The open steps of the cases, in the case itself or in a procedure it called (the review chain), that the user's
   * groups may work on: the tasks the engine lets the user see, as in Tasklist.
   */
  private Map<String, List<TaskView>> openTasks(Set<String> cases) {
    Map<String, String> caseOf = new HashMap<>();
    withoutAuthorization.run(() -> {
      for (String caseId : cases) {
        caseOf.put(caseId, caseId);
        runtime.createProcessInstanceQuery().rootProcessInstanceId(caseId).list()
            .forEach(sub -> caseOf.put(sub.getId(), caseId));
      }
    });
    Map<String, List<TaskView>> open = new HashMap<>();
    if (caseOf.isEmpty()) {
      return open;
    }
    Date now = ClockUtil.getCurrentTime();
    List<Task> found = new ArrayList<>(tasks.createTaskQuery()
        .processInstanceIdIn(caseOf.keySet().toArray(String[]::new)).list());
    // soonest due first; a step open throughout the case (recording that it stops) last
    found.sort(java.util.Comparator.comparing(Task::getDueDate, java.util.Comparator.nullsLast(
        java.util.Comparator.naturalOrder())));
    for (Task task : found) {
      open.computeIfAbsent(caseOf.get(task.getProcessInstanceId()), c -> new ArrayList<>()).add(new TaskView(
          task.getId(), task.getName(), task.getDueDate(), task.getDueDate() != null && task.getDueDate().before(now)));
    }
    return open;
  }

  private static String procedureName(HistoricProcessInstance i) {
    return i.getProcessDefinitionName() != null ? i.getProcessDefinitionName() : i.getProcessDefinitionKey();
  }

  private String orgName(String code) {
    return organizations.find(code).map(Organization::name).orElse(code);
  }
}
