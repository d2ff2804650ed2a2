package vn.nq21.workflow.memberrecord;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import vn.nq21.workflow.calendar.WorkingDayCalendar;
import vn.nq21.workflow.organization.Organization;
import vn.nq21.workflow.organization.OrganizationScope;
import vn.nq21.workflow.organization.OrganizationService;
import vn.nq21.workflow.registry.CustodyEvent;
import vn.nq21.workflow.registry.DossierCustody;
import vn.nq21.workflow.registry.Hold;
import vn.nq21.workflow.registry.HoldPeriod;
import vn.nq21.workflow.registry.Member;
import vn.nq21.workflow.registry.MemberHolds;
import vn.nq21.workflow.registry.MemberRegistry;
import vn.nq21.workflow.registry.RegistryException;
import vn.nq21.workflow.registry.VisibleMembers;

/**
 * Where a member's hồ sơ đảng viên is and who had it before ({@code GET /api/members/{id}/dossier}); which hồ sơ have
 * been on their way longer than N working days in the user's subtrees ({@code GET /api/dossiers/in-transit}); the
 * matters that stop a transfer or a removal ({@code /api/members/{id}/holds}), which the kiểm tra, giám sát of the
 * member's organisation or above, or the office of its tổ chức cơ sở đảng or above, record and end. Same login and
 * scope as the rest of {@code /api}.
 */
@RestController
@RequestMapping("/api")
class DossierController {

  private final DossierCustody custody;
  private final MemberHolds holds;
  private final MemberRegistry registry;
  private final VisibleMembers visible;
  private final OrganizationScope scope;
  private final OrganizationService organizations;
  private final WorkingDayCalendar workingDays;
  private final int transitWarnWorkingDays;

  DossierController(DossierCustody custody, MemberHolds holds, MemberRegistry registry, VisibleMembers visible,
      OrganizationScope scope, OrganizationService organizations, WorkingDayCalendar workingDays,
      @Value("${nq21.transfer.transit-warn-working-days:30}") int transitWarnWorkingDays) {
    this.custody = custody;
    this.holds = holds;
    this.registry = registry;
    this.visible = visible;
    this.scope = scope;
    this.organizations = organizations;
    this.workingDays = workingDays;
    this.transitWarnWorkingDays = transitWarnWorkingDays;
  }

  record CustodyView(String holder, String holderLabel, String where, String goingTo, boolean sealed,
      List<String> items, LocalDate since, String note, String caseId, String userId) {}

  record Dossier(long memberId, String fullName, CustodyView current, List<CustodyView> history) {}

  @GetMapping("/members/{id}/dossier")
  Dossier dossier(@PathVariable long id) {
    Member member = visibleOrAddressed(id);
    List<CustodyView> history = custody.history(id).stream().map(this::view).toList();
    // no hand-over recorded: the hồ sơ is where the regulation keeps it, at the cấp ủy cơ sở (R-GEN-14)
    CustodyView current = !history.isEmpty() ? history.get(history.size() - 1) : registry.outside(id).isPresent()
        ? null : new CustodyView("ORG", "Văn phòng cấp ủy giữ", name(organizations.tccsdOf(member.organizationCode())
            .code()), null, false, List.of(), null, "Chưa ghi lần bàn giao nào: hồ sơ do cấp ủy cơ sở giữ", null,
            null);
    return new Dossier(id, member.fullName(), current, history);
  }

  record InTransit(long memberId, String recordNumber, String fullName, String organizationName,
      long workingDaysInTransit, CustodyView custody) {}

  @GetMapping("/dossiers/in-transit")
  List<InTransit> inTransit(@RequestParam(name = "olderThanWorkingDays", required = false) Integer olderThan) {
    int n = olderThan == null ? transitWarnWorkingDays : olderThan;
    if (n < 0) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "olderThanWorkingDays phải từ 0 trở lên.");
    }
    LocalDate today = workingDays.today();
    // longer than N working days: handed over before the day N working days ago
    LocalDate cutoff = (n == 0 ? today : workingDays.plusWorkingDays(today, -n)).minusDays(1);
    return custody.inTransitSince(scope.visiblePaths(), cutoff).stream().map(e -> {
      Member m = registry.require(e.memberId());
      return new InTransit(m.id(), m.recordNumber(), m.fullName(), name(m.organizationCode()),
          workingDays.workingDaysBetween(e.since(), today), view(e));
    }).toList();
  }

  @GetMapping("/members/{id}/holds")
  List<HoldPeriod> holds(@PathVariable long id) {
    visible.require(id);
    return holds.holds(id);
  }

  record NewHold(String kind, LocalDate from, String reason) {}

  record EndHold(LocalDate until, String reason) {}

  @PostMapping("/members/{id}/holds")
  ResponseEntity<HoldPeriod> startHold(@PathVariable long id, @RequestBody NewHold body) {
    requireMaySetHolds(visible.require(id));
    Hold hold;
    try {
      hold = body.kind() == null ? null : Hold.valueOf(body.kind());
    } catch (IllegalArgumentException e) {
      throw new RegistryException("Loại việc “" + body.kind() + "” không có; các loại: KIEM_TRA, KY_LUAT,"
          + " DE_NGHI_KHAI_TRU, KHIEU_NAI.");
    }
    return ResponseEntity.status(HttpStatus.CREATED).body(holds.start(id, hold, body.from(), body.reason()));
  }

  @PostMapping("/members/{id}/holds/{holdId}/end")
  HoldPeriod endHold(@PathVariable long id, @PathVariable long holdId, @RequestBody EndHold body) {
    requireMaySetHolds(visible.require(id));
    return holds.end(id, holdId, body.until(), body.reason());
  }

  @ExceptionHandler(RegistryException.class)
  ResponseEntity<Map<String, String>> refused(RegistryException e) {
    return ResponseEntity.unprocessableEntity().body(Map.of("message", e.getMessage()));
  }

  private void requireMaySetHolds(Member member) {
    String tccsd = organizations.tccsdOf(member.organizationCode()).code();
    if (!scope.supervises(member.organizationCode()) && !scope.canRecordFor(tccsd)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Tài khoản '" + scope.currentUserId() + "' không ghi"
          + " được việc kiểm tra, kỷ luật, khiếu nại của đảng viên này: do ủy ban kiểm tra (giám sát) hoặc văn phòng"
          + " cấp ủy cơ sở trở lên ghi.");
    }
  }

  /** The member's own side sees the record; a receiving side sees the hồ sơ addressed to it. */
  private Member visibleOrAddressed(long id) {
    return visible.find(id).orElseGet(() -> {
      boolean addressed = custody.history(id).stream().anyMatch(e -> (e.destinationCode() != null
          && scope.canSee(e.destinationCode())) || (e.organizationCode() != null && scope.canSee(e.organizationCode())));
      if (!addressed) {
        throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Không có đảng viên mã " + id + " trong phạm vi của"
            + " tài khoản này.");
      }
      return registry.require(id);
    });
  }

  private CustodyView view(CustodyEvent e) {
    String where = e.organizationCode() != null ? name(e.organizationCode()) : e.place();
    return new CustodyView(e.holder().name(), e.holder().label(), where, e.destinationCode() == null ? null
        : name(e.destinationCode()), e.sealed(), e.items(), e.since(), e.note(), e.caseId(), e.userId());
  }

  private String name(String code) {
    return organizations.find(code).map(Organization::name).orElse(code);
  }
}
