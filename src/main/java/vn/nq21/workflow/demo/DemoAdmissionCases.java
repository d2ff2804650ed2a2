package vn.nq21.workflow.demo;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.nq21.workflow.engine.FormValues;
import vn.nq21.workflow.engine.StartupOrder;
import vn.nq21.workflow.registry.KeyDates;
import vn.nq21.workflow.registry.Member;
import vn.nq21.workflow.registry.MemberRegistry;
import vn.nq21.workflow.registry.MemberStatus;
import vn.nq21.workflow.registry.NewPerson;

/**
 * Admission cases standing at different steps, one of them with its decision overdue, and probation cases
 * (one near its end, one past its review deadline), so Tasklist and Cockpit show a living đảng bộ on first start. Each case is worked the way clerks work it: forms
 * submitted through the form service by the demo user of the task's group, with the engine clock set
 * back to the day each step happened (as Camunda's invoice demo does). Dates follow today's date.
 */
@Component
@Profile("demo")
@ConditionalOnProperty(name = "nq21.demo.admission-cases", havingValue = "true", matchIfMissing = true)
@Order(StartupOrder.DEMO_DATA + 1)
class DemoAdmissionCases implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoAdmissionCases.class);
  private static final String PROCESS_KEY = "ket-nap-dang-vien";

  /** One demo case: whose, who, how long ago it began, and the step it now waits at. */
  record Scenario(String chiBo, String recordNumber, String newName, int startedDaysAgo, String waitsAt) {}

  static final List<Scenario> SCENARIOS = List.of(
      new Scenario("cb-thon-tay", "DEMO-0017", null, 10, "Task_ChungNhanNhanThuc"),
      new Scenario("cb-thon-dong", "DEMO-0008", null, 40, "Task_NguoiGioiThieu"),
      // the verification, where relatives who are party members are listed (R-KN-07a)
      new Scenario("cb-thon-dong", null, "Đinh Thị Thẩm Tra", 35, "Task_ThamTraLyLich"),
      new Scenario("cb-tri-su", "DEMO-0037", null, 80, "Task_YKienNhanXet"),
      new Scenario("cb-giao-vien", "DEMO-0025", null, 85, "Task_ChiBoBieuQuyet"),
      // decided nothing 60 working days after the chi bộ's resolution: escalated to the supervisors
      new Scenario("cb-thoi-su", null, "Lương Văn Quá Hạn", 185, "Task_QuyetDinh"),
      new Scenario("cb-thon-dong", null, "Lâm Thị Thanh Nhàn", 110, "Task_LeKetNap"));

  private final RepositoryService repositoryService;
  private final HistoryService historyService;
  private final FormService formService;
  private final TaskService taskService;
  private final DemoClerks clerks;
  private final ManagementService managementService;
  private final RuntimeService runtimeService;
  private final MemberRegistry registry;

  DemoAdmissionCases(RepositoryService repositoryService, HistoryService historyService, FormService formService,
      TaskService taskService, DemoClerks clerks, ManagementService managementService,
      RuntimeService runtimeService, MemberRegistry registry) {
    this.managementService = managementService;
    this.runtimeService = runtimeService;
    this.repositoryService = repositoryService;
    this.historyService = historyService;
    this.formService = formService;
    this.taskService = taskService;
    this.clerks = clerks;
    this.registry = registry;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (repositoryService.createProcessDefinitionQuery().processDefinitionKey(PROCESS_KEY).count() == 0
        || historyService.createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS_KEY).count() > 0) {
      return;
    }
    LocalDate today = LocalDate.now(FormValues.ZONE);
    try {
      for (Scenario scenario : SCENARIOS) {
        play(scenario, today.minusDays(scenario.startedDaysAgo()));
      }
      probationCases(today);
    } finally {
      // the probation cases move the clock too: without this the engine stayed on their last day
      ClockUtil.reset();
    }
    log.info("Dữ liệu demo: {} hồ sơ kết nạp đang ở các bước khác nhau (một hồ sơ quá hạn quyết định), {} hồ sơ dự bị.",
        SCENARIOS.size(), PROBATIONS.size());
  }

  /** A dự bị member of the demo: their chi bộ, name, and how many days ago the ceremony was held. */
  record Probation(String chiBo, String recordNumber, String name, int ceremonyDaysAgo, boolean dossierDone) {}

  static final List<Probation> PROBATIONS = List.of(
      // 12 months end in about ten days: the self-review, helper's report and comments are open
      new Probation("cb-thon-tay", "DEMO-DB-01", "Trương Văn Sắp Hết", 355, false),
      // ended more than 30 working days ago, dossier complete, no review by the chi bộ: escalated
      new Probation("cb-giao-vien", "DEMO-DB-02", "Đoàn Thị Quá Hạn Xét", 440, true));

  /** Probation cases opened from the start form for dự bị members, helpers assigned, dates following today. */
  private void probationCases(LocalDate today) {
    for (Probation p : PROBATIONS) {
      LocalDate ceremony = today.minusDays(p.ceremonyDaysAgo());
      DemoClerks.at(ceremony);
      Member member = registry.register(new NewPerson(p.recordNumber(), p.name(), "NAM", ceremony.minusYears(26),
          null, p.chiBo(), MemberStatus.DU_BI, ceremony), null);
      registry.updateKeyDates(member.id(), KeyDates.none().withAdmission(ceremony.minusDays(15), ceremony), null);
      String clerk = p.chiBo() + ".chi-uy";
      ProcessInstance instance = clerks.as(clerk, () -> formService.submitStartForm(repositoryService
          .createProcessDefinitionQuery().processDefinitionKey("cong-nhan-dang-vien-chinh-thuc").latestVersion()
          .singleResult().getId(), Map.of("memberRecordNumber", p.recordNumber())));
      DemoClerks.at(ceremony.plusDays(10));
      Member helper = registry.membersOf(p.chiBo()).stream().filter(m -> m.status() == MemberStatus.CHINH_THUC)
          .findFirst().orElseThrow();
      Task assign = taskService.createTaskQuery().processInstanceId(instance.getId())
          .taskDefinitionKey("Task_PhanCongGiupDo").singleResult();
      submit(clerk, assign, Map.of("helperRecordNumber", helper.recordNumber(),
          "helperAssignmentDate", ceremony.plusDays(10).toString()));
      DemoClerks.at(ceremony.plusDays(40));
      submit(clerk, open(instance, "Task_ChungNhanDangVienMoi"), Map.of("newMemberCertificateNumber", "ĐVM-"
          + p.recordNumber(), "newMemberCertificateDate", ceremony.plusDays(40).toString(),
          "newMemberCertificateIssuer", "Trung tâm Chính trị"));
      if (p.dossierDone()) {
        LocalDate end = ceremony.plusMonths(12);
        DemoClerks.at(end);
        managementService.createJobQuery().processInstanceId(instance.getId()).timers()
            .duedateLowerThan(ClockUtil.getCurrentTime()).list()
            .forEach(job -> managementService.executeJob(job.getId()));
        String e = end.toString();
        submit(clerk, open(instance, "Task_TuKiemDiem"), Map.of("selfReviewDate", e));
        submit(clerk, open(instance, "Task_NhanXetGiupDo"), Map.of("helperReportDate", e));
        submit(clerk, open(instance, "Task_YKienNhanXetDuBi"), Map.of("probationMassOrgCommentDate", e,
            "probationResidenceCommentDate", e, "probationCommentSummaryDate", e));
      }
    }
  }

  /** The case's running instances: the procedure's and the review chain it called. */
  private String[] caseInstances(ProcessInstance instance) {
    java.util.Set<String> ids = new java.util.LinkedHashSet<>(List.of(instance.getId()));
    runtimeService.createProcessInstanceQuery().rootProcessInstanceId(instance.getId()).list()
        .forEach(p -> ids.add(p.getId()));
    return ids.toArray(String[]::new);
  }

  private Task open(ProcessInstance instance, String taskKey) {
    return taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(taskKey).singleResult();
  }

  private void submit(String user, Task task, Map<String, Object> form) {
    clerks.submit(user, task, form);
  }

  private void play(Scenario s, LocalDate t0) {
    String clerk = s.chiBo() + ".chi-uy";
    DemoClerks.at(t0);
    Map<String, Object> start = new HashMap<>();
    if (s.recordNumber() != null) {
      start.put("candidateRecordNumber", s.recordNumber());
    } else {
      start.putAll(Map.of("candidateName", s.newName(), "candidateBirthDate", t0.minusYears(27).toString(),
          "candidateGender", "NAM"));
    }
    ProcessInstance instance = clerks.as(clerk, () -> formService.submitStartForm(repositoryService
        .createProcessDefinitionQuery().processDefinitionKey(PROCESS_KEY).latestVersion().singleResult().getId(), start));
    List<Member> officials = registry.membersOf(s.chiBo()).stream()
        .filter(m -> m.status() == MemberStatus.CHINH_THUC).toList();
    for (int guard = 0; guard < 30; guard++) {
      Task task = taskService.createTaskQuery().processInstanceIdIn(caseInstances(instance)).list().stream()
          .filter(t -> !t.getTaskDefinitionKey().equals("Task_DungHoSo")).findFirst().orElse(null);
      if (task == null || task.getTaskDefinitionKey().equals(s.waitsAt())) {
        return;
      }
      Step step = step(task.getTaskDefinitionKey(), t0, officials);
      DemoClerks.at(t0.plusDays(step.doneOnDay()));
      String user = taskService.getIdentityLinksForTask(task.getId()).stream()
          .filter(l -> l.getGroupId() != null).map(IdentityLink::getGroupId).findFirst().orElseThrow();
      clerks.as(user, () -> {
        formService.submitTaskForm(task.getId(), step.form());
        return null;
      });
    }
  }

  /** What a step's form holds in the demo story, and the day (after the start) it was done. */
  record Step(int doneOnDay, Map<String, Object> form) {}

  private static Step step(String taskKey, LocalDate t0, List<Member> officials) {
    String d = t0.toString();
    return switch (taskKey) {
      case "Task_ChungNhanNhanThuc" -> new Step(3, Map.of("certificateNumber", "GCN-" + t0.getDayOfYear() + "/" + t0.getYear(),
          "certificateIssueDate", t0.minusDays(20).toString(), "certificateIssuer", "Trung tâm Chính trị"));
      case "Task_DonXinVaoDang" -> new Step(6, Map.of("applicationDate", t0.plusDays(5).toString()));
      case "Task_NguoiGioiThieu" -> new Step(16, Map.of("introducerPattern", "HAI_DANG_VIEN", "isDoanVien", false,
          "hasDoanOrganisation", false, "isUnionMember", false,
          "introducer1RecordNumber", officials.get(0).recordNumber(), "introducer1LetterDate", t0.plusDays(15).toString(),
          "introducer1TogetherSince", t0.minusYears(3).toString(),
          "introducer2RecordNumber", officials.get(1).recordNumber(), "introducer2LetterDate", t0.plusDays(15).toString(),
          "introducer2TogetherSince", t0.minusYears(3).toString()));
      case "Task_KhaiLyLich" -> new Step(21, Map.of("lyLichDate", t0.plusDays(20).toString(),
          "lyLichStampDate", t0.plusDays(21).toString()));
      case "Task_ThamTraLyLich" -> new Step(45, Map.of("verificationPersons", "Bản thân, cha, mẹ, vợ/chồng",
          "verificationDate", t0.plusDays(45).toString(), "verificationResult", "DAT"));
      case "Task_KetLuanLyLich" -> new Step(50, Map.of("lyLichCertifiedDate", t0.plusDays(50).toString(),
          "lyLichConclusion", "DU_DIEU_KIEN"));
      case "Task_YKienNhanXet" -> new Step(62, Map.of("massOrgCommentDate", t0.plusDays(58).toString(),
          "residenceCommentDate", t0.plusDays(60).toString(), "commentSummaryDate", t0.plusDays(62).toString()));
      case "Task_ThamDinhDieuKien" -> new Step(64, Map.of("plannedVoteDate", t0.plusDays(70).toString(),
          "educationLevel", "THCS_TRO_LEN", "educationException", "KHONG", "politicalStandardConcluded", true));
      case "Task_ChiBoBieuQuyet" -> new Step(71, Map.of("voteDate", t0.plusDays(70).toString(),
          "officialMembersOnRoll", officials.size(), "presentVoters", officials.size(), "votesFor", officials.size(),
          "votesAgainst", 0, "resolutionNumber", "NQ-" + d, "resolutionDate", t0.plusDays(70).toString()));
      case "Task_DangUyBoPhanThamDinh" -> new Step(74, Map.of("appraisalDate", t0.plusDays(74).toString(),
          "appraisalOpinion", "DONG_Y"));
      case "Task_DangUyCoSoBieuQuyet" -> new Step(78, Map.of("dangUyVoteDate", t0.plusDays(78).toString(),
          "dangUyMembersTotal", 9, "dangUyVotesFor", 8, "dangUyResolutionNumber", "NQ-ĐU-" + d,
          "dangUyResolutionDate", t0.plusDays(78).toString()));
      case "Task_QuyetDinh" -> new Step(90, Map.of("decisionOutcome", "KET_NAP", "deciderMembersTotal", 9,
          "deciderVotesFor", 8, "decisionNumber", "QĐ-" + d, "decisionDate", t0.plusDays(90).toString()));
      case "Task_NhanQuyetDinh" -> new Step(93, Map.of("decisionReceivedDate", t0.plusDays(93).toString()));
      default -> throw new IllegalStateException("Kịch bản demo không có bước " + taskKey);
    };
  }


}
