package vn.nq21.workflow.transfer;

import static vn.nq21.workflow.casework.CaseDates.fmt;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import vn.nq21.workflow.calendar.WorkingDayCalendar;
import vn.nq21.workflow.casework.CaseDates;
import vn.nq21.workflow.casework.CaseMember;
import vn.nq21.workflow.casework.CaseOutcomes;
import vn.nq21.workflow.casework.CaseReader;
import vn.nq21.workflow.engine.CaseVariables;
import vn.nq21.workflow.engine.SubmissionRejectedException;
import vn.nq21.workflow.organization.Organization;
import vn.nq21.workflow.organization.OrganizationService;
import vn.nq21.workflow.registry.CustodyEvent;
import vn.nq21.workflow.registry.DossierCustody;
import vn.nq21.workflow.registry.DossierHolder;
import vn.nq21.workflow.registry.Member;
import vn.nq21.workflow.registry.MemberHolds;
import vn.nq21.workflow.registry.MemberRegistry;
import vn.nq21.workflow.registry.MemberStatus;
import vn.nq21.workflow.registry.Overlay;
import vn.nq21.workflow.registry.OverlayPeriod;
import vn.nq21.workflow.registry.OverlayStart;
import vn.nq21.workflow.rules.Periods;
import vn.nq21.workflow.security.CaseVisibility;

/**
 * What the sending side of {@code bpmn/chuyen-sinh-hoat-dang.bpmn} (§7) asks of the application by name ({@code
 * ${transfer.…}}): the member, the cause and its kind when the case opens; DANG_CHUYEN and the hồ sơ on its way when
 * the superior has introduced; a returned hồ sơ sent again; SH_TAM_THOI, its extension and its end; the internal move;
 * the stop.
 */
@Component("transfer")
@EnableConfigurationProperties(TransferSettings.class)
public class TransferSteps {

  public static final String PROCESS_KEY = "chuyen-sinh-hoat-dang";

  static final Map<String, String> OUTCOMES = Map.of(
      "DA_CHUYEN", "Đã chuyển sinh hoạt đảng chính thức; nơi đến đã tiếp nhận",
      "DA_CHUYEN_NOI_BO", "Đã chuyển sinh hoạt sang chi bộ khác trong đảng bộ",
      "DA_CHUYEN_NGOAI", "Đã chuyển sinh hoạt đảng chính thức đến tổ chức đảng ngoài hệ thống; nơi đến đã xác nhận",
      "TAM_THOI_DA_TRO_LAI", "Đã sinh hoạt tạm thời và trở lại chi bộ",
      "DE_NGHI_XOA_TEN", "Đảng viên không báo cáo nơi đến: đề nghị xem xét xóa tên (R-CS-09)",
      "TU_TRAN", "Dừng: đảng viên từ trần",
      "KHAC", "Dừng theo quyết định của chi ủy");

  /** The causes of the start form, as the clerk reads them (the table decides what each calls for). */
  static final Map<String, String> CAUSES = causes();

  private static Map<String, String> causes() {
    Map<String, String> causes = new LinkedHashMap<>();
    causes.put("CHUYEN_CONG_TAC", "Quyết định chuyển công tác");
    causes.put("NGHI_HUU", "Nghỉ hưu");
    causes.put("NGHI_MAT_SUC", "Nghỉ mất sức");
    causes.put("THOI_VIEC", "Thôi việc");
    causes.put("XUAT_NGU", "Xuất ngũ");
    causes.put("DOI_NOI_CU_TRU", "Thay đổi nơi cư trú lâu dài");
    causes.put("HOC_TAP", "Đi học tập trung trong nước");
    causes.put("LAM_VIEC_NOI_KHAC", "Làm việc ở nơi khác có thời hạn");
    causes.put("CU_TRU_NOI_KHAC", "Cư trú ở nơi khác có thời hạn");
    causes.put("TOT_NGHIEP_CHO_VIEC", "Tốt nghiệp, đang chờ việc");
    causes.put("KHAC", "Lý do khác");
    return Map.copyOf(causes);
  }

  static final String IN_SYSTEM = "TRONG_HE_THONG";
  static final String OUTSIDE = "NGOAI_HE_THONG";
  static final String SAME_TCCSD = "CUNG_DANG_BO";

  private final MemberRegistry registry;
  private final MemberHolds holds;
  private final DossierCustody custody;
  private final TransferRules rules;
  private final TransferSettings settings;
  private final Periods periods;
  private final OrganizationService organizations;
  private final WorkingDayCalendar workingDays;
  private final CaseVisibility visibility;
  private final RuntimeService runtimeService;
  private final OtherCases otherCases;

  TransferSteps(MemberRegistry registry, MemberHolds holds, DossierCustody custody, TransferRules rules,
      TransferSettings settings, Periods periods, OrganizationService organizations, WorkingDayCalendar workingDays,
      CaseVisibility visibility, @Lazy RuntimeService runtimeService, OtherCases otherCases) {
    this.registry = registry;
    this.holds = holds;
    this.custody = custody;
    this.rules = rules;
    this.settings = settings;
    this.periods = periods;
    this.organizations = organizations;
    this.workingDays = workingDays;
    this.visibility = visibility;
    this.runtimeService = runtimeService;
    this.otherCases = otherCases;
  }

  /**
   * CS01: the member (a dự bị or official member of this chi bộ, not in transit, with no other transfer case open),
   * the cause and the kind the table gives for it (R-CS-01, R-CS-T01, R-CS-T02; refused below 3 months), the late
   * start's reason (R-CS-02), the groups of the steps ahead, and the warnings the chi ủy must see.
   */
  public void prepare(DelegateExecution execution) {
    CaseReader c = CaseReader.of(execution);
    Member member = CaseMember.byRecordNumber(c, registry, "Số lý lịch của đảng viên");
    String record = member.recordNumber();
    List<String> problems = new ArrayList<>();
    LocalDate today = CaseDates.today();
    if (!member.status().isMember()) {
      problems.add(member.fullName() + " không phải đảng viên (đang là “" + member.status().label()
          + "”): chỉ đảng viên mới chuyển sinh hoạt đảng.");
    }
    if (!member.organizationCode().equals(c.orgCode())) {
      problems.add("Số lý lịch " + record + " không phải đảng viên của chi bộ này: chi bộ nơi đảng viên đang sinh"
          + " hoạt làm thủ tục chuyển.");
    }
    if (registry.outside(member.id()).isPresent()) {
      problems.add(member.fullName() + " đã chuyển sinh hoạt ra ngoài hệ thống: không còn là đảng viên của chi bộ.");
    }
    if (registry.overlaysOn(member.id(), today).contains(Overlay.DANG_CHUYEN)) {
      problems.add(member.fullName() + " đang trong thời gian chuyển sinh hoạt.");
    }
    // This case is not in the database yet (it flushes at the end of the transaction): a match is another one
    if (runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
        .processInstanceBusinessKey(member.recordNumber()).count() > 0) {
      problems.add(member.fullName() + " đã có hồ sơ chuyển sinh hoạt đang mở.");
    }
    LocalDate effective = c.date("causeEffectiveDate");
    if (effective == null) {
      problems.add("Chưa nhập “Ngày quyết định có hiệu lực hoặc ngày thay đổi nơi ở”.");
    } else if (effective.isAfter(today.plusYears(1))) {
      problems.add("“Ngày quyết định có hiệu lực hoặc ngày thay đổi nơi ở” (" + fmt(effective) + ") quá một năm sau"
          + " hôm nay: kiểm tra lại ngày.");
    }
    String cause = c.text("causeCode");
    String scope = c.text("destinationScope");
    if (cause == null || !CAUSES.containsKey(cause)) {
      problems.add("Chưa chọn “Lý do chuyển sinh hoạt”.");
    }
    if (scope == null || !List.of(SAME_TCCSD, IN_SYSTEM, OUTSIDE).contains(scope)) {
      problems.add("Chưa chọn “Nơi đến” (chi bộ khác trong cùng đảng bộ cơ sở, tổ chức đảng khác dùng hệ thống này,"
          + " hay nơi không dùng hệ thống này).");
    }
    if (c.text("destinationText") == null) {
      problems.add("Chưa nhập “Nơi đến (cơ quan, đơn vị, địa phương)”.");
    }
    LocalDate plannedEnd = c.date("plannedEnd");
    if (effective != null && plannedEnd != null && !plannedEnd.isAfter(effective)) {
      problems.add("“Ngày dự kiến trở về” (" + fmt(plannedEnd) + ") phải sau ngày có hiệu lực (" + fmt(effective)
          + ").");
    }
    if (!problems.isEmpty()) {
      throw new SubmissionRejectedException(problems);
    }
    TransferRules.Kind kind = rules.kind(cause, SAME_TCCSD.equals(scope), months(effective, plannedEnd), effective);
    String chosen = kind.kind();
    if (kind.chiUyChooses()) {
      chosen = c.text("chosenKind");
      if (chosen == null) {
        throw new SubmissionRejectedException(List.of(kind.message() + " Chọn “Hình thức chuyển do chi ủy chọn”."));
      }
    } else if (!kind.opens()) {
      throw new SubmissionRejectedException(List.of(kind.message()));
    }
    problems.addAll(kindProblems(chosen, scope, plannedEnd, member));
    if ("TAM_THOI".equals(chosen) && plannedEnd != null) {
      String limit = temporaryLimitProblem(cause, effective, plannedEnd);
      if (limit != null) {
        problems.add(limit);
      }
    }
    Date startDeadline = null;
    if ("CHINH_THUC".equals(chosen)) {
      LocalDate last = workingDays.plusWorkingDays(effective,
          periods.workingDays(PROCESS_KEY, "BAT_DAU", effective));
      startDeadline = workingDays.endOfDay(last);
      if (today.isAfter(last) && c.text("lateStartReason") == null) {
        problems.add("Đã quá 60 ngày làm việc kể từ ngày " + fmt(effective) + " (hạn cuối " + fmt(last) + "): ghi “Lý do"
            + " chậm làm thủ tục” (R-CS-02).");
      }
    }
    if (!problems.isEmpty()) {
      throw new SubmissionRejectedException(problems);
    }
    Organization from = organizations.require(c.orgCode());
    CaseMember.bind(execution, registry, member);
    execution.setVariable("memberStatusLabel", member.status().label());
    execution.setVariable("memberStatus", member.status().name());
    execution.setVariable("fromOrgId", from.code());
    execution.setVariable("fromOrgName", from.name());
    execution.setVariable("causeLabel", CAUSES.get(cause));
    execution.setVariable("kind", chosen);
    execution.setVariable("kindLabel", kindLabel(chosen));
    execution.setVariable("tccsdOffice", tccsdOffice(from.code()));
    execution.setVariable("introducerGroup", introducer(from.code(), today).groupId());
    execution.setVariable("introducerOrgId", introducer(from.code(), today).organizationCode());
    if ("NOI_BO".equals(chosen)) {
      execution.setVariable("internalGroup", organizations.authorityFor(from.code(), "CHUYEN_SH_NOI_BO", today)
          .groupId());
    }
    execution.setVariable("startDeadline", startDeadline);
    execution.setVariable("lateStartReason", c.text("lateStartReason")); // the late-start gateway reads it, set or not
    execution.setVariable("transferState", "DANG_LAM_THU_TUC");
    execution.setVariable("transferWarnings", warnings(member, today));
    execution.setVariable("dossierItemsText", itemsText(member.status().name(), today));
  }

  private List<String> kindProblems(String kind, String scope, LocalDate plannedEnd, Member member) {
    List<String> problems = new ArrayList<>();
    boolean same = SAME_TCCSD.equals(scope);
    switch (kind) {
      case "NOI_BO" -> {
        if (!same) {
          problems.add("Chuyển nội bộ chỉ giữa các chi bộ trong cùng đảng bộ cơ sở: ở “Nơi đến” chọn “Chi bộ khác trong"
              + " cùng đảng bộ cơ sở”.");
        } else if (otherChiBo(member.organizationCode()).isEmpty()) {
          problems.add(organizations.require(member.organizationCode()).name() + " là chi bộ cơ sở, không có chi bộ"
              + " khác trong cùng đảng bộ để chuyển nội bộ.");
        }
      }
      case "CHINH_THUC" -> {
        if (same) {
          problems.add("Nơi đến ở cùng đảng bộ cơ sở: đây là chuyển sinh hoạt nội bộ (R-CS-N01), không lập giấy giới"
              + " thiệu 10 ô.");
        }
      }
      case "TAM_THOI" -> {
        if (plannedEnd == null) {
          problems.add("Sinh hoạt tạm thời cần “Ngày dự kiến trở về” (R-CS-T01).");
        }
      }
      default -> problems.add("Hình thức chuyển “" + kind + "” không có.");
    }
    return problems;
  }

  /**
   * R-GEN-02: the whole calendar months from the first day to the day after the last, n being reached when
   * {@code from.plusMonths(n)} (the same day number, or the month's last day) is not after it; null without an end.
   * 30/11 to 27/02 is 3 months (30/11 + 3 months = 28/02).
   */
  static Integer months(LocalDate from, LocalDate lastDay) {
    if (from == null || lastDay == null) {
      return null;
    }
    LocalDate dayAfter = lastDay.plusDays(1);
    int n = Math.max(0, (int) Period.between(from, dayAfter).toTotalMonths() - 1);
    while (!from.plusMonths(n + 1L).isAfter(dayAfter)) {
      n++;
    }
    return n;
  }

  /**
   * R-CS-T01, R-CS-T02, R-CS-T06: a temporary stay lasts at least the table's minimum and stays under its maximum (up
   * to the study maximum for study); null when within. Also for a kind the chi ủy chose.
   */
  String temporaryLimitProblem(String cause, LocalDate start, LocalDate lastDay) {
    int months = months(start, lastDay);
    int min = periods.of(PROCESS_KEY, "TAM_THOI_TOI_THIEU", start).amount();
    boolean study = "HOC_TAP".equals(cause);
    int max = periods.of(PROCESS_KEY, study ? "HOC_TAP_TOI_DA" : "TAM_THOI_TOI_DA", start).amount();
    if (months < min) {
      return "Sinh hoạt tạm thời từ " + fmt(start) + " đến hết " + fmt(lastDay) + " là " + months + " tháng, dưới "
          + min + " tháng: không chuyển sinh hoạt tạm thời (R-CS-T01).";
    }
    if (study ? months > max : months >= max) {
      return "Sinh hoạt tạm thời từ " + fmt(start) + " đến hết " + fmt(lastDay) + " là " + months + " tháng, "
          + (study ? "quá " : "từ ") + max + " tháng: chuyển sinh hoạt chính thức (" + (study ? "R-CS-T02" : "R-CS-T01")
          + ").";
    }
    return null;
  }

  static String kindLabel(String kind) {
    return switch (kind) {
      case "CHINH_THUC" -> "Chuyển sinh hoạt đảng chính thức";
      case "TAM_THOI" -> "Chuyển sinh hoạt đảng tạm thời";
      case "NOI_BO" -> "Chuyển sinh hoạt nội bộ";
      default -> kind;
    };
  }

  /** The office of the tổ chức cơ sở đảng of the organisation: it seals the hồ sơ and keeps it (§7.2). */
  String tccsdOffice(String orgCode) {
    return organizations.officeOf(organizations.tccsdOf(orgCode).code());
  }

  /** Who introduces the member to the receiving side (A10, A11) on that day. */
  vn.nq21.workflow.organization.Authority introducer(String orgCode, LocalDate day) {
    return organizations.authorityFor(orgCode, "CHUYEN_SH", day);
  }

  /** The other chi bộ of the organisation's TCCSĐ: where an internal transfer may go. */
  List<Organization> otherChiBo(String orgCode) {
    Organization tccsd = organizations.tccsdOf(orgCode);
    return organizations.subtree(tccsd.code()).stream().filter(o -> o.type().isChiBo() && !o.code().equals(orgCode))
        .toList();
  }

  String itemsText(String status, LocalDate day) {
    StringBuilder text = new StringBuilder();
    for (TransferRules.Item item : rules.dossierItems(status, day)) {
      text.append("- ").append(item.label()).append('\n');
    }
    return text.toString().trim();
  }

  /** What the chi ủy should know before the member goes (R-CN-14, R-CS-03, §8.5). */
  private String warnings(Member member, LocalDate today) {
    List<String> warnings = new ArrayList<>();
    if (member.status() == MemberStatus.DU_BI) {
      warnings.add("Đảng viên dự bị: được chuyển sinh hoạt, hồ sơ dự bị theo đảng viên đến chi bộ mới (R-CN-14); hồ sơ"
          + " kết nạp nằm trong hồ sơ chuyển đi.");
    }
    var overlays = registry.overlaysOn(member.id(), today);
    if (overlays.contains(Overlay.MIEN_SH)) {
      warnings.add("Đảng viên đang được miễn công tác và sinh hoạt đảng.");
    }
    if (overlays.contains(Overlay.SH_TAM_THOI)) {
      warnings.add("Đảng viên đang sinh hoạt tạm thời ở nơi khác.");
    }
    int open = holds.on(member.id(), today).size();
    if (open > 0) {
      // what the matters are is shown to the office that seals the hồ sơ only (holdsText), not to every reader
      warnings.add("Đảng viên đang có " + open + " việc chưa kết luận (kiểm tra, kỷ luật hoặc khiếu nại): chưa lập giấy"
          + " giới thiệu được cho đến khi có kết luận (R-CS-03).");
    }
    return warnings.isEmpty() ? null : String.join(" ", warnings);
  }

  /**
   * CS05 → the registry: DANG_CHUYEN from the introduction's date to the receiving TCCSĐ (the member stays on the
   * sender's roll, R-CS-11); the hồ sơ leaves the sending office with the member or by post; the receiving side's
   * supervisors see the case from now on.
   */
  public void recordInTransit(DelegateExecution execution) {
    CaseReader c = CaseReader.of(execution);
    long member = c.id(CaseVariables.MEMBER);
    LocalDate introduced = c.date("introductionDate");
    String to = c.text("toTccsdId");
    if (!IN_SYSTEM.equals(c.text("destinationScope"))) {
      to = null; // outside the installation: the place is the text
      // U7 for the sending side, which alone follows a member going outside
      LocalDate noShow = introduced.plusMonths(settings.noShowMonthsForRemovalReview()).plusDays(1);
      execution.setVariable("noShowDue", Date.from(noShow.atStartOfDay(workingDays.zone()).toInstant()));
    }
    OverlayPeriod period = registry.startOverlay(member, Overlay.DANG_CHUYEN, introduced,
        new OverlayStart(to, c.text("destinationText"), null, c.text("causeLabel") + "; giấy giới thiệu số "
            + c.text("introductionNumber"), null), execution.getProcessInstanceId());
    execution.setVariable("inTransitPeriodId", period.id());
    custody.handOver(member, new CustodyEvent.Handover(carrier(c), null, null, to, true, c.list("dossierIndex"),
        introduced, "Giấy giới thiệu số " + c.text("introductionNumber") + " ngày " + fmt(introduced)
            + (to == null ? ", đến " + c.text("destinationText") + " (ngoài hệ thống)" : "")),
        execution.getProcessInstanceId());
    if (to != null) {
      visibility.grantSupervisors(execution.getProcessInstanceId(), to);
    }
    execution.setVariable("transferState", "DANG_CHUYEN");
  }

  static DossierHolder carrier(CaseReader c) {
    return "TO_CHUC".equals(c.text("carrier")) ? DossierHolder.POST : DossierHolder.MEMBER;
  }

  /**
   * Outside the installation, the acceptance the sending office confirmed from the returned phiếu báo: the hồ sơ is
   * there, and the member leaves this installation's rolls on that day (DANG_CHUYEN ends with it); a probation case
   * here ends, the receiving organisation continuing the probation.
   */
  public void recordMovedOut(DelegateExecution execution) {
    CaseReader c = CaseReader.of(execution);
    long member = c.id(CaseVariables.MEMBER);
    LocalDate accepted = c.date("acceptedElsewhereDate");
    String place = c.text("destinationText");
    custody.handOver(member, new CustodyEvent.Handover(DossierHolder.EXTERNAL, null, place, null, true,
        c.list("dossierIndex"), accepted, "Nơi đến xác nhận tiếp nhận: " + c.text("acceptanceEvidence")),
        execution.getProcessInstanceId());
    registry.moveOut(member, accepted, place, "Chuyển sinh hoạt đảng chính thức, nơi đến xác nhận ngày "
        + fmt(accepted), execution.getProcessInstanceId());
    otherCases.leave(execution, accepted, place);
    execution.setVariable("transferState", "DA_CHUYEN_NGOAI");
  }

  /** The corrected hồ sơ, sealed again, goes back to the receiving side; its 30 working days start again [I]. */
  public void recordSentAgain(DelegateExecution execution) {
    CaseReader c = CaseReader.of(execution);
    long member = c.id(CaseVariables.MEMBER);
    LocalDate sealed = c.date("sealedDate");
    custody.handOver(member, new CustodyEvent.Handover(DossierHolder.ORG, organizations.tccsdOf(c.text("fromOrgId"))
        .code(), null, null, true, c.list("dossierIndex"), c.date("returnReceivedDate"), "Nhận lại hồ sơ bị trả lại"),
        execution.getProcessInstanceId());
    custody.handOver(member, new CustodyEvent.Handover(carrier(c), null, null, c.text("toTccsdId"), true,
        c.list("dossierIndex"), sealed, "Gửi lại hồ sơ đã hoàn thiện"), execution.getProcessInstanceId());
    execution.setVariable("sentAgainDate", sealed.toString());
    execution.setVariable("transferState", "DANG_CHUYEN");
  }

  /**
   * R-CS-09: the receiving side proposes xóa tên for a member who did not report. The member is still the sender's
   * (R-CS-11): the transit ends, the chi ủy's proposal is recorded, and the removal procedure opens a review of it at
   * the chi ủy (never a removal by itself).
   */
  public void proposeRemoval(DelegateExecution execution) {
    CaseReader c = CaseReader.of(execution);
    endInTransit(execution, c.dateOr("removalProposalDate", CaseDates.today()),
        "Không báo cáo nơi đến; đề nghị xem xét xóa tên");
    otherCases.askRemovalReview(execution, c.id(CaseVariables.MEMBER), c.orgCode(), c.text("removalProposalNotes"));
    close(execution, "DE_NGHI_XOA_TEN");
  }

  private void endInTransit(DelegateExecution execution, LocalDate on, String reason) {
    CaseReader c = CaseReader.of(execution);
    Long period = c.id("inTransitPeriodId");
    long member = c.id(CaseVariables.MEMBER);
    if (period != null && registry.overlays(member).stream().anyMatch(p -> p.id() == period && p.open())) {
      registry.endOverlay(member, period, on, reason, execution.getProcessInstanceId());
    }
  }

  /** CT02 → the registry: SH_TAM_THOI from the start to the end the giấy states, at the temporary chi bộ or place. */
  public void recordTemporary(DelegateExecution execution) {
    CaseReader c = CaseReader.of(execution);
    LocalDate start = c.date("tempStart");
    LocalDate end = c.date("tempEnd");
    OverlayPeriod period = registry.startOverlay(c.id(CaseVariables.MEMBER), Overlay.SH_TAM_THOI, start,
        new OverlayStart(c.text("tempOrgId"), c.text("tempPlaceText"), end.plusDays(1), c.text("causeLabel")
            + "; giấy giới thiệu tạm thời số " + c.text("tempIntroNumber"), null), execution.getProcessInstanceId());
    execution.setVariable("tempPeriodIds", String.valueOf(period.id()));
    if (c.text("tempOrgId") != null) {
      visibility.grantSupervisors(execution.getProcessInstanceId(), c.text("tempOrgId"));
    }
    setTemporaryEnd(execution, end);
    LocalDate reportBy = workingDays.plusWorkingDays(c.date("tempIntroDate"), settings.temporaryReportWorkingDays());
    execution.setVariable("tempReportDue", workingDays.endOfDay(reportBy));
    execution.setVariable("transferState", "SINH_HOAT_TAM_THOI");
  }

  private void setTemporaryEnd(DelegateExecution execution, LocalDate lastDay) {
    execution.setVariable("tempEnd", lastDay.toString());
    execution.setVariable("tempEndText", "Sinh hoạt tạm thời đến hết ngày " + fmt(lastDay) + ".");
    // the timer fires as the first day back begins
    execution.setVariable("tempEndDue", Date.from(lastDay.plusDays(1).atStartOfDay(workingDays.zone()).toInstant()));
  }

  /** CT04: a new period follows on from the current one, to the new end (R-CS-T06 checked with the answer). */
  public void extendTemporary(DelegateExecution execution) {
    CaseReader c = CaseReader.of(execution);
    LocalDate from = c.date("tempEnd").plusDays(1);
    LocalDate end = c.date("newTempEnd");
    OverlayPeriod period = registry.startOverlay(c.id(CaseVariables.MEMBER), Overlay.SH_TAM_THOI, from,
        new OverlayStart(c.text("tempOrgId"), c.text("tempPlaceText"), end.plusDays(1), "Gia hạn sinh hoạt tạm thời",
            null), execution.getProcessInstanceId());
    execution.setVariable("tempPeriodIds", c.text("tempPeriodIds") + "," + period.id());
    setTemporaryEnd(execution, end);
    execution.removeVariable("extensionAnswer");
    execution.removeVariable("newTempEnd");
  }

  /** CT04 → official: the stay would reach 12 months; it ends on the request and the official transfer begins. */
  public void convertToOfficial(DelegateExecution execution) {
    CaseReader c = CaseReader.of(execution);
    endTemporaryOn(execution, c.date("extensionRequestDate"), "Chuyển sang chuyển sinh hoạt chính thức (R-CS-T06)");
    LocalDate today = CaseDates.today();
    execution.setVariable("kind", "CHINH_THUC");
    execution.setVariable("kindLabel", kindLabel("CHINH_THUC"));
    LocalDate last = workingDays.plusWorkingDays(today, periods.workingDays(PROCESS_KEY, "BAT_DAU", today));
    execution.setVariable("startDeadline", workingDays.endOfDay(last));
    execution.setVariable("transferState", "DANG_LAM_THU_TUC");
  }

  /** CT05 back: the member returns to the official chi bộ on the return date; an early return ends the stay then. */
  public void endTemporary(DelegateExecution execution) {
    CaseReader c = CaseReader.of(execution);
    endTemporaryOn(execution, c.date("returnDate"), "Trở lại sinh hoạt ở chi bộ chính thức");
  }

  private void endTemporaryOn(DelegateExecution execution, LocalDate firstDayBack, String reason) {
    CaseReader c = CaseReader.of(execution);
    long member = c.id(CaseVariables.MEMBER);
    for (OverlayPeriod period : registry.overlays(member)) {
      boolean ours = period.overlay() == Overlay.SH_TAM_THOI && execution.getProcessInstanceId().equals(period.caseId());
      if (!ours) {
        continue;
      }
      if (!period.validFrom().isBefore(firstDayBack)) {
        registry.endOverlay(member, period.id(), period.validFrom(), reason, execution.getProcessInstanceId());
      } else if (period.validUntil() == null || period.validUntil().isAfter(firstDayBack)) {
        registry.endOverlay(member, period.id(), firstDayBack, reason, execution.getProcessInstanceId());
      }
    }
  }

  /** CN-NB01 → the registry: the member belongs to the new chi bộ from the decision's date (R-CS-N01). */
  public void recordInternalMove(DelegateExecution execution) {
    CaseReader c = CaseReader.of(execution);
    LocalDate decided = c.date("internalDecisionDate");
    registry.moveTo(c.id(CaseVariables.MEMBER), c.text("toChiBoId"), decided, "Chuyển sinh hoạt nội bộ, quyết định"
        + " số " + c.text("internalDecisionNumber") + " ngày " + fmt(decided), execution.getProcessInstanceId());
    visibility.grantSupervisors(execution.getProcessInstanceId(), c.text("toChiBoId"));
    otherCases.follow(execution, c.text("toChiBoId"), decided);
  }

  public void close(DelegateExecution execution, String outcome) {
    CaseOutcomes.close(execution, outcome, OUTCOMES);
  }

  /**
   * The clerk stopped the case: a death is recorded in the registry (which ends every overlay); otherwise a transit
   * or a temporary stay this case started ends on the stop's date, and a hồ sơ on its way is recorded as back at the
   * sending office.
   */
  public void stop(DelegateExecution execution) {
    String outcome = CaseOutcomes.stop(execution, OUTCOMES, registry, CaseVariables.MEMBER);
    CaseReader c = CaseReader.of(execution);
    Long member = c.id(CaseVariables.MEMBER);
    if (member == null) {
      return;
    }
    LocalDate on = c.dateOr("stopDate", CaseDates.today());
    if (!"TU_TRAN".equals(outcome)) {
      endInTransit(execution, on, "Dừng hồ sơ chuyển sinh hoạt");
      endTemporaryOn(execution, on, "Dừng hồ sơ chuyển sinh hoạt");
    }
    if (registry.outside(member).isPresent() || !c.text("fromOrgId").equals(registry.require(member).organizationCode())) {
      return; // the member has moved: the hồ sơ stays with the organisation that received them
    }
    String sendingOffice = organizations.tccsdOf(c.text("fromOrgId")).code();
    custody.current(member).filter(e -> !(e.holder() == DossierHolder.ORG && sendingOffice.equals(e.organizationCode())))
        .ifPresent(e -> custody.handOver(member, new CustodyEvent.Handover(DossierHolder.ORG, sendingOffice, null, null,
            e.sealed(), e.items(), CaseDates.later(on, e.since()), "Hồ sơ trả lại nơi đi khi dừng chuyển sinh hoạt"),
            execution.getProcessInstanceId()));
  }
}
