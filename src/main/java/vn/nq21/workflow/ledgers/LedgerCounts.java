package vn.nq21.workflow.ledgers;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.nq21.workflow.ledgers.Records.Dues;
import vn.nq21.workflow.ledgers.Records.MeetingAttendance;
import vn.nq21.workflow.ledgers.Records.Rating;
import vn.nq21.workflow.ledgers.Records.Relief;
import vn.nq21.workflow.organization.OrganizationService;
import vn.nq21.workflow.registry.Member;
import vn.nq21.workflow.registry.MemberRegistry;
import vn.nq21.workflow.registry.MemberStatus;
import vn.nq21.workflow.registry.Overlay;
import vn.nq21.workflow.registry.OverlayPeriod;
import vn.nq21.workflow.registry.StatusChange;
import vn.nq21.workflow.registry.StatusTimeline;

/**
 * The counts the removal rules need, from the ledgers and the registry (bean {@code ledgerCounts}, for delegates
 * and DMN inputs alike):
 * <ul>
 *   <li>R-RK-01a: months whose đảng phí was not paid by the end of the month, consecutive or not; months covered by
 *       an exemption or a reduction (R-DP-03) or by a reason the chi bộ accepted are not counted; miễn sinh hoạt is
 *       not an exemption from đảng phí (R-MS-05), so its months count;</li>
 *   <li>R-RK-01b: monthly meetings of the chi bộ the member belonged to that day, missed without a valid reason;
 *       a meeting while exempted, on a temporary stay elsewhere or suspended is not counted;</li>
 *   <li>R-RK-02: the start of the education period (DANG_GIAO_DUC) and whether 12 months have passed;</li>
 *   <li>R-RK-03 / R-RK-01(d): the last two yearly ratings.</li>
 * </ul>
 * The window ({@link LedgerSettings#window()}) ends with the last month that has ended on the day asked about:
 * the running month is never counted. Only months the person was a member count.
 */
@Service("ledgerCounts")
@Transactional(readOnly = true)
@EnableConfigurationProperties(LedgerSettings.class)
public class LedgerCounts {

  private final LedgerRepository ledgers;
  private final MemberRegistry registry;
  private final LedgerSettings settings;
  private final OrganizationService organizations;

  LedgerCounts(LedgerRepository ledgers, MemberRegistry registry, LedgerSettings settings,
      OrganizationService organizations) {
    this.ledgers = ledgers;
    this.registry = registry;
    this.settings = settings;
    this.organizations = organizations;
  }

  /** The months the count looks at on {@code asOf}: up to the last ended month, by the configured window. */
  public List<YearMonth> window(LocalDate asOf) {
    YearMonth last = YearMonth.from(asOf).minusMonths(1);
    YearMonth first = settings.window() == LedgerSettings.Window.ROLLING_12 ? last.minusMonths(11)
        : YearMonth.of(last.getYear(), 1);
    List<YearMonth> months = new ArrayList<>();
    for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
      months.add(m);
    }
    return months;
  }

  /** R-RK-01a on {@code asOf}. */
  public MonthCount unpaidMonths(long memberId, LocalDate asOf) {
    List<YearMonth> window = window(asOf);
    Map<YearMonth, Dues> byMonth = ledgers.dues(memberId, window.get(0), window.get(window.size() - 1)).stream()
        .collect(Collectors.toMap(Dues::month, Function.identity()));
    List<Relief> reliefs = ledgers.reliefs(memberId);
    List<YearMonth> counted = new ArrayList<>();
    List<YearMonth> excused = new ArrayList<>();
    List<YearMonth> unrecorded = new ArrayList<>();
    Member member = registry.require(memberId);
    List<StatusChange> history = registry.history(memberId);
    for (YearMonth month : window) {
      if (!memberDuring(member, history, month)) {
        continue;
      }
      Dues dues = byMonth.get(month);
      boolean relieved = reliefs.stream().anyMatch(r -> r.covers(month));
      if (relieved || (dues != null && dues.status() == DuesStatus.CO_LY_DO)) {
        excused.add(month);
      } else if (dues == null) {
        unrecorded.add(month);
      } else if (dues.unpaidByMonthEnd()) {
        counted.add(month);
      }
    }
    return new MonthCount(window.get(0), window.get(window.size() - 1), counted, excused, unrecorded);
  }

  /**
   * The year-end sweep of R-RK-01a over an organisation and everything below it: the members whose unpaid months
   * in the window reach {@code atLeast}, each with its count, in one query over the ledgers (set-based, for a
   * province). It counts what the ledger records; {@link #unpaidMonths} then gives each member found the full
   * count with its months (and checks that each month was a month of membership), as a removal review needs it.
   */
  public Map<Long, Integer> unpaidMonthsAtLeast(String orgCode, LocalDate asOf, int atLeast) {
    List<YearMonth> window = window(asOf);
    return ledgers.unpaidCounts(organizations.require(orgCode).path(), window.get(0), window.get(window.size() - 1),
        atLeast);
  }

  /** R-RK-01b on {@code asOf}: one entry per missed meeting's month. */
  public MonthCount missedMeetings(long memberId, LocalDate asOf) {
    List<YearMonth> window = window(asOf);
    LocalDate from = window.get(0).atDay(1);
    LocalDate to = window.get(window.size() - 1).atEndOfMonth();
    List<OverlayPeriod> overlays = registry.overlays(memberId);
    List<YearMonth> counted = new ArrayList<>();
    List<YearMonth> excused = new ArrayList<>();
    for (MeetingAttendance a : ledgers.attendance(memberId, from, to)) {
      boolean ownChiBo = a.organizationCode().equals(registry.organizationOn(memberId, a.meetingDate()).orElse(null));
      if (!ownChiBo || a.attendance() == Attendance.CO_MAT) {
        continue;
      }
      boolean away = overlays.stream().anyMatch(o -> o.covers(a.meetingDate())
          && (o.overlay() == Overlay.MIEN_SH || o.overlay() == Overlay.SH_TAM_THOI || o.overlay() == Overlay.DINH_CHI));
      if (a.attendance() == Attendance.VANG_CO_LY_DO || away) {
        excused.add(YearMonth.from(a.meetingDate()));
      } else {
        counted.add(YearMonth.from(a.meetingDate()));
      }
    }
    return new MonthCount(window.get(0), window.get(window.size() - 1), counted, excused, List.of());
  }

  /** R-RK-02: the first day of the member's current education period (DANG_GIAO_DUC), if they are in one. */
  public Optional<LocalDate> educationStart(long memberId, LocalDate asOf) {
    return registry.overlays(memberId).stream().filter(o -> o.overlay() == Overlay.DANG_GIAO_DUC && o.covers(asOf))
        .map(OverlayPeriod::validFrom).findFirst();
  }

  /** R-RK-02: twelve months of education have passed on {@code asOf}. */
  public boolean educationYearPassed(long memberId, LocalDate asOf) {
    return educationStart(memberId, asOf).map(start -> !asOf.isBefore(start.plusMonths(12))).orElse(false);
  }

  /** The member's two latest yearly ratings, latest first (R-RK-01(d), R-DG-06). */
  public List<Rating> lastTwoRatings(long memberId) {
    return ledgers.ratings(memberId).stream().sorted(Comparator.comparingInt(Rating::year).reversed()).limit(2)
        .toList();
  }

  /** A member (dự bị or chính thức) on the month's last day (or its first: someone who left during it). */
  private static boolean memberDuring(Member member, List<StatusChange> history, YearMonth month) {
    return isMember(StatusTimeline.statusOn(member, history, month.atEndOfMonth()))
        || isMember(StatusTimeline.statusOn(member, history, month.atDay(1)));
  }

  private static boolean isMember(MemberStatus status) {
    return status != null && status.isMember();
  }
}
