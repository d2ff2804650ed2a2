package vn.nq21.workflow.transfer;

import static vn.nq21.workflow.casework.CaseDates.fmt;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import vn.nq21.workflow.calendar.WorkingDayCalendar;
import vn.nq21.workflow.casework.CaseDates;
import vn.nq21.workflow.casework.CaseReader;
import vn.nq21.workflow.casework.CommonChecks;
import vn.nq21.workflow.casework.DossierInventory;
import vn.nq21.workflow.casework.Problems;
import vn.nq21.workflow.casework.ProcedureSteps;
import vn.nq21.workflow.casework.StepCheck;
import vn.nq21.workflow.engine.CaseVariables;
import vn.nq21.workflow.ledgers.DuesStatus;
import vn.nq21.workflow.ledgers.Ledgers;
import vn.nq21.workflow.ledgers.Records;
import vn.nq21.workflow.organization.Organization;
import vn.nq21.workflow.organization.OrganizationService;
import vn.nq21.workflow.registry.CustodyEvent;
import vn.nq21.workflow.registry.DossierCustody;
import vn.nq21.workflow.registry.DossierHolder;
import vn.nq21.workflow.registry.HoldPeriod;
import vn.nq21.workflow.registry.MemberHolds;
import vn.nq21.workflow.registry.MemberRegistry;
import vn.nq21.workflow.rules.Periods;

/**
 * The server-side check of each transfer form, run by {@link vn.nq21.workflow.casework.CaseTaskCheck}, and what a
 * task's form is given when it opens. One check per step, by the task's id in {@code bpmn/chuyen-sinh-hoat-dang.bpmn}
 * (both sides).
 */
@Component
class TransferChecks implements ProcedureSteps {

  /** §13.3: the transfer's papers, each by the variable holding its date. */
  static final String[][] DOSSIER = {
      {"causeDocumentDate", "Quyết định, giấy tờ làm căn cứ chuyển"},
      {"applicationDate", "Đơn đề nghị chuyển sinh hoạt đảng"},
      {"selfReviewDate", "Bản tự kiểm điểm có nhận xét của chi bộ"},
      {"commentDate", "Nhận xét của chi ủy, xác nhận đảng phí"},
      {"tccsdBoxDate", "Giấy giới thiệu sinh hoạt đảng (ô của cấp ủy cơ sở), danh mục hồ sơ, niêm phong"},
      {"introductionDate", "Giới thiệu của cấp ủy cấp trên đến nơi đến"},
      {"tempIntroDate", "Giấy giới thiệu sinh hoạt đảng tạm thời"},
      {"internalDecisionDate", "Quyết định chuyển sinh hoạt nội bộ"},
      {"reportDate", "Đảng viên xuất trình giấy giới thiệu ở nơi đến"},
      {"checkDate", "Nơi đến kiểm tra hồ sơ"},
      {"introducedOn", "Chi bộ nơi đến giới thiệu đảng viên"}};

  private final TransferSteps steps;
  private final TransferRules rules;
  private final MemberRegistry registry;
  private final MemberHolds holds;
  private final Ledgers ledgers;
  private final OrganizationService organizations;
  private final WorkingDayCalendar workingDays;
  private final Periods periods;
  private final DossierCustody custody;
  private final Map<String, StepCheck> checks;

  TransferChecks(TransferSteps steps, TransferRules rules, MemberRegistry registry, MemberHolds holds, Ledgers ledgers,
      OrganizationService organizations, WorkingDayCalendar workingDays, Periods periods, DossierCustody custody) {
    this.custody = custody;
    this.steps = steps;
    this.rules = rules;
    this.registry = registry;
    this.holds = holds;
    this.ledgers = ledgers;
    this.organizations = organizations;
    this.workingDays = workingDays;
    this.periods = periods;
    this.checks = build();
  }

  @Override
  public Set<String> processKeys() {
    return Set.of(TransferSteps.PROCESS_KEY, ReceivingSteps.PROCESS_KEY);
  }

  @Override
  public Map<String, StepCheck> checks() {
    return checks;
  }

  private Map<String, StepCheck> build() {
    Map<String, StepCheck> s = new LinkedHashMap<>();
    // sending side, official
    s.put("Task_DonTuKiemDiem", (c, p) -> {
      p.past("applicationDate", "Ngày ghi trên đơn đề nghị chuyển sinh hoạt");
      LocalDate review = p.past("selfReviewDate", "Ngày bản tự kiểm điểm");
      p.notBefore(p.past("chiBoCommentDate", "Ngày chi bộ nhận xét bản tự kiểm điểm"), "Ngày chi bộ nhận xét bản tự kiểm điểm", "selfReviewDate",
          "ngày tự kiểm điểm");
      if (review != null) {
        p.notBefore(review, "Ngày bản tự kiểm điểm", "applicationDate", "ngày ghi trên đơn");
      }
    });
    s.put("Task_GhiLyDoChamBatDau", CommonChecks::lateReview);
    s.put("Task_ChiUyNhanXet", (c, p) -> {
      p.notBefore("commentDate", "Ngày chi ủy nhận xét", "chiBoCommentDate", "ngày chi bộ nhận xét");
      p.required("chiUyComments", "Nhận xét của chi ủy");
    });
    s.put("Task_LapGiayGioiThieu", this::seal);
    s.put("Task_CapTrenGioiThieu", this::introduce);
    s.put("Task_HoanThienLaiHoSo", (c, p) -> {
      p.notBefore("returnReceivedDate", "Ngày nhận lại hồ sơ", "returnedDate", "ngày nơi đến trả lại");
      p.required("correctionNotes", "Những gì đã bổ sung, sửa");
      p.notBefore("sealedDate", "Ngày niêm phong lại hồ sơ", "returnReceivedDate", "ngày nhận lại hồ sơ");
      if (!c.flag("indexConfirmed")) {
        p.add("Danh mục hồ sơ phải được cấp ủy ký xác nhận, đóng dấu lại trước khi gửi (R-CS-05, R-CS-07).");
      }
    });
    s.put("Task_GhiNhanDaChuyen", (c, p) -> p.notBefore("notedDate", "Ngày ghi nhận", "introducedOn",
        "ngày chi bộ nơi đến giới thiệu"));
    s.put("Task_XacNhanNoiDenNgoai", (c, p) -> {
      p.notBefore("acceptedElsewhereDate", "Ngày nơi đến tiếp nhận", "introductionDate", "ngày giới thiệu");
      p.required("acceptanceEvidence", "Căn cứ xác nhận");
    });
    s.put("Task_XemXetKhongDenNgoai", this::noShow);
    s.put("Task_MoXoaTen", (c, p) -> {
      p.past("removalProposalDate", "Ngày chi ủy ghi nhận đề nghị");
      p.required("removalProposalNotes", "Nội dung đề nghị và căn cứ");
    });
    s.put("Task_DungHoSo", (c, p) -> {
      CommonChecks.stop(c, p);
      if ((c.text("introducedOn") != null || c.text("acceptedElsewhereDate") != null)
          && !"TU_TRAN".equals(c.text("stopReason"))) {
        p.add("Nơi đến đã tiếp nhận đảng viên: hồ sơ chỉ còn dừng được khi đảng viên từ trần.");
      }
    });
    // temporary
    s.put("Task_CapGiayTamThoi", this::temporaryIntroduction);
    s.put("Task_BaoCaoNoiTamThoi", (c, p) -> p.notBefore("tempReportDate", "Ngày đảng viên báo cáo, xuất trình giấy giới thiệu",
        "tempIntroDate", "ngày cấp giấy giới thiệu tạm thời"));
    s.put("Task_NhacBaoCaoTamThoi", (c, p) -> {
      p.past("reminderDate", "Ngày nhắc");
      p.required("reminderNotes", "Kết quả liên hệ với đảng viên");
    });
    s.put("Task_GiaHan", this::extension);
    s.put("Task_NhanXetKetThuc", (c, p) -> {
      p.notBefore("tempCommentDate", "Ngày chi bộ nhận xét", "tempStart", "ngày bắt đầu sinh hoạt tạm thời");
      p.required("tempComments", "Nhận xét của chi bộ nơi sinh hoạt tạm thời");
    });
    s.put("Task_TroLaiChinhThuc", (c, p) -> {
      LocalDate back = p.notBefore("returnDate", "Ngày trở lại sinh hoạt tại chi bộ chính thức", "tempStart",
          "ngày bắt đầu sinh hoạt tạm thời");
      LocalDate start = c.date("tempStart");
      if (back != null && start != null && !back.isAfter(start)) {
        p.add("“Ngày trở lại sinh hoạt tại chi bộ chính thức” (" + fmt(back) + ") phải sau ngày bắt đầu sinh hoạt tạm thời (" + fmt(start)
            + ").");
      }
    });
    // internal
    s.put("Task_DangUyQuyetDinhChuyen", (c, p) -> {
      p.required("internalDecisionNumber", "Số quyết định của đảng ủy cơ sở");
      p.notBefore("internalDecisionDate", "Ngày quyết định", "causeDocumentDate", "ngày của quyết định làm căn cứ");
      String to = p.required("toChiBoId", "Chi bộ nơi đến");
      if (to != null && steps.otherChiBo(c.text("fromOrgId")).stream().noneMatch(o -> o.code().equals(to))) {
        p.add("Chỉ chuyển nội bộ đến một chi bộ khác trong cùng đảng bộ cơ sở (R-CS-N01).");
      }
    });
    // receiving side
    s.put("Task_CapTrenNoiDenTiepNhan", (c, p) -> {
      p.notBefore("receivedDate", "Ngày nhận giấy giới thiệu", "introductionDate", "ngày giới thiệu của nơi đi");
      p.notBefore("forwardDate", "Ngày giới thiệu xuống cấp ủy cơ sở", "receivedDate", "ngày nhận giới thiệu");
    });
    s.put("Task_DangVienTrinhDien", (c, p) -> {
      LocalDate reported = p.notBefore("reportDate", "Ngày đảng viên xuất trình giấy, nộp hồ sơ", "reportDayZero",
          "ngày ghi trên giấy giới thiệu");
      LocalDate last = c.date("reportLastDay");
      if (reported != null && last != null) {
        c.set("reportLate", reported.isAfter(last));
      }
    });
    s.put("Task_NhacDangVienBaoCao", (c, p) -> {
      p.past("reminderDate", "Ngày nhắc");
      p.required("reminderNotes", "Kết quả liên hệ");
    });
    s.put("Task_XemXetKhongDen", this::noShow);
    s.put("Task_XetBaoCaoMuon", (c, p) -> {
      p.notBefore("lateDecisionDate", "Ngày cấp ủy quyết định", "reportDate", "ngày đảng viên xuất trình");
      p.required("lateDecision", "Quyết định");
      p.required("lateReason", "Lý do chậm và căn cứ quyết định");
    });
    s.put("Task_KiemTraHoSo", this::check);
    s.put("Task_ChiBoGioiThieu", (c, p) -> p.notBefore("introducedOn", "Ngày chi bộ giới thiệu đảng viên", "checkDate",
        "ngày tiếp nhận hồ sơ"));
    s.put("Task_DungHoSoNoiDen", (c, p) -> {
      CommonChecks.stop(c, p);
      if (c.text("stopReason") != null && !"TU_TRAN".equals(c.text("stopReason"))) {
        p.add("Nơi đến chỉ dừng hồ sơ khi đảng viên từ trần. Đảng viên không đến: chờ việc xem xét không đến; việc"
            + " khác: đề nghị nơi đi dừng hồ sơ.");
      }
    });
    return Map.copyOf(s);
  }

  /** R-CS-09, U7: the review of a member who has not reported; never a removal by itself. */
  private void noShow(CaseReader c, Problems p) {
    p.notBefore("noShowReviewDate", "Ngày cấp ủy xem xét", "introductionDate", "ngày giới thiệu");
    p.required("noShowDecision", "Kết luận");
    p.required("noShowNotes", "Lý do và căn cứ");
  }

  /**
   * CS04: no inspection, discipline or complaint open on the box's date unless overridden with a reason (R-CS-03);
   * đảng phí paid through the month of issue (R-CS-04); the index lists what the table requires, confirmed and
   * stamped; the hồ sơ sealed and who carries it (R-CS-05, R-CS-06). The introducing body is the one of that date.
   */
  private void seal(CaseReader c, Problems p) {
    p.required("introductionNumber", "Số giấy giới thiệu");
    LocalDate box = p.notBefore("tccsdBoxDate", "Ngày cấp ủy cơ sở ký ô giới thiệu", "commentDate",
        "ngày chi ủy nhận xét");
    p.past("memberSlipDate", "Ngày lập phiếu đảng viên");
    LocalDate stamped = p.notBefore("indexStampDate", "Ngày ký, đóng dấu danh mục", "commentDate", "ngày chi ủy nhận xét");
    p.notBefore(p.past("sealedDate", "Ngày niêm phong hồ sơ"), "Ngày niêm phong hồ sơ", "indexStampDate", "ngày xác nhận danh mục");
    p.required("carrier", "Người mang hồ sơ");
    p.required("transferBookNumber", "Số vào sổ chuyển sinh hoạt đảng");
    if (!c.flag("indexConfirmed")) {
      p.add("Danh mục hồ sơ chưa được cấp ủy ký xác nhận, đóng dấu: nơi đến sẽ không tiếp nhận (R-CS-05, R-CS-07).");
    }
    long member = c.id(CaseVariables.MEMBER);
    LocalDate day = box == null ? CaseDates.today() : box;
    indexProblems(c, p, "dossierIndex", rules.dossierItems(registry.require(member).status().name(), day));
    if (box == null || stamped == null) {
      return;
    }
    // on the box's date and today: a back-dated box does not pass a matter opened since
    List<HoldPeriod> open = new ArrayList<>(holds.on(member, box));
    holds.on(member, CaseDates.today()).stream().filter(h -> open.stream().noneMatch(o -> o.id() == h.id()))
        .forEach(open::add);
    if (!open.isEmpty()) {
      if (!c.flag("holdOverride")) {
        List<String> names = open.stream().map(HoldPeriod::describe).toList();
        p.add("Chưa chuyển sinh hoạt được khi chưa có kết luận (R-CS-03): " + String.join("; ", names) + ". Khi cấp có"
            + " thẩm quyền đồng ý cho chuyển, đánh dấu “Cấp có thẩm quyền đồng ý vẫn chuyển sinh hoạt” và ghi lý do,"
            + " cơ quan đồng ý.");
      } else {
        p.required("holdOverrideReason", "Lý do vẫn chuyển sinh hoạt");
        p.required("holdOverrideBody", "Cơ quan, cấp ủy đồng ý cho chuyển");
      }
    }
    List<String> unpaid = unpaidThrough(member, YearMonth.from(box), c.text("fromOrgId"));
    if (!unpaid.isEmpty()) {
      p.add("Đảng phí phải đóng hết tháng " + YearMonth.from(box).format(java.time.format.DateTimeFormatter
          .ofPattern("MM/yyyy")) + " (tháng cấp giấy giới thiệu, R-CS-04); sổ đảng phí còn: " + String.join(", ",
          unpaid) + ".");
    }
    var introducer = steps.introducer(c.text("fromOrgId"), box);
    c.set("introducerGroup", introducer.groupId());
    c.set("introducerOrgId", introducer.organizationCode());
    c.set("duesText", "Đã đóng đảng phí hết tháng " + YearMonth.from(box)
        .format(java.time.format.DateTimeFormatter.ofPattern("MM/yyyy")) + ".");
  }

  /**
   * R-CS-04: the months from the start of the ledger window (the member's stretch at the organisation, at most twelve
   * months back) through {@code month} that are neither paid, excused nor relieved, as "MM/yyyy (why)".
   */
  List<String> unpaidThrough(long member, YearMonth month, String orgCode) {
    LocalDate since = registry.memberships(member).stream().filter(m -> orgCode.equals(m.organizationCode())
        && m.validUntil() == null).findFirst().map(m -> m.validFrom()).orElse(null);
    YearMonth first = month.minusMonths(11);
    if (since != null && YearMonth.from(since).isAfter(first)) {
      first = YearMonth.from(since);
    }
    Map<YearMonth, Records.Dues> byMonth = new LinkedHashMap<>();
    for (int year = first.getYear(); year <= month.getYear(); year++) {
      ledgers.dues(member, year).forEach(d -> byMonth.put(d.month(), d));
    }
    List<Records.Relief> reliefs = ledgers.reliefs(member);
    List<String> unpaid = new ArrayList<>();
    for (YearMonth m = first; !m.isAfter(month); m = m.plusMonths(1)) {
      YearMonth current = m;
      var status = registry.statusOn(member, m.atEndOfMonth());
      if (status == null || !status.isMember()) {
        continue; // not a member that month: no đảng phí was due
      }
      Records.Dues dues = byMonth.get(m);
      boolean relieved = reliefs.stream().anyMatch(r -> r.kind() == vn.nq21.workflow.ledgers.ReliefKind.MIEN
          && r.covers(current));
      String label = m.format(java.time.format.DateTimeFormatter.ofPattern("MM/yyyy"));
      if (dues == null && !relieved) {
        unpaid.add(label + " (chưa có trong sổ)");
      } else if (dues != null && dues.status() == DuesStatus.CHUA_NOP && !relieved) {
        unpaid.add(label + " (chưa nộp)");
      }
    }
    return unpaid;
  }

  /** The index lists every item the table requires, and nothing it does not know (R-CS-05). */
  private static void indexProblems(CaseReader c, Problems p, String field, List<TransferRules.Item> items) {
    Set<String> ticked = new LinkedHashSet<>(c.list(field));
    Set<String> required = new LinkedHashSet<>();
    items.forEach(i -> required.add(i.code()));
    List<String> missing = items.stream().filter(i -> !ticked.contains(i.code())).map(TransferRules.Item::label).toList();
    if (!missing.isEmpty()) {
      p.add("Danh mục hồ sơ còn thiếu: " + String.join("; ", missing) + " (R-CS-05).");
    }
    Set<String> extra = new TreeSet<>(ticked);
    extra.removeAll(required);
    if (!extra.isEmpty()) {
      p.add("Danh mục có mục không thuộc hồ sơ chuyển của đảng viên này: " + String.join(", ", extra)
          + " (hồ sơ kết nạp chỉ với đảng viên dự bị; thẻ đảng viên chính thức do đảng viên giữ).");
    }
  }

  /** CS05: the introduction's date; the receiving TCCSĐ, an active one outside the sender's. */
  private void introduce(CaseReader c, Problems p) {
    LocalDate introduced = p.notBefore("introductionDate", "Ngày giới thiệu (ngày ký ô của cấp trên)", "tccsdBoxDate",
        "ngày cấp ủy cơ sở ký ô giới thiệu");
    // the hồ sơ leaves the office sealed: not before the day it was sealed
    p.notBefore(introduced, "Ngày giới thiệu (ngày ký ô của cấp trên)", "sealedDate", "ngày niêm phong hồ sơ");
    if (TransferSteps.OUTSIDE.equals(c.text("destinationScope"))) {
      return;
    }
    if (!TransferSteps.IN_SYSTEM.equals(c.text("destinationScope"))) {
      p.add("Nơi đến ở cùng đảng bộ cơ sở: không giới thiệu bằng giấy 10 ô; đảng ủy cơ sở quyết định chuyển sinh hoạt"
          + " nội bộ (dừng hồ sơ này và mở hồ sơ chuyển nội bộ).");
      return;
    }
    String to = p.required("toTccsdId", "Tổ chức cơ sở đảng nơi đến");
    if (to == null) {
      return;
    }
    Organization target = organizations.find(to).filter(Organization::active).orElse(null);
    if (target == null || !target.tccsd()) {
      p.add("“" + to + "” không phải tổ chức cơ sở đảng đang hoạt động trong hệ thống.");
    } else if (target.code().equals(organizations.tccsdOf(c.text("fromOrgId")).code())) {
      p.add(target.name() + " là tổ chức cơ sở đảng nơi đi: đây là chuyển sinh hoạt nội bộ, do đảng ủy cơ sở quyết"
          + " định; chọn tổ chức cơ sở đảng khác, hoặc dừng hồ sơ này và mở hồ sơ chuyển nội bộ.");
    } else {
      c.set("toTccsdName", target.name());
    }
  }

  /** CT02: the giấy 8 ô and the place; the recorded dates still give a temporary transfer (R-CS-T01, R-CS-T02). */
  private void temporaryIntroduction(CaseReader c, Problems p) {
    p.required("tempIntroNumber", "Số giấy giới thiệu sinh hoạt tạm thời");
    p.past("tempIntroDate", "Ngày cấp giấy giới thiệu");
    LocalDate start = p.date("tempStart", "Sinh hoạt tạm thời từ ngày");
    LocalDate end = p.date("tempEnd", "Sinh hoạt tạm thời đến hết ngày");
    String scope = p.required("tempScope", "Nơi sinh hoạt tạm thời");
    if (TransferSteps.IN_SYSTEM.equals(scope)) {
      String org = p.required("tempOrgId", "Chi bộ nơi sinh hoạt tạm thời");
      Organization target = org == null ? null : organizations.find(org).filter(Organization::active).orElse(null);
      if (org != null && (target == null || !target.type().isChiBo())) {
        p.add("“" + org + "” không phải chi bộ đang hoạt động trong hệ thống.");
      } else if (target != null && target.code().equals(c.text("fromOrgId"))) {
        p.add("Nơi sinh hoạt tạm thời là chính chi bộ của đảng viên.");
      }
      c.set("tempPlaceText", null);
    } else if (scope != null) {
      p.required("tempPlaceText", "Tổ chức đảng nơi sinh hoạt tạm thời");
      c.set("tempOrgId", null);
    }
    if (start == null || end == null) {
      return;
    }
    if (!end.isAfter(start)) {
      p.add("“Sinh hoạt tạm thời đến hết ngày” (" + fmt(end) + ") phải sau “Sinh hoạt tạm thời từ ngày” (" + fmt(start) + ").");
      return;
    }
    TransferRules.Kind kind = rules.kind(c.text("causeCode"), false, TransferSteps.months(start, end), start);
    if (!"TAM_THOI".equals(kind.kind()) && !kind.chiUyChooses()) {
      p.add(kind.message());
    } else {
      String limit = steps.temporaryLimitProblem(c.text("causeCode"), start, end);
      if (limit != null) {
        p.add(limit);
      }
    }
    if (p.ok()) {
      String org = c.text("tempOrgId");
      c.set("tempGroup", org == null ? organizations.groupFor(c.text("fromOrgId"), "chi-uy")
          : organizations.groupFor(org, "chi-uy"));
      c.set("destinationText", org == null ? c.text("tempPlaceText") : organizations.require(org).name());
    }
  }

  /**
   * CT04: an extension ends after the current end and keeps the whole stay under the limit (12 months for work or
   * residence, 24 for study, R-CS-T06, R-CS-T02); beyond it the answer is the official transfer.
   */
  private void extension(CaseReader c, Problems p) {
    p.past("extensionRequestDate", "Ngày đảng viên đề nghị");
    String answer = p.required("extensionAnswer", "Kết quả");
    if ("CHUYEN_CHINH_THUC".equals(answer) && TransferSteps.SAME_TCCSD.equals(c.text("destinationScope"))) {
      p.add("Nơi sinh hoạt tạm thời ở cùng đảng bộ cơ sở: không chuyển chính thức bằng giấy giới thiệu; chọn “Trở về"
          + " chi bộ chính thức trước thời hạn” rồi đề nghị đảng ủy cơ sở chuyển sinh hoạt nội bộ.");
      return;
    }
    if (!"GIA_HAN".equals(answer)) {
      return;
    }
    p.notBefore("officialInformedDate", "Ngày báo cho tổ chức đảng nơi sinh hoạt chính thức", "extensionRequestDate",
        "ngày đảng viên đề nghị");
    LocalDate end = p.date("newTempEnd", "Gia hạn đến hết ngày");
    LocalDate current = c.date("tempEnd");
    if (end == null || current == null) {
      return;
    }
    if (!end.isAfter(current)) {
      p.add("“Gia hạn đến hết ngày” (" + fmt(end) + ") phải sau ngày cuối hiện tại (" + fmt(current) + ").");
      return;
    }
    LocalDate start = c.date("tempStart");
    String limit = "HOC_TAP".equals(c.text("causeCode")) ? "HOC_TAP_TOI_DA" : "TAM_THOI_TOI_DA";
    int months = periods.of(TransferSteps.PROCESS_KEY, limit, start).amount();
    int total = TransferSteps.months(start, end);
    boolean over = "HOC_TAP".equals(c.text("causeCode")) ? total > months : total >= months;
    if (over) {
      p.add("Gia hạn đến " + fmt(end) + " thì tổng thời gian sinh hoạt tạm thời là " + total + " tháng, "
          + ("HOC_TAP".equals(c.text("causeCode")) ? "quá " : "đến ") + months + " tháng: chọn “Chuyển sinh hoạt chính"
          + " thức” (R-CS-T06).");
    }
  }

  /**
   * CS07 (R-CS-07): accepted only with the index confirmed, the seal intact and the contents as the index lists;
   * otherwise the message names the difference and the hồ sơ is returned with a note. The chi bộ is one of this TCCSĐ.
   */
  private void check(CaseReader c, Problems p) {
    p.notBefore("checkDate", "Ngày kiểm tra hồ sơ", "reportDate", "ngày đảng viên nộp hồ sơ");
    String conclusion = p.required("checkConclusion", "Kết luận");
    if ("TRA_LAI".equals(conclusion)) {
      p.required("refusalNote", "Lý do trả lại");
      return;
    }
    if (conclusion == null) {
      return;
    }
    List<String> faults = new ArrayList<>();
    if (!c.flag("indexConfirmedSeen")) {
      faults.add("danh mục không có xác nhận, đóng dấu của cấp ủy nơi đi");
    }
    if (!c.flag("sealIntact")) {
      faults.add("niêm phong không còn nguyên");
    }
    Set<String> sent = new TreeSet<>(c.list("dossierIndex"));
    Set<String> received = new TreeSet<>(c.list("itemsReceived"));
    if (!sent.equals(received)) {
      Set<String> missing = new TreeSet<>(sent);
      missing.removeAll(received);
      Set<String> extra = new TreeSet<>(received);
      extra.removeAll(sent);
      faults.add("tài liệu trong hồ sơ khác danh mục" + (missing.isEmpty() ? "" : " (thiếu: " + String.join(", ",
          missing) + ")") + (extra.isEmpty() ? "" : " (thừa: " + String.join(", ", extra) + ")"));
    }
    if (!faults.isEmpty()) {
      p.add("Không tiếp nhận được: " + String.join("; ", faults) + ". Chọn “Trả lại hồ sơ” và ghi lý do (R-CS-07).");
      return;
    }
    String chiBo = p.required("toChiBoId", "Chi bộ nơi đảng viên sinh hoạt");
    if (chiBo != null && chiBoOf(c.orgCode()).stream().noneMatch(o -> o.code().equals(chiBo))) {
      p.add("“" + chiBo + "” không phải chi bộ của " + organizations.require(c.orgCode()).name() + ".");
    }
  }

  private List<Organization> chiBoOf(String tccsd) {
    return organizations.subtree(tccsd).stream().filter(o -> o.type().isChiBo()).toList();
  }

  @Override
  public void prepare(String taskKey, CaseReader c) {
    String from = c.text("fromOrgId") == null ? c.orgCode() : c.text("fromOrgId");
    Long member = c.id(CaseVariables.MEMBER);
    switch (taskKey) {
      case "Task_ChiUyNhanXet", "Task_LapGiayGioiThieu" -> {
        if (member == null) {
          return;
        }
        LocalDate today = CaseDates.today();
        List<String> unpaid = unpaidThrough(member, YearMonth.from(today), from);
        c.update("duesText", unpaid.isEmpty() ? "Sổ đảng phí: đã đóng đến tháng này." : "Sổ đảng phí còn: "
            + String.join(", ", unpaid) + ". Phải đóng hết tháng cấp giấy giới thiệu (R-CS-04).");
        List<HoldPeriod> open = holds.on(member, today);
        c.update("holdsText", open.isEmpty() ? null : String.join("; ", open.stream().map(HoldPeriod::describe)
            .toList()));
      }
      case "Task_CapTrenGioiThieu" -> options(c, "tccsdOptions", organizations.all().stream()
          .filter(o -> o.tccsd() && !o.code().equals(organizations.tccsdOf(from).code())).toList());
      case "Task_KiemTraHoSo" -> options(c, "chiBoOptions", chiBoOf(c.orgCode()));
      case "Task_DangUyQuyetDinhChuyen" -> options(c, "chiBoOptions", steps.otherChiBo(from));
      case "Task_CapGiayTamThoi" -> options(c, "chiBoOptions", organizations.all().stream()
          .filter(o -> o.type().isChiBo() && !o.code().equals(from)).toList());
      default -> { }
    }
  }

  /** A select's options as form-js reads them ({@code valuesKey}): a JSON list of label and value. */
  private static void options(CaseReader c, String name, List<Organization> orgs) {
    c.setOptions(name, orgs.stream().sorted(java.util.Comparator.comparing(Organization::name))
        .map(o -> CaseReader.option(o.name(), o.code())).toList());
  }

  @Override
  public void accepted(DelegateTask task, CaseReader c) {
    DossierInventory.refresh(c, DOSSIER);
    if ("Task_LapGiayGioiThieu".equals(task.getTaskDefinitionKey())) {
      // R-CS-05/06: sealed at the sending office with its index, until the superior's introduction sends it on
      custody.handOver(c.id(CaseVariables.MEMBER), new CustodyEvent.Handover(DossierHolder.ORG,
          organizations.tccsdOf(c.text("fromOrgId")).code(), null, null, true, c.list("dossierIndex"),
          c.date("sealedDate"), "Niêm phong hồ sơ, danh mục đã xác nhận; giấy giới thiệu số "
              + c.text("introductionNumber")), task.getProcessInstanceId());
    }
  }
}
