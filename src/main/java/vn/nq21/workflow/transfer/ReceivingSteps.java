package vn.nq21.workflow.transfer;

import static vn.nq21.workflow.casework.CaseDates.fmt;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import vn.nq21.workflow.calendar.WorkingDayCalendar;
import vn.nq21.workflow.casework.CaseDates;
import vn.nq21.workflow.casework.CaseOutcomes;
import vn.nq21.workflow.casework.CaseReader;
import vn.nq21.workflow.engine.CaseVariables;
import vn.nq21.workflow.engine.SubmissionRejectedException;
import vn.nq21.workflow.organization.Authority;
import vn.nq21.workflow.organization.Organization;
import vn.nq21.workflow.organization.OrganizationService;
import vn.nq21.workflow.registry.CustodyEvent;
import vn.nq21.workflow.registry.DossierCustody;
import vn.nq21.workflow.registry.DossierHolder;
import vn.nq21.workflow.registry.KeyDates;
import vn.nq21.workflow.registry.Member;
import vn.nq21.workflow.registry.MemberRegistry;
import vn.nq21.workflow.registry.MemberStatus;
import vn.nq21.workflow.registry.NewPerson;
import vn.nq21.workflow.registry.Overlay;
import vn.nq21.workflow.rules.Periods;
import vn.nq21.workflow.security.CaseVisibility;

/**
 * What the receiving side of {@code bpmn/chuyen-sinh-hoat-dang.bpmn} (process {@value #PROCESS_KEY}) asks of the
 * application by name ({@code ${transferIn.…}}): the receiving bodies and the report deadlines, the hồ sơ's arrival,
 * its return or acceptance, and the move in the registry. The case belongs to the receiving tổ chức cơ sở đảng.
 */
@Component("transferIn")
public class ReceivingSteps {

  public static final String PROCESS_KEY = "tiep-nhan-chuyen-sinh-hoat";

  static final Map<String, String> OUTCOMES = Map.of(
      "DA_TIEP_NHAN", "Đã tiếp nhận; đảng viên sinh hoạt ở chi bộ nơi đến",
      "TRA_LAI_HO_SO", "Hồ sơ không đúng danh mục: đã trả lại nơi đi (R-CS-07)",
      "DE_NGHI_XOA_TEN", "Đảng viên không báo cáo: đề nghị xem xét xóa tên (R-CS-09)",
      "TU_TRAN", "Dừng: đảng viên từ trần",
      "KHAC", "Dừng");

  private final MemberRegistry registry;
  private final DossierCustody custody;
  private final OrganizationService organizations;
  private final WorkingDayCalendar workingDays;
  private final Periods periods;
  private final TransferSettings settings;
  private final CaseVisibility visibility;
  private final OtherCases otherCases;
  private final RuntimeService runtimeService;

  ReceivingSteps(MemberRegistry registry, DossierCustody custody, OrganizationService organizations,
      WorkingDayCalendar workingDays, Periods periods, TransferSettings settings, CaseVisibility visibility,
      OtherCases otherCases, @Lazy RuntimeService runtimeService) {
    this.runtimeService = runtimeService;
    this.registry = registry;
    this.custody = custody;
    this.organizations = organizations;
    this.workingDays = workingDays;
    this.periods = periods;
    this.settings = settings;
    this.visibility = visibility;
    this.otherCases = otherCases;
  }

  /**
   * The case at the receiving TCCSĐ: bound to the member, watched by the sending chi bộ's supervisors too; its office
   * works the steps; the receiving superior takes the introduction unless it is the body that introduced.
   */
  public void prepare(DelegateExecution execution) {
    CaseReader c = CaseReader.of(execution);
    Organization tccsd = organizations.require(c.orgCode());
    if (c.text("sendingCaseId") == null) {
      registerFromPapers(execution, c, tccsd);
    } else {
      registry.bindCase(execution.getProcessInstanceId(), c.id(CaseVariables.MEMBER));
      visibility.grantSupervisors(execution.getProcessInstanceId(), c.text("fromOrgId"));
    }
    execution.setVariable("tccsdOffice", organizations.officeOf(tccsd.code()));
    execution.setVariable("toTccsdName", tccsd.name());
    LocalDate introduced = c.dateOr("sentAgainDate", c.date("introductionDate"));
    Authority receiver = organizations.authorityFor(tccsd.code(), "CHUYEN_SH", introduced);
    boolean again = c.text("sentAgainDate") != null;
    execution.setVariable("needsReceivingSuperior", !again
        && !receiver.organizationCode().equals(c.text("introducerOrgId")));
    execution.setVariable("receiverSuperiorGroup", receiver.groupId());
    execution.setVariable("transferState", "DANG_CHUYEN");
  }

  /**
   * Opened from the papers of a member who comes from an organisation outside the installation: the receiving office
   * of a tổ chức cơ sở đảng opens it; the member enters the registry as outside until the chi bộ introduces them.
   */
  private void registerFromPapers(DelegateExecution execution, CaseReader c, Organization tccsd) {
    List<String> problems = new ArrayList<>();
    if (!tccsd.tccsd()) {
      problems.add("Hồ sơ chuyển đến do văn phòng cấp ủy cơ sở nơi đến mở; " + tccsd.name() + " không phải tổ chức"
          + " cơ sở đảng.");
    }
    for (String[] field : new String[][] {{"memberRecordNumber", "Số lý lịch của đảng viên"},
        {"incomingFullName", "Họ và tên"}, {"incomingGender", "Giới tính"}, {"incomingStatus", "Đảng viên"},
        {"fromText", "Tổ chức đảng nơi đi"}, {"introductionNumber", "Số giấy giới thiệu"}}) {
      if (c.text(field[0]) == null) {
        problems.add("Chưa nhập “" + field[1] + "”.");
      }
    }
    if (c.date("incomingBirthDate") == null) {
      problems.add("Chưa nhập “Ngày sinh”.");
    }
    if (c.date("incomingAdmissionDate") == null) {
      problems.add("Chưa nhập “Ngày vào Đảng (quyết định kết nạp)”.");
    }
    if (c.list("dossierIndex").isEmpty()) {
      problems.add("Chưa đánh dấu “Danh mục hồ sơ ghi trên giấy tờ nhận được”.");
    }
    String record = c.text("memberRecordNumber");
    Member known = record == null ? null : registry.findByRecordNumber(record).orElse(null);
    if (known != null && registry.outside(known.id()).isEmpty()) {
      problems.add("Số lý lịch " + record + " là đảng viên của " + organizations.find(known.organizationCode())
          .map(Organization::name).orElse(known.organizationCode()) + " trong hệ thống: nơi đi làm thủ tục chuyển sinh"
          + " hoạt, hồ sơ đến đây khi được giới thiệu (không mở hồ sơ ở đây).");
    } else if (known != null && runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(record)
        .processDefinitionKeyIn(TransferSteps.PROCESS_KEY, PROCESS_KEY).count() > 0) {
      problems.add(known.fullName() + " (số lý lịch " + record + ") đã có hồ sơ chuyển sinh hoạt đang mở.");
    }
    MemberStatus status = "DU_BI".equals(c.text("incomingStatus"))
        ? MemberStatus.DU_BI : MemberStatus.CHINH_THUC;
    LocalDate admitted = c.date("incomingAdmissionDate");
    LocalDate ceremony = c.date("incomingCeremonyDate");
    LocalDate recognised = c.date("incomingRecognitionDate");
    LocalDate introduced = c.date("introductionDate");
    LocalDate today = CaseDates.today();
    if (status == MemberStatus.DU_BI && ceremony == null) {
      problems.add("Đảng viên dự bị: cần “Ngày lễ kết nạp” (thời gian dự bị tính từ ngày này).");
    }
    if (status == MemberStatus.CHINH_THUC && recognised == null) {
      problems.add("Đảng viên chính thức: cần “Ngày chính thức”.");
    }
    if (introduced == null || introduced.isAfter(today)) {
      problems.add("“Ngày ghi trên giấy giới thiệu” phải có và không ở tương lai.");
    }
    if (!problems.isEmpty()) {
      throw new SubmissionRejectedException(problems);
    }
    // dự bị from the ceremony (§12.3), official from the recognition
    LocalDate since = status == MemberStatus.DU_BI ? ceremony : recognised;
    Member member;
    if (known != null) {
      // a member who once left for outside comes back: the same record, outside until the chi bộ introduces them
      registry.bindCase(execution.getProcessInstanceId(), known.id());
      member = known;
    } else {
      member = registry.registerFromOutside(new NewPerson(record, c.text("incomingFullName"),
          c.text("incomingGender"), c.date("incomingBirthDate"), c.text("incomingIdentityNumber"), tccsd.code(), status,
          since), c.text("fromText"), execution.getProcessInstanceId());
      registry.updateKeyDates(member.id(), new KeyDates(admitted, ceremony, recognised, c.text("incomingCardNumber"),
          null), execution.getProcessInstanceId());
    }
    execution.setProcessBusinessKey(member.recordNumber());
    execution.setVariable(CaseVariables.MEMBER, member.id());
    execution.setVariable("memberName", member.fullName());
    execution.setVariable("memberBirthDate", member.birthDate().toString());
    execution.setVariable("memberStatusLabel", member.status().label());
    execution.setVariable("kindLabel", TransferSteps.kindLabel("CHINH_THUC"));
    execution.setVariable("fromOrgName", c.text("fromText") + " (ngoài hệ thống)");
    execution.setVariable("destinationText", tccsd.name());
    execution.setVariable("introducerOrgId", organizations.authorityFor(tccsd.code(), "CHUYEN_SH", introduced)
        .organizationCode());
  }

  /**
   * R-CS-08: day 0 is the date on the last box of the introduction (the receiving superior's when it introduces
   * down, the sending one's otherwise, the date the corrected hồ sơ was sent again [I]); the report is on time
   * through the 30th working day. U7: the no-show review opens the day after {@code notified + N months}.
   */
  public void reportDeadlines(DelegateExecution execution) {
    CaseReader c = CaseReader.of(execution);
    LocalDate dayZero = c.dateOr("forwardDate", c.dateOr("sentAgainDate", c.date("introductionDate")));
    LocalDate last = workingDays.plusWorkingDays(dayZero,
        periods.workingDays(TransferSteps.PROCESS_KEY, "BAO_CAO", dayZero));
    execution.setVariable("reportDayZero", dayZero.toString());
    execution.setVariable("reportLastDay", last.toString());
    execution.setVariable("reportDue", workingDays.endOfDay(last));
    execution.setVariable("reportDeadlineText", "Đảng viên phải xuất trình giấy giới thiệu chậm nhất ngày " + fmt(last)
        + " (30 ngày làm việc kể từ ngày " + fmt(dayZero) + "); từ ngày làm việc thứ 31 là muộn (R-CS-08).");
    LocalDate noShow = dayZero.plusMonths(settings.noShowMonthsForRemovalReview()).plusDays(1);
    execution.setVariable("noShowDue", Date.from(noShow.atStartOfDay(workingDays.zone()).toInstant()));
  }

  /** CS06: the member presented the giấy and the sealed hồ sơ: the receiving office holds it; the sender sees it. */
  public void recordArrival(DelegateExecution execution) {
    CaseReader c = CaseReader.of(execution);
    long member = c.id(CaseVariables.MEMBER);
    var last = custody.current(member);
    // the index the hồ sơ travelled with; from outside, the one the papers list
    List<String> items = last.map(CustodyEvent::items).filter(i -> !i.isEmpty()).orElse(c.list("dossierIndex"));
    custody.handOver(member, new CustodyEvent.Handover(DossierHolder.ORG, c.orgCode(), null, null, true, items,
        c.date("reportDate"), "Đảng viên xuất trình giấy giới thiệu, nộp hồ sơ niêm phong"),
        execution.getProcessInstanceId());
    execution.setVariable("transferState", "DA_DEN");
    setOnSendingCase(execution, "transferState", "DA_DEN");
  }

  /** R-CS-07: the hồ sơ goes back to the sending TCCSĐ with the note; the sending case shows TRA_LAI_HO_SO. */
  public void recordReturned(DelegateExecution execution) {
    CaseReader c = CaseReader.of(execution);
    long member = c.id(CaseVariables.MEMBER);
    var last = custody.current(member);
    custody.handOver(member, backToSender(c, last.map(CustodyEvent::sealed).orElse(false),
        last.map(CustodyEvent::items).orElse(List.of()), c.date("checkDate"),
        "Trả lại hồ sơ: " + c.text("refusalNote")), execution.getProcessInstanceId());
    execution.setVariable("returnedDate", c.text("checkDate"));
    execution.setVariable("transferState", "TRA_LAI_HO_SO");
    setOnSendingCase(execution, "transferState", "TRA_LAI_HO_SO");
  }

  /** CS07 accepted: the receiving office keeps the hồ sơ (opened); the chi bộ chosen and its supervisors see the case. */
  public void recordAccepted(DelegateExecution execution) {
    CaseReader c = CaseReader.of(execution);
    long member = c.id(CaseVariables.MEMBER);
    custody.handOver(member, new CustodyEvent.Handover(DossierHolder.ORG, c.orgCode(), null, null, false,
        c.list("itemsReceived"), c.date("checkDate"), "Tiếp nhận hồ sơ, đúng danh mục"), execution.getProcessInstanceId());
    Organization chiBo = organizations.require(c.text("toChiBoId"));
    execution.setVariable("toChiBoName", chiBo.name());
    visibility.grantSupervisors(execution.getProcessInstanceId(), chiBo.code());
    String sending = c.text("sendingCaseId");
    if (sending != null) {
      visibility.grantSupervisors(sending, chiBo.code());
    }
  }

  /**
   * CS08 → the registry: the member belongs to the receiving chi bộ from the meeting that introduced them (which ends
   * DANG_CHUYEN); a temporary stay elsewhere ends too; a probation case follows (R-CN-14).
   */
  public void recordMoved(DelegateExecution execution) {
    CaseReader c = CaseReader.of(execution);
    long member = c.id(CaseVariables.MEMBER);
    LocalDate on = c.date("introducedOn");
    registry.moveTo(member, c.text("toChiBoId"), on, "Chuyển sinh hoạt đảng chính thức, chi bộ giới thiệu ngày "
        + fmt(on), execution.getProcessInstanceId());
    registry.overlays(member).stream().filter(p -> p.overlay() == Overlay.SH_TAM_THOI
        && p.covers(on)).forEach(p -> registry.endOverlay(member, p.id(), on, "Đã chuyển sinh hoạt chính thức",
            execution.getProcessInstanceId()));
    if (c.text("sendingCaseId") == null && registry.require(member).status() == MemberStatus.DU_BI) {
      otherCases.startProbation(execution, member, c.text("toChiBoId"));
    } else {
      otherCases.follow(execution, c.text("toChiBoId"), on);
    }
    execution.setVariable("transferState", "DA_TIEP_NHAN");
  }

  public void close(DelegateExecution execution, String outcome) {
    CaseOutcomes.close(execution, outcome, OUTCOMES);
    execution.setVariable("receivingOutcome", outcome);
    if ("DE_NGHI_XOA_TEN".equals(outcome)) {
      // the member is still the sender's: a hồ sơ the receiving office took in goes back with the proposal
      CaseReader c = CaseReader.of(execution);
      long member = c.id(CaseVariables.MEMBER);
      custody.current(member).filter(e -> e.holder() == DossierHolder.ORG && c.orgCode().equals(e.organizationCode()))
          .ifPresent(e -> custody.handOver(member, backToSender(c, e.sealed(), e.items(), CaseDates.later(
              CaseDates.today(), e.since()), "Trả hồ sơ cùng đề nghị xem xét xóa tên"), execution.getProcessInstanceId()));
    }
  }

  /** The receiving office recorded the member's death: the registry has it; the hồ sơ goes back to the sender [I]. */
  public void stop(DelegateExecution execution) {
    String outcome = CaseOutcomes.stop(execution, OUTCOMES, registry, CaseVariables.MEMBER);
    CaseReader c = CaseReader.of(execution);
    execution.setVariable("receivingOutcome", outcome);
    long member = c.id(CaseVariables.MEMBER);
    LocalDate on = c.dateOr("stopDate", CaseDates.today());
    var last = custody.current(member);
    custody.handOver(member, backToSender(c, last.map(CustodyEvent::sealed).orElse(true),
        last.map(CustodyEvent::items).orElse(List.of()), CaseDates.later(on,
            last.map(CustodyEvent::since).orElse(null)), "Đảng viên từ trần: hồ sơ trả lại nơi đi"),
        execution.getProcessInstanceId());
  }

  /** The hồ sơ sent back: to the sending TCCSĐ in the installation, or handed to the sender outside it. */
  private CustodyEvent.Handover backToSender(CaseReader c, boolean sealed, List<String> items,
      LocalDate on, String note) {
    String from = c.text("fromOrgId");
    return from == null
        ? new CustodyEvent.Handover(DossierHolder.EXTERNAL, null, c.text("fromText"), null, sealed, items, on, note)
        : new CustodyEvent.Handover(DossierHolder.POST, null, null, organizations.tccsdOf(from).code(), sealed, items,
            on, note);
  }

  /** The sending case shows where its hồ sơ is (Tasklist shows the case's own variables). */
  private static void setOnSendingCase(DelegateExecution execution, String name, Object value) {
    DelegateExecution caller = execution.getProcessInstance().getSuperExecution();
    if (caller != null) {
      caller.getProcessInstance().setVariable(name, value);
    }
  }
}
