package vn.nq21.workflow.ledgers;

import static vn.nq21.workflow.casework.CaseDates.fmt;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.nq21.workflow.casework.CaseDates;
import vn.nq21.workflow.casework.CaseMessages;
import vn.nq21.workflow.ledgers.Records.Dues;
import vn.nq21.workflow.ledgers.Records.MeetingAttendance;
import vn.nq21.workflow.ledgers.Records.Rating;
import vn.nq21.workflow.ledgers.Records.Relief;
import vn.nq21.workflow.ledgers.SheetReader.SheetRow;
import vn.nq21.workflow.organization.OrganizationService;
import vn.nq21.workflow.registry.Member;
import vn.nq21.workflow.registry.MemberRegistry;
import vn.nq21.workflow.registry.MemberStatus;
import vn.nq21.workflow.registry.Overlay;

/**
 * The ledgers of a chi bộ: brought in line by line, all or nothing. Every line is checked first (the member is in
 * the registry and belonged to this chi bộ on the line's date, was a member that day, the date is not in the future,
 * no line repeats another, numbers are numbers); any problem refuses the whole import with the list of problems by
 * line, and nothing is written. A line equal to what is stored changes nothing, so the same file twice changes
 * nothing; a line that differs corrects the stored one.
 */
@Service
@Transactional
public class Ledgers {

  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy");
  private static final Set<Integer> REDUCTIONS = Set.of(30, 50, 70);
  /** A reduction is granted for at most 12 months at a time (R-DP-03). */
  private static final int MAX_REDUCTION_MONTHS = 12;

  /** What an import did: lines read, records added, corrected, and already as the file says. */
  public record ImportResult(LedgerKind kind, String organizationCode, int lines, int added, int changed,
      int unchanged) {}

  private final LedgerRepository repository;
  private final MemberRegistry registry;
  private final OrganizationService organizations;
  private final IdentityService identityService;
  private final LedgerSettings settings;
  private final CaseMessages messages;

  /**
   * The removal model's start message (dua-ra-khoi-dang.bpmn): a review at the chi ủy, with memberId, caseOrgId,
   * reviewSource and reviewDetails.
   */
  static final String REMOVAL_REVIEW = "de-nghi-ra-soat-xoa-ten";

  Ledgers(LedgerRepository repository, MemberRegistry registry, OrganizationService organizations,
      IdentityService identityService, LedgerSettings settings, CaseMessages messages) {
    this.settings = settings;
    this.messages = messages;
    this.repository = repository;
    this.registry = registry;
    this.organizations = organizations;
    this.identityService = identityService;
  }

  /** Brings in the lines of one book of the chi bộ {@code orgCode}; refused as a whole on any problem. */
  public ImportResult importRows(String orgCode, LedgerKind kind, List<SheetRow> rows) {
    organizations.require(orgCode);
    List<String> problems = new ArrayList<>();
    if (rows.isEmpty()) {
      throw new LedgerImportException(List.of("Tệp không có dòng số liệu nào (" + kind.label() + ")."));
    }
    Set<String> columns = rows.get(0).cells().keySet();
    List<String> missing = kind.required().stream().filter(c -> !columns.contains(c)).toList();
    if (!missing.isEmpty()) {
      throw new LedgerImportException(List.of("Dòng 1 (tên cột): thiếu cột " + headings(missing) + ". " + kind.label()
          + " cần các cột " + headings(kind.required()) + "; có thể thêm " + headings(kind.optional()) + "."));
    }
    List<Runnable> writes = new ArrayList<>();
    int[] counts = new int[3];
    Set<String> seen = new HashSet<>();
    List<Relief> inFile = new ArrayList<>();
    List<Rating> weak = new ArrayList<>();
    for (SheetRow row : rows) {
      Line line = new Line(row, problems);
      switch (kind) {
        case DANG_PHI -> dues(orgCode, line, seen, writes, counts);
        case MIEN_GIAM_DANG_PHI -> relief(orgCode, line, seen, inFile, writes, counts);
        case SINH_HOAT -> attendance(orgCode, line, seen, writes, counts);
        case XEP_LOAI -> rating(orgCode, line, seen, writes, counts, weak);
      }
    }
    if (!problems.isEmpty()) {
      throw new LedgerImportException(problems);
    }
    writes.forEach(Runnable::run);
    weak.forEach(this::reviewIfWeakTwoYearsRunning);
    return new ImportResult(kind, orgCode, rows.size(), counts[0], counts[1], counts[2]);
  }

  /** How a clerk writes the column in the sheet's first row. */
  private static String headings(List<String> columns) {
    return columns.stream().map(c -> "“" + LedgerKind.heading(c) + "”").collect(java.util.stream.Collectors.joining(", "));
  }

  private static final int ADDED = 0;
  private static final int CHANGED = 1;
  private static final int UNCHANGED = 2;

  /**
   * One checked line's write, run only once every line has passed: added when nothing is stored, corrected when
   * the stored record differs, nothing when it is the same.
   */
  private static <T> void upsert(Optional<T> stored, T value, Runnable insert, Runnable update, List<Runnable> writes,
      int[] counts) {
    boolean same = stored.isPresent() && stored.get().equals(value);
    writes.add(() -> {
      if (stored.isEmpty()) {
        insert.run();
      } else if (!same) {
        update.run();
      }
    });
    counts[stored.isEmpty() ? ADDED : same ? UNCHANGED : CHANGED]++;
  }

  private void dues(String orgCode, Line line, Set<String> seen, List<Runnable> writes, int[] counts) {
    String record = line.required("so_ly_lich", "Số lý lịch");
    YearMonth month = line.month("thang", "Tháng");
    if (line.text("thang") == null) {
      line.required("thang", "Tháng");
    }
    DuesStatus status = line.choice("trang_thai", "Trạng thái", DuesStatus.class, DuesStatus::label);
    Long amount = line.amount("so_tien", "Số tiền");
    LocalDate paidOn = line.date("ngay_nop", "Ngày nộp");
    String note = line.text("ghi_chu", "Ghi chú", 500);
    if (status == null && line.text("trang_thai") == null) {
      status = paidOn != null ? DuesStatus.DA_NOP : DuesStatus.CHUA_NOP;
    }
    if (record == null || month == null || status == null) {
      return;
    }
    if (month.isAfter(YearMonth.from(today()))) {
      line.problem("tháng " + month.format(MONTH) + " chưa đến.");
    }
    if (status == DuesStatus.DA_NOP && paidOn == null) {
      line.problem("“Đã nộp” cần “Ngày nộp”.");
    }
    if (status != DuesStatus.DA_NOP && paidOn != null) {
      line.problem("có “Ngày nộp” nhưng trạng thái là “" + status.label() + "”.");
    }
    if (status == DuesStatus.CO_LY_DO && note == null) {
      line.problem("“" + status.label() + "” cần ghi lý do vào “Ghi chú”.");
    }
    if (paidOn != null && paidOn.isAfter(today())) {
      line.problem("ngày nộp " + fmt(paidOn) + " ở tương lai.");
    }
    Optional<Member> member = staysAt(record, orgCode, month)
        ? temporaryMember(line, record, orgCode, month)
        : member(line, record, orgCode, month.atDay(1), month.atEndOfMonth(), "tháng " + month.format(MONTH));
    if (member.isEmpty()) {
      return;
    }
    if (paidOn != null && !isMemberOn(member.get(), paidOn)) {
      line.problem("ngày nộp " + fmt(paidOn) + " khi người có số lý lịch " + record + " chưa là đảng viên.");
    }
    if (!seen.add(member.get().id() + "/" + month)) {
      line.problem("trùng tháng " + month.format(MONTH) + " của số lý lịch " + record + " với một dòng trước.");
      return;
    }
    Dues dues = new Dues(member.get().id(), month, status, amount, paidOn, note, orgCode);
    upsert(repository.dues(dues.memberId(), month), dues, () -> repository.insertDues(dues, user(), now()),
        () -> repository.updateDues(dues, user(), now()), writes, counts);
  }

  private void relief(String orgCode, Line line, Set<String> seen, List<Relief> inFile, List<Runnable> writes,
      int[] counts) {
    String record = line.required("so_ly_lich", "Số lý lịch");
    ReliefKind kind = line.choice("loai", "Loại", ReliefKind.class, ReliefKind::label);
    if (line.text("loai") == null) {
      line.required("loai", "Loại (MIEN hoặc GIAM)");
    }
    YearMonth first = line.month("tu_thang", "Từ tháng");
    if (line.text("tu_thang") == null) {
      line.required("tu_thang", "Từ tháng");
    }
    YearMonth last = line.month("den_thang", "Đến tháng");
    Integer percent = line.whole("ty_le", "Tỷ lệ giảm (%)");
    if (record == null || kind == null || first == null) {
      return;
    }
    if (last != null && last.isBefore(first)) {
      line.problem("“Đến tháng” " + last.format(MONTH) + " trước “Từ tháng” " + first.format(MONTH) + ".");
    }
    if (kind == ReliefKind.GIAM) {
      if (percent == null || !REDUCTIONS.contains(percent)) {
        line.problem("giảm đảng phí theo tỷ lệ 30, 50 hoặc 70 (%) (R-DP-03).");
      }
      if (last == null) {
        line.problem("giảm đảng phí cần “Đến tháng” (mỗi lần giảm tối đa " + MAX_REDUCTION_MONTHS + " tháng, R-DP-03).");
      } else if (!last.isBefore(first.plusMonths(MAX_REDUCTION_MONTHS))) {
        line.problem("mỗi lần giảm đảng phí tối đa " + MAX_REDUCTION_MONTHS + " tháng (R-DP-03): " + first.format(MONTH)
            + "–" + last.format(MONTH) + ".");
      }
    } else if (percent != null) {
      line.problem("miễn đảng phí không ghi tỷ lệ.");
    }
    Optional<Member> member = member(line, record, orgCode, first.atDay(1), "tháng " + first.format(MONTH));
    if (member.isEmpty() || !seen.add(member.get().id() + "/" + kind + "/" + first)) {
      if (member.isPresent()) {
        line.problem("trùng một dòng trước (số lý lịch " + record + ", " + kind.label() + " từ " + first.format(MONTH)
            + ").");
      }
      return;
    }
    Relief relief = new Relief(0, member.get().id(), kind, percent, first, last,
        line.text("quyet_dinh", "Quyết định", 255), line.text("ly_do", "Lý do", 500), orgCode);
    for (Relief earlier : inFile) {
      if (earlier.memberId() == relief.memberId() && overlaps(earlier, relief)) {
        line.problem("trùng thời gian với dòng trước (" + earlier.kind().label().toLowerCase() + " từ "
            + earlier.first().format(MONTH) + ") của số lý lịch " + record + ".");
      }
    }
    inFile.add(relief);
    List<Relief> existing = repository.reliefs(relief.memberId());
    Optional<Relief> same = existing.stream().filter(r -> r.kind() == kind && r.first().equals(first)).findFirst();
    for (Relief other : existing) {
      if (!(other.kind() == kind && other.first().equals(first)) && overlaps(other, relief)) {
        line.problem("trùng thời gian với " + other.kind().label().toLowerCase() + " từ " + other.first().format(MONTH)
            + " đã ghi.");
      }
    }
    // compared without the stored row's id
    Optional<Relief> stored = same.map(r -> new Relief(0, r.memberId(), r.kind(), r.percent(), r.first(), r.last(),
        r.decision(), r.reason(), r.organizationCode()));
    upsert(stored, relief, () -> repository.insertRelief(relief, user(), now()),
        () -> repository.updateRelief(same.get().id(), relief, user(), now()), writes, counts);
  }

  private static boolean overlaps(Relief a, Relief b) {
    YearMonth aEnd = a.last() == null ? YearMonth.of(9999, 12) : a.last();
    YearMonth bEnd = b.last() == null ? YearMonth.of(9999, 12) : b.last();
    return !a.first().isAfter(bEnd) && !b.first().isAfter(aEnd);
  }

  private void attendance(String orgCode, Line line, Set<String> seen, List<Runnable> writes, int[] counts) {
    LocalDate date = line.date("ngay_hop", "Ngày họp");
    if (line.text("ngay_hop") == null) {
      line.required("ngay_hop", "Ngày họp");
    }
    String record = line.required("so_ly_lich", "Số lý lịch");
    Attendance attendance = line.choice("tham_du", "Tham dự", Attendance.class, Attendance::label);
    if (line.text("tham_du") == null) {
      line.required("tham_du", "Tham dự");
    }
    String reason = line.text("ly_do", "Lý do", 500);
    if (date == null || record == null || attendance == null) {
      return;
    }
    if (date.isAfter(today())) {
      line.problem("ngày họp " + fmt(date) + " ở tương lai.");
    }
    if (attendance == Attendance.VANG_CO_LY_DO && reason == null) {
      line.problem("vắng có lý do cần ghi “Lý do” chi ủy đã chấp nhận.");
    }
    Optional<Member> member = member(line, record, orgCode, date, "ngày " + fmt(date));
    if (member.isEmpty()) {
      return;
    }
    if (!seen.add(member.get().id() + "/" + date)) {
      line.problem("trùng ngày họp " + fmt(date) + " của số lý lịch " + record + " với một dòng trước.");
      return;
    }
    MeetingAttendance value = new MeetingAttendance(member.get().id(), date, attendance, reason, orgCode);
    upsert(repository.attendance(value.memberId(), orgCode, date), value,
        () -> repository.insertAttendance(repository.meeting(orgCode, date, user(), now()), value, user(), now()),
        () -> repository.updateAttendance(repository.meeting(orgCode, date, user(), now()), value, user(), now()),
        writes, counts);
  }

  private void rating(String orgCode, Line line, Set<String> seen, List<Runnable> writes, int[] counts,
      List<Rating> weak) {
    Integer year = line.whole("nam", "Năm");
    if (line.text("nam") == null) {
      line.required("nam", "Năm");
    }
    String record = line.required("so_ly_lich", "Số lý lịch");
    Grade grade = line.choice("xep_loai", "Xếp loại", Grade.class, Grade::label);
    String notRated = line.text("ly_do_khong_xep_loai", "Lý do không xếp loại", 500);
    LocalDate decided = line.date("ngay_quyet_dinh", "Ngày quyết định");
    if (year == null || record == null) {
      return;
    }
    if (year > today().getYear() || year < 1930) {
      line.problem("năm " + year + " không hợp lệ.");
      return;
    }
    if ((line.text("xep_loai") == null) == (notRated == null)) {
      line.problem("ghi “Xếp loại” hoặc “Lý do không xếp loại”, một trong hai.");
    }
    if (decided != null && (decided.isAfter(today()) || decided.getYear() < year)) {
      line.problem("ngày quyết định " + fmt(decided) + " không thuộc năm " + year + " trở về sau hoặc ở tương lai.");
    }
    LocalDate asOf = decided != null ? decided : LocalDate.of(year, 12, 31).isAfter(today()) ? today()
        : LocalDate.of(year, 12, 31);
    Optional<Member> member = member(line, record, orgCode, asOf, "ngày " + fmt(asOf));
    if (member.isEmpty()) {
      return;
    }
    if (grade != null && registry.overlaysOn(member.get().id(), asOf).contains(Overlay.MIEN_SH)) {
      line.problem("số lý lịch " + record + " được miễn sinh hoạt ngày " + fmt(asOf)
          + ": không xếp loại, ghi “Lý do không xếp loại” (R-DG-03).");
    }
    if (!seen.add(member.get().id() + "/" + year)) {
      line.problem("trùng năm " + year + " của số lý lịch " + record + " với một dòng trước.");
      return;
    }
    Rating value = new Rating(member.get().id(), year, grade, grade == null ? notRated : null, decided, orgCode);
    Runnable noted = grade == Grade.KHTNV ? () -> weak.add(value) : () -> { };
    upsert(repository.rating(value.memberId(), year), value, () -> {
      repository.insertRating(value, user(), now());
      noted.run();
    }, () -> {
      repository.updateRating(value, user(), now());
      noted.run();
    }, writes, counts);
  }

  /**
   * R-RK-03, R-DG-06: a "không hoàn thành nhiệm vụ" newly recorded for a year after one rated the same opens a review
   * at the chi ủy (the removal procedure's start message), never a removal. The same file again records nothing new
   * and opens nothing.
   */
  private void reviewIfWeakTwoYearsRunning(Rating rating) {
    boolean yearBefore = repository.rating(rating.memberId(), rating.year() - 1)
        .map(r -> r.grade() == Grade.KHTNV).orElse(false);
    boolean yearAfter = repository.rating(rating.memberId(), rating.year() + 1)
        .map(r -> r.grade() == Grade.KHTNV).orElse(false);
    if (!yearBefore && !yearAfter) {
      return;
    }
    int first = yearBefore ? rating.year() - 1 : rating.year();
    Member member = registry.require(rating.memberId());
    Map<String, Object> variables = new HashMap<>();
    variables.put("memberId", member.id());
    variables.put("caseOrgId", rating.organizationCode());
    variables.put("reviewSource", "HAI_NAM_KHTNV");
    variables.put("reviewDetails", "Xếp loại năm " + first + " và năm " + (first + 1) + ": “" + Grade.KHTNV.label()
        + "” (sổ xếp loại của chi bộ)");
    messages.open(REMOVAL_REVIEW, member.recordNumber(), variables);
  }

  /** The record names a member staying temporarily at {@code orgCode} during the month (SH_TAM_THOI there). */
  private boolean staysAt(String record, String orgCode, YearMonth month) {
    return registry.findByRecordNumber(record).map(m -> registry.overlays(m.id()).stream().anyMatch(p ->
        p.overlay() == Overlay.SH_TAM_THOI && orgCode.equals(p.organizationCode())
            && (p.covers(month.atDay(1)) || p.covers(month.atEndOfMonth())))).orElse(false);
  }

  /** U9: a temporary chi bộ records the đảng phí of a member staying there only when the setting says it does. */
  private Optional<Member> temporaryMember(Line line, String record, String orgCode, YearMonth month) {
    if (settings.temporaryPaysAt() != LedgerSettings.DuesPlace.TEMPORARY) {
      line.problem("số lý lịch " + record + " sinh hoạt tạm thời ở " + organizations.require(orgCode).name()
          + " tháng " + month.format(MONTH) + ": đảng phí nộp ở chi bộ nơi sinh hoạt chính thức (cấu hình"
          + " nq21.ledgers.temporary-pays-at).");
      return Optional.empty();
    }
    Member member = registry.findByRecordNumber(record).orElseThrow();
    if (!isMemberOn(member, month.atDay(1)) && !isMemberOn(member, month.atEndOfMonth())) {
      line.problem(member.fullName() + " (số lý lịch " + record + ") chưa là hoặc không còn là đảng viên tháng "
          + month.format(MONTH) + ".");
      return Optional.empty();
    }
    return Optional.of(member);
  }

  private Optional<Member> member(Line line, String record, String orgCode, LocalDate date, String when) {
    return member(line, record, orgCode, date, date, when);
  }

  /**
   * The member the line names, when they are in the registry, belonged to the chi bộ and were a member (dự bị or
   * chính thức) on the first or the last day of the line's period (a month: admitted or moved during it counts;
   * the same rule as {@link LedgerCounts}). Another organisation's member is named only by the số lý lịch the
   * clerk typed: the message tells nothing the clerk did not already know.
   */
  private Optional<Member> member(Line line, String record, String orgCode, LocalDate first, LocalDate last,
      String when) {
    Optional<Member> member = registry.findByRecordNumber(record);
    if (member.isEmpty()) {
      line.problem("không có số lý lịch " + record + " trong sổ đảng viên.");
      return Optional.empty();
    }
    long id = member.get().id();
    if (!orgCode.equals(registry.organizationOn(id, first).orElse(null))
        && !orgCode.equals(registry.organizationOn(id, last).orElse(null))) {
      line.problem("số lý lịch " + record + " không sinh hoạt ở " + organizations.require(orgCode).name() + " "
          + when + ".");
      return Optional.empty();
    }
    if (!isMemberOn(member.get(), first) && !isMemberOn(member.get(), last)) {
      line.problem(member.get().fullName() + " (số lý lịch " + record + ") chưa là hoặc không còn là đảng viên "
          + when + ".");
      return Optional.empty();
    }
    return member;
  }

  private boolean isMemberOn(Member member, LocalDate date) {
    MemberStatus status = registry.statusOn(member.id(), date);
    return status != null && status.isMember();
  }

  // --- reading

  /** The member's đảng phí months of a year, oldest first. */
  @Transactional(readOnly = true)
  public List<Dues> dues(long memberId, int year) {
    return repository.dues(memberId, YearMonth.of(year, 1), YearMonth.of(year, 12));
  }

  @Transactional(readOnly = true)
  public List<Relief> reliefs(long memberId) {
    return repository.reliefs(memberId);
  }

  /** The meetings of a year the member's attendance was recorded at, oldest first. */
  @Transactional(readOnly = true)
  public List<MeetingAttendance> attendance(long memberId, int year) {
    return repository.attendance(memberId, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
  }

  @Transactional(readOnly = true)
  public List<Rating> ratings(long memberId) {
    return repository.ratings(memberId);
  }

  private String user() {
    Authentication authentication = identityService.getCurrentAuthentication();
    return authentication == null || authentication.getUserId() == null ? MemberRegistry.SYSTEM_USER
        : authentication.getUserId();
  }

  private static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }

  private static LocalDate today() {
    return CaseDates.today();
  }
}
