package vn.nq21.workflow.admission;

import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import vn.nq21.workflow.engine.SubmissionCheck;
import vn.nq21.workflow.engine.SubmissionRejectedException;
import vn.nq21.workflow.engine.WithoutAuthorization;
import vn.nq21.workflow.registry.MemberRegistry;
import vn.nq21.workflow.registry.MemberStatus;

/**
 * The one listener on every user task of the admission model. On create it puts in front of the clerk
 * what the form shows but the process knows (the chi bộ's official members from the registry, a
 * deadline, why an escalation came). On complete it runs the step's server-side check: a refused
 * submission throws, so the task stays open and nothing is written; an accepted one refreshes the
 * dossier inventory.
 */
@Component("admissionTaskCheck")
public class AdmissionTaskCheck implements TaskListener, SubmissionCheck {

  /** Marks, for the rest of the command, a submission already checked on its way in. */
  static final String CHECKED = "nq21SubmissionChecked";
  static final java.util.Set<String> PROCESSES = java.util.Set.of("ket-nap-dang-vien", ProbationSteps.PROCESS_KEY);

  private final AdmissionChecks checks;
  private final MemberRegistry registry;
  private final TaskService taskService;
  private final WithoutAuthorization withoutAuthorization;

  public AdmissionTaskCheck(AdmissionChecks checks, MemberRegistry registry, @Lazy TaskService taskService,
      WithoutAuthorization withoutAuthorization) {
    this.checks = checks;
    this.registry = registry;
    this.taskService = taskService;
    this.withoutAuthorization = withoutAuthorization;
  }

  @Override
  public void notify(DelegateTask task) {
    AdmissionCase c = AdmissionCase.of(task);
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      prepare(task, c);
      return;
    }
    if (EVENTNAME_COMPLETE.equals(task.getEventName()) && task.getVariableLocal(CHECKED) == null) {
      check(task);
    }
  }

  @Override
  public java.util.Set<String> checkedTasks(String processKey) {
    return PROCESSES.contains(processKey) ? checks.checkedTasks() : null;
  }

  @Override
  public boolean appliesTo(DelegateTask task) {
    return PROCESSES.contains(processKey(task));
  }

  /**
   * The key of the task's process, from the engine's deployment cache as the task itself reads it: the
   * repository service would run a nested command with a permission query on every submission.
   */
  private static String processKey(DelegateTask task) {
    if (task instanceof TaskEntity entity) {
      ProcessDefinitionEntity definition = entity.getProcessDefinition();
      return definition == null ? null : definition.getKey();
    }
    String definitionId = task.getProcessDefinitionId();
    return definitionId == null ? null
        : task.getProcessEngineServices().getRepositoryService().getProcessDefinition(definitionId).getKey();
  }

  /** The step's server-side check and what follows an accepted submission; runs once per submission. */
  @Override
  public void check(DelegateTask task) {
    AdmissionCase c = AdmissionCase.of(task);
    List<String> problems = checks.check(task.getTaskDefinitionKey(), c);
    if (!problems.isEmpty()) {
      throw new SubmissionRejectedException(problems);
    }
    if ("Task_QuaHanQuyetDinh".equals(task.getTaskDefinitionKey()) && "CO".equals(c.text("extensionGranted"))) {
      moveDecisionDueDate(task.getProcessInstanceId(), c.deadline("decisionDeadline"));
    }
    c.update("hoSoDanhMuc", DossierInventory.describe(c, processKey(task)));
    task.setVariableLocal(CHECKED, Variables.booleanValue(true, true));
  }

  private void prepare(DelegateTask task, AdmissionCase c) {
    switch (task.getTaskDefinitionKey()) {
      case "Task_ChiBoBieuQuyet", "Task_ChiBoXetCongNhan" -> {
        if (c.number("officialMembersOnRoll") == null) {
          c.set("officialMembersOnRoll", (int) registry.countByStatus(c.orgCode(), MemberStatus.CHINH_THUC));
        }
      }
      case "Task_LeKetNap" -> c.set("ceremonyDeadlineText", "Hạn tổ chức lễ kết nạp: hết ngày "
          + AdmissionChecks.fmt(vn.nq21.workflow.engine.FormValues.toLocalDate(c.deadline("ceremonyDeadline")))
          + " (30 ngày làm việc từ khi chi bộ nhận quyết định). Muộn hơn cần ý kiến đồng ý của cấp ủy cấp trên.");
      case "Task_QuaHanQuyetDinh" -> c.set("escalationReason", "Quá 60 ngày làm việc kể từ nghị quyết của chi bộ ("
          + AdmissionChecks.fmt(c.date("resolutionDate")) + ") mà " + c.text("authorityBody")
          + " chưa ra quyết định về việc kết nạp " + c.candidateName() + " (R-KN-16).");
      case "Task_XuLyQuaHanQuyetDinh" -> c.set("escalationReason", "Hồ sơ kết nạp " + c.candidateName()
          + " vẫn chưa có quyết định sau thời hạn (kể cả gia hạn nếu có): cần kiểm điểm trách nhiệm (R-KN-16).");
      case "Task_XuLyChamHoSo" -> c.set("escalationReason", "Quá 30 ngày làm việc sau lễ kết nạp ("
          + AdmissionChecks.fmt(c.date("ceremonyDate")) + ") mà chưa hoàn thiện lý lịch đảng viên, phiếu đảng viên của "
          + c.candidateName() + " (R-KN-20).");
      case "Task_XuLyChamXet" -> c.set("escalationReason", "Quá 30 ngày làm việc sau khi " + c.text("memberName")
          + " hết thời gian dự bị (" + AdmissionChecks.fmt(c.date("probationEnd"))
          + ") mà chi bộ chưa xét công nhận đảng viên chính thức (R-CN-05).");
      case "Task_XuLyChamQuyetDinh" -> c.set("escalationReason", "Quá 30 ngày làm việc kể từ nghị quyết của chi bộ mà "
          + c.text("authorityBody") + " chưa quyết định về " + c.text("memberName") + " (R-CN-07a).");
      case "Task_QuyetDinhCongNhan" -> c.set("proposalText", c.flag("chiBoPassed")
          ? ("XOA_TEN_DU_BI".equals(c.text("proposal")) ? "Chi bộ đề nghị xóa tên khỏi danh sách đảng viên dự bị"
              : "Chi bộ đề nghị công nhận đảng viên chính thức") + " (" + c.text("chiBoResultText") + ")"
          : "Chi bộ biểu quyết ba lần không đạt; cấp có thẩm quyền quyết định (R-CN-10). " + c.text("failedVotesText"));
      default -> { }
    }
  }

  private void moveDecisionDueDate(String processInstanceId, Date deadline) {
    withoutAuthorization.run(() -> {
      for (Task decision : taskService.createTaskQuery().processInstanceId(processInstanceId)
          .taskDefinitionKey("Task_QuyetDinhKetNap").list()) {
        decision.setDueDate(deadline);
        taskService.saveTask(decision);
      }
    });
  }
}
