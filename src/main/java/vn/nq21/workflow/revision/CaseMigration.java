package vn.nq21.workflow.revision;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.batch.BatchStatistics;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.migration.MigratingActivityInstanceValidationReport;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationException;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationReport;
import org.camunda.bpm.engine.migration.MigratingTransitionInstanceValidationReport;
import org.camunda.bpm.engine.migration.MigrationInstruction;
import org.camunda.bpm.engine.migration.MigrationInstructionValidationReport;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanBuilder;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.nq21.workflow.registry.MemberRegistry;

/**
 * Moves running cases of a procedure from one version to another with the engine's migration API: a plan generated
 * from the two versions (steps with equal ids map; the admin adds a mapping for a step that was given a new id),
 * validated for every case before anything changes (each case is tried in a transaction that is then rolled back),
 * then carried out for the cases that can move in one batch that the engine's job executor works through. The
 * case keeps its id, so its history, its task due dates, its timers (their due dates are kept: event triggers are
 * not updated), its grants (per case and per task) and its registry links stay as they were.
 *
 * <p>Every move is recorded ({@code nq21_case_migration}) with the cases it was asked to move, so that the result per
 * case can be read after the engine has deleted the finished batch, and the same cases moved back ({@link #undo}).
 */
@Service
public class CaseMigration {

  private static final Logger log = LoggerFactory.getLogger(CaseMigration.class);

  /** One explicit mapping: the step {@code from} of the source version is the step {@code to} of the target. */
  public record StepMapping(String from, String to) {}

  /** What the admin asks: from which version to which, extra mappings, and which cases (none: all of the source). */
  public record Request(String sourceDefinitionId, String targetDefinitionId, List<StepMapping> mappings,
      List<String> caseIds) {}

  /** A version of a procedure, as the admin reads it. */
  public record Version(String id, String key, String name, int version, String versionTag, String deploymentId) {}

  /** One step of the plan. */
  public record MappedStep(String from, String fromName, String to, String toName) {}

  /** One step where cases stand that the target has no step for. */
  public record UnmappedStep(String activityId, String name, int cases) {}

  /** One case: where it stands, whether it can move, why not. */
  public record CaseCheck(String caseId, String businessKey, String person, String organization, List<String> steps,
      boolean canMove, List<String> reasons) {}

  /** The validation before anything changes. */
  public record Report(Version source, Version target, List<MappedStep> mapped, List<UnmappedStep> unmapped,
      List<String> planProblems, List<CaseCheck> cases) {

    public long movable() {
      return cases.stream().filter(CaseCheck::canMove).count();
    }
  }

  /** A move started: the engine's batch and which cases go, and the report of those that stay. */
  public record Started(String batchId, List<String> moving, Report report) {}

  /** Where a move stands, and each case's result. */
  public record Progress(String batchId, Version source, Version target, String startedBy, String startedAt,
      String undoOf, boolean finished, int total, int done, int failed, List<CaseResult> cases) {}

  /** One case of a move: MOVED (now on the target), WAITING (batch still running), FAILED (with why), NOT_MOVED. */
  public record CaseResult(String caseId, String businessKey, String person, String state, String definitionId,
      String message) {}

  private final RuntimeService runtime;
  private final RepositoryService repository;
  private final ManagementService management;
  private final TransactionTemplate dryRun;
  private final TransactionTemplate together;
  private final JdbcClient jdbc;
  private final MemberRegistry registry;

  public CaseMigration(RuntimeService runtime, RepositoryService repository, ManagementService management,
      PlatformTransactionManager transactions, JdbcClient jdbc, MemberRegistry registry) {
    this.runtime = runtime;
    this.repository = repository;
    this.management = management;
    this.dryRun = new TransactionTemplate(transactions);
    this.dryRun.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
    this.together = new TransactionTemplate(transactions);
    this.jdbc = jdbc;
    this.registry = registry;
  }

  /** Validates the move of every asked case; changes nothing. */
  public Report validate(Request request) {
    ProcessDefinition source = definition(request.sourceDefinitionId(), "phiên bản nguồn");
    ProcessDefinition target = request.targetDefinitionId() == null || request.targetDefinitionId().isBlank()
        ? repository.createProcessDefinitionQuery().processDefinitionKey(source.getKey()).withoutTenantId()
            .latestVersion().singleResult()
        : definition(request.targetDefinitionId(), "phiên bản đích");
    if (!source.getKey().equals(target.getKey())) {
      throw new MigrationRefusedException("Phiên bản đích là của quy trình " + target.getKey() + ", không phải của "
          + source.getKey() + ": chỉ chuyển hồ sơ giữa các phiên bản của cùng một quy trình.");
    }
    if (source.getId().equals(target.getId())) {
      throw new MigrationRefusedException("Phiên bản nguồn và đích là một (" + describe(source)
          + "): không có gì để chuyển.");
    }
    Map<String, String> sourceNames = names(source.getId());
    Map<String, String> targetNames = names(target.getId());
    for (StepMapping mapping : mappings(request)) {
      if (!sourceNames.containsKey(mapping.from())) {
        throw new MigrationRefusedException("Phiên bản nguồn " + describe(source) + " không có bước “" + mapping.from()
            + "”.");
      }
      if (!targetNames.containsKey(mapping.to())) {
        throw new MigrationRefusedException("Phiên bản đích " + describe(target) + " không có bước “" + mapping.to()
            + "”.");
      }
    }

    List<String> planProblems = new ArrayList<>();
    MigrationPlan plan = null;
    try {
      plan = plan(source.getId(), target.getId(), mappings(request));
    } catch (MigrationPlanValidationException invalid) {
      for (MigrationInstructionValidationReport instruction : invalid.getValidationReport().getInstructionReports()) {
        MigrationInstruction step = instruction.getMigrationInstruction();
        for (String failure : instruction.getFailures()) {
          planProblems.add("Bước “" + name(sourceNames, step.getSourceActivityId()) + "” → “"
              + name(targetNames, step.getTargetActivityId()) + "”: " + EngineMessages.vietnamese(failure));
        }
      }
      if (planProblems.isEmpty()) {
        planProblems.add(EngineMessages.vietnamese(invalid.getMessage()));
      }
    }
    List<MappedStep> mapped = new ArrayList<>();
    Set<String> mappedSources = new LinkedHashSet<>();
    if (plan != null) {
      for (MigrationInstruction instruction : plan.getInstructions()) {
        mappedSources.add(instruction.getSourceActivityId());
        mapped.add(new MappedStep(instruction.getSourceActivityId(), sourceNames.get(instruction.getSourceActivityId()),
            instruction.getTargetActivityId(), targetNames.get(instruction.getTargetActivityId())));
      }
    }

    List<CaseCheck> cases = new ArrayList<>();
    Map<String, Integer> unmappedCounts = new TreeMap<>();
    for (ProcessInstance instance : instances(source, request.caseIds())) {
      List<String> reasons = new ArrayList<>();
      Set<String> standing = new LinkedHashSet<>();
      ActivityInstance tree = runtime.getActivityInstance(instance.getId());
      collectActivities(tree, standing);
      for (String activity : standing) {
        if (plan != null && !mappedSources.contains(activity)) {
          unmappedCounts.merge(activity, 1, Integer::sum);
        }
      }
      if (!instance.getProcessDefinitionId().equals(source.getId())) {
        reasons.add("hồ sơ thuộc phiên bản khác (" + instance.getProcessDefinitionId() + "), không phải phiên bản nguồn");
      } else if (plan == null) {
        reasons.add("kế hoạch chuyển chưa hợp lệ (xem các lỗi của kế hoạch)");
      } else {
        reasons.addAll(tryMove(plan, instance.getId(), sourceNames));
      }
      List<String> steps = standing.stream().map(id -> name(sourceNames, id)).toList();
      cases.add(new CaseCheck(instance.getId(), instance.getBusinessKey(), person(instance.getId()),
          organization(instance.getId()), steps, reasons.isEmpty(), reasons));
    }
    List<UnmappedStep> unmapped = new ArrayList<>();
    unmappedCounts.forEach((id, count) -> unmapped.add(new UnmappedStep(id, sourceNames.get(id), count)));
    Report report = new Report(version(source), version(target), mapped, unmapped, planProblems, cases);
    log.info("Kiểm tra chuyển hồ sơ từ {} sang {}: {} hồ sơ chuyển được, {} không{}.", describe(source),
        describe(target), report.movable(), cases.size() - report.movable(),
        planProblems.isEmpty() ? "" : "; kế hoạch có lỗi: " + String.join("; ", planProblems));
    return report;
  }

  /**
   * Validates, then moves the cases that can move in one batch. Cases that cannot are left as they are; they are in
   * the returned report with their reasons.
   */
  public Started start(Request request, String userId) {
    return start(request, userId, null);
  }

  private Started start(Request request, String userId, String undoOf) {
    Report report = validate(request);
    if (!report.planProblems().isEmpty()) {
      throw new MigrationRefusedException("Kế hoạch chuyển không hợp lệ, chưa chuyển hồ sơ nào:\n- "
          + String.join("\n- ", report.planProblems()));
    }
    List<String> moving = report.cases().stream().filter(CaseCheck::canMove).map(CaseCheck::caseId).toList();
    if (moving.isEmpty()) {
      throw new MigrationRefusedException("Không có hồ sơ nào chuyển được từ " + describe(report.source()) + " sang "
          + describe(report.target()) + reasonsOf(report));
    }
    MigrationPlan plan = plan(report.source().id(), report.target().id(), mappings(request));
    // the batch and its record are one: a batch nobody could follow or undo is never left running
    Batch batch = together.execute(status -> {
      Batch created = runtime.newMigration(plan).processInstanceIds(moving).executeAsync();
      jdbc.sql("insert into nq21_case_migration (batch_id, source_definition_id, target_definition_id, instructions,"
              + " undo_of, user_id, started_at) values (?, ?, ?, ?, ?, ?, ?)")
          .params(created.getId(), report.source().id(), report.target().id(), encode(mappings(request)), undoOf,
              userId, new Timestamp(ClockUtil.getCurrentTime().getTime())).update();
      for (String caseId : moving) {
        jdbc.sql("insert into nq21_case_migration_case (batch_id, case_id) values (?, ?)")
            .params(created.getId(), caseId).update();
      }
      return created;
    });
    log.info("{} chuyển {} hồ sơ từ {} sang {} (batch {}){}; {} hồ sơ không chuyển được.", userId, moving.size(),
        describe(report.source()), describe(report.target()), batch.getId(),
        undoOf == null ? "" : ", hoàn tác lần chuyển " + undoOf, report.cases().size() - moving.size());
    return new Started(batch.getId(), moving, report);
  }

  /** Moves the cases a move carried back to the version they came from, with the mappings reversed. */
  public Started undo(String batchId, String userId) {
    Map<String, Object> row = record(batchId);
    if (management.createBatchQuery().batchId(batchId).count() > 0) {
      throw new MigrationRefusedException("Lần chuyển " + batchId + " chưa xong (còn việc đang chạy hoặc bị lỗi):"
          + " hoàn tác khi nó đã xong, để không hồ sơ nào bị chuyển đi sau khi đã được chuyển về.");
    }
    List<StepMapping> reversed = decode((String) row.get("instructions")).stream()
        .map(m -> new StepMapping(m.to(), m.from())).toList();
    List<String> cases = casesOf(batchId);
    String target = (String) row.get("source_definition_id");
    String source = (String) row.get("target_definition_id");
    List<String> stillThere = runtime.createProcessInstanceQuery().processDefinitionId(source)
        .processInstanceIds(new LinkedHashSet<>(cases)).list().stream().map(ProcessInstance::getId).toList();
    if (stillThere.isEmpty()) {
      throw new MigrationRefusedException("Không còn hồ sơ nào của lần chuyển " + batchId + " đang ở phiên bản "
          + describe(version(definition(source, "phiên bản"))) + " (đã kết thúc hoặc đã chuyển đi): không có gì để"
          + " hoàn tác.");
    }
    return start(new Request(source, target, reversed, stillThere), userId, batchId);
  }

  /** Where a move stands and each case's result. */
  public Progress progress(String batchId) {
    Map<String, Object> row = record(batchId);
    String sourceId = (String) row.get("source_definition_id");
    String targetId = (String) row.get("target_definition_id");
    Batch batch = management.createBatchQuery().batchId(batchId).singleResult();
    BatchStatistics statistics = batch == null ? null
        : management.createBatchStatisticsQuery().batchId(batchId).singleResult();
    // the jobs that have failed for good (no retry left): the cases still on the source then stay there
    Set<String> failures = new LinkedHashSet<>();
    if (batch != null) {
      for (Job job : management.createJobQuery().jobDefinitionId(batch.getBatchJobDefinitionId()).noRetriesLeft()
          .list()) {
        failures.add(EngineMessages.vietnamese(job.getExceptionMessage()));
      }
    }
    // finished: the engine removed the batch, or all that remains of it are jobs that failed for good
    boolean finished = batch == null || statistics == null
        || statistics.getRemainingJobs() == statistics.getFailedJobs();
    List<CaseResult> results = new ArrayList<>();
    int done = 0;
    int failed = 0;
    for (String caseId : casesOf(batchId)) {
      ProcessInstance instance = runtime.createProcessInstanceQuery().processInstanceId(caseId).singleResult();
      String definitionId = instance == null ? null : instance.getProcessDefinitionId();
      String state;
      String message = null;
      if (instance == null) {
        state = "ENDED";
        message = "hồ sơ đã kết thúc";
      } else if (targetId.equals(definitionId)) {
        state = "MOVED";
        done++;
      } else if (!finished) {
        state = "WAITING";
      } else if (!failures.isEmpty()) {
        state = "FAILED";
        message = String.join("; ", failures);
        failed++;
      } else {
        state = "NOT_MOVED";
        message = "lần chuyển đã xong nhưng hồ sơ vẫn ở phiên bản " + definitionId;
        failed++;
      }
      results.add(new CaseResult(caseId, instance == null ? null : instance.getBusinessKey(), person(caseId), state,
          definitionId, message));
    }
    Timestamp at = (Timestamp) row.get("started_at");
    return new Progress(batchId, version(definition(sourceId, "phiên bản nguồn")),
        version(definition(targetId, "phiên bản đích")), (String) row.get("user_id"),
        vn.nq21.workflow.engine.ModelLineage.when(at), (String) row.get("undo_of"), finished, results.size(), done,
        failed, results);
  }

  /** The versions of a procedure, newest first, with how many cases run on each. */
  public List<Map<String, Object>> versions(String processKey) {
    List<Map<String, Object>> versions = new ArrayList<>();
    for (ProcessDefinition definition : repository.createProcessDefinitionQuery().processDefinitionKey(processKey)
        .withoutTenantId().orderByProcessDefinitionVersion().desc().list()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("definition", version(definition));
      row.put("runningCases", runtime.createProcessInstanceQuery().processDefinitionId(definition.getId()).count());
      row.put("suspended", definition.isSuspended());
      versions.add(row);
    }
    if (versions.isEmpty()) {
      throw new MigrationNotFoundException("Không có quy trình “" + processKey + "”.");
    }
    return versions;
  }

  private List<String> tryMove(MigrationPlan plan, String caseId, Map<String, String> sourceNames) {
    List<String> reasons = new ArrayList<>();
    try {
      dryRun.executeWithoutResult(status -> {
        status.setRollbackOnly();
        runtime.newMigration(plan).processInstanceIds(caseId).execute();
      });
    } catch (MigratingProcessInstanceValidationException invalid) {
      MigratingProcessInstanceValidationReport report = invalid.getValidationReport();
      for (String failure : report.getFailures()) {
        reasons.add(EngineMessages.vietnamese(failure));
      }
      for (MigratingActivityInstanceValidationReport activity : report.getActivityInstanceReports()) {
        for (String failure : activity.getFailures()) {
          reasons.add("bước “" + name(sourceNames, activity.getSourceScopeId()) + "”: "
              + EngineMessages.vietnamese(failure));
        }
      }
      for (MigratingTransitionInstanceValidationReport transition : report.getTransitionInstanceReports()) {
        for (String failure : transition.getFailures()) {
          reasons.add("bước “" + name(sourceNames, transition.getSourceScopeId()) + "” (đang chờ chạy nền): "
              + EngineMessages.vietnamese(failure));
        }
      }
    } catch (RuntimeException other) {
      reasons.add(EngineMessages.vietnamese(other.getMessage()));
    }
    return reasons;
  }

  private MigrationPlan plan(String sourceId, String targetId, List<StepMapping> mappings) {
    MigrationPlanBuilder builder = runtime.createMigrationPlan(sourceId, targetId).mapEqualActivities();
    for (StepMapping mapping : mappings) {
      builder.mapActivities(mapping.from(), mapping.to());
    }
    return builder.build();
  }

  private List<ProcessInstance> instances(ProcessDefinition source, List<String> caseIds) {
    if (caseIds == null || caseIds.isEmpty()) {
      return runtime.createProcessInstanceQuery().processDefinitionId(source.getId()).orderByProcessInstanceId().asc()
          .list();
    }
    List<ProcessInstance> found = runtime.createProcessInstanceQuery()
        .processInstanceIds(new LinkedHashSet<>(caseIds)).list();
    if (found.size() < new LinkedHashSet<>(caseIds).size()) {
      Set<String> missing = new LinkedHashSet<>(caseIds);
      found.forEach(instance -> missing.remove(instance.getId()));
      throw new MigrationRefusedException("Không có hồ sơ đang chạy với mã " + String.join(", ", missing) + ".");
    }
    return found;
  }

  private static void collectActivities(ActivityInstance instance, Set<String> into) {
    if (instance == null) {
      return;
    }
    if (instance.getChildActivityInstances().length == 0 && instance.getChildTransitionInstances().length == 0
        && instance.getParentActivityInstanceId() != null) {
      into.add(instance.getActivityId());
    }
    for (ActivityInstance child : instance.getChildActivityInstances()) {
      collectActivities(child, into);
    }
    for (org.camunda.bpm.engine.runtime.TransitionInstance transition : instance.getChildTransitionInstances()) {
      into.add(transition.getActivityId());
    }
  }

  private Map<String, String> names(String definitionId) {
    BpmnModelInstance model = repository.getBpmnModelInstance(definitionId);
    Map<String, String> names = new LinkedHashMap<>();
    for (FlowElement element : model.getModelElementsByType(FlowElement.class)) {
      names.put(element.getId(), element.getName() == null ? element.getId() : element.getName());
    }
    for (org.camunda.bpm.model.bpmn.instance.Process process
        : model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.Process.class)) {
      names.put(process.getId(), process.getName() == null ? process.getId() : process.getName());
    }
    return names;
  }

  private static String name(Map<String, String> names, String id) {
    String name = names.get(id);
    return name == null || name.equals(id) ? id : name + " (" + id + ")";
  }

  /** The name of the person the case is about, from the registry (null for a case bound to nobody). */
  private String person(String caseId) {
    return registry.subjectName(caseId).orElse(null);
  }

  private String organization(String caseId) {
    Object org = runtime.getVariable(caseId, "caseOrgId");
    return org == null ? null : org.toString();
  }

  private ProcessDefinition definition(String id, String what) {
    if (id == null || id.isBlank()) {
      throw new MigrationRefusedException("Thiếu " + what + " (mã định nghĩa quy trình, ví dụ ket-nap-dang-vien:3:…).");
    }
    ProcessDefinition definition = repository.createProcessDefinitionQuery().processDefinitionId(id).singleResult();
    if (definition == null) {
      throw new MigrationNotFoundException("Không có " + what + " “" + id + "”.");
    }
    return definition;
  }

  static Version version(ProcessDefinition definition) {
    return new Version(definition.getId(), definition.getKey(), definition.getName(), definition.getVersion(),
        definition.getVersionTag(), definition.getDeploymentId());
  }

  private static String describe(ProcessDefinition definition) {
    return describe(version(definition));
  }

  private static String describe(Version version) {
    return version.key() + " phiên bản " + version.version();
  }

  private static String reasonsOf(Report report) {
    StringBuilder text = new StringBuilder(":");
    for (CaseCheck check : report.cases()) {
      text.append("\n- hồ sơ ").append(check.businessKey() == null ? check.caseId() : check.businessKey())
          .append(": ").append(String.join("; ", check.reasons()));
    }
    return report.cases().isEmpty() ? ": phiên bản nguồn không có hồ sơ đang chạy." : text.toString();
  }

  private static List<StepMapping> mappings(Request request) {
    return request.mappings() == null ? List.of() : request.mappings();
  }

  private Map<String, Object> record(String batchId) {
    return jdbc.sql("select * from nq21_case_migration where batch_id = ?").param(batchId).query().listOfRows()
        .stream().findFirst().map(CaseMigration::lowerKeys)
        .orElseThrow(() -> new MigrationNotFoundException("Không có lần chuyển hồ sơ “" + batchId + "”."));
  }

  private static Map<String, Object> lowerKeys(Map<String, Object> row) {
    Map<String, Object> lower = new LinkedHashMap<>();
    row.forEach((key, value) -> lower.put(key.toLowerCase(java.util.Locale.ROOT), value));
    return lower;
  }

  private List<String> casesOf(String batchId) {
    return jdbc.sql("select case_id from nq21_case_migration_case where batch_id = ? order by case_id").param(batchId)
        .query(String.class).list();
  }

  private static String encode(List<StepMapping> mappings) {
    return mappings.isEmpty() ? null
        : String.join(";", mappings.stream().map(m -> m.from() + ">" + m.to()).toList());
  }

  private static List<StepMapping> decode(String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    List<StepMapping> mappings = new ArrayList<>();
    for (String part : text.split(";")) {
      String[] ends = part.split(">", 2);
      mappings.add(new StepMapping(ends[0], ends[1]));
    }
    return mappings;
  }
}
