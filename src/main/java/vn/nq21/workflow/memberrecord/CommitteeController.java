package vn.nq21.workflow.memberrecord;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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
import vn.nq21.workflow.registry.CommitteeRole;
import vn.nq21.workflow.registry.CommitteeSeat;
import vn.nq21.workflow.registry.Committees;
import vn.nq21.workflow.registry.RegistryException;

/**
 * An organisation's cấp ủy ({@code /api/organizations/{code}/committee}): who sits on it on a day (default today) and
 * every seat it has had, seen by whoever sees the organisation; seats recorded and ended by the office or ban tổ chức
 * of the organisation above, which approves the election or appoints (chuẩn y, chỉ định), or by an admin.
 */
@RestController
@RequestMapping("/api/organizations/{code}/committee")
class CommitteeController {

  private final Committees committees;
  private final OrganizationScope scope;
  private final WorkingDayCalendar workingDays;

  CommitteeController(Committees committees, OrganizationScope scope, WorkingDayCalendar workingDays) {
    this.committees = committees;
    this.scope = scope;
    this.workingDays = workingDays;
  }

  record SeatView(long id, String recordNumber, String fullName, String role, String roleLabel, LocalDate from,
      LocalDate until, String basis, String endReason) {

    static SeatView of(CommitteeSeat s) {
      return new SeatView(s.id(), s.recordNumber(), s.fullName(), s.role().name(), s.role().label(), s.validFrom(),
          s.validUntil(), s.basis(), s.endReason());
    }
  }

  record Committee(String organizationCode, String organizationName, LocalDate date, List<SeatView> seats) {}

  record NewSeat(String recordNumber, String role, LocalDate from, String basis) {}

  record SeatRecorded(SeatView seat, List<String> warnings) {}

  record EndSeat(LocalDate until, String reason) {}

  @GetMapping
  Committee on(@PathVariable String code, @RequestParam(required = false) LocalDate date) {
    Organization org = scope.requireVisible(code);
    LocalDate day = date == null ? workingDays.today() : date;
    return new Committee(code, org.name(), day, committees.on(code, day).stream().map(SeatView::of).toList());
  }

  @GetMapping("/history")
  List<SeatView> history(@PathVariable String code) {
    scope.requireVisible(code);
    return committees.history(code).stream().map(SeatView::of).toList();
  }

  @PostMapping
  ResponseEntity<SeatRecorded> seat(@PathVariable String code, @RequestBody NewSeat body) {
    requireMayRecord(scope.requireVisible(code));
    CommitteeRole role;
    try {
      role = body.role() == null ? null : CommitteeRole.valueOf(body.role());
    } catch (IllegalArgumentException e) {
      throw new RegistryException("Chức vụ “" + body.role() + "” không có; các chức vụ: BI_THU, PHO_BI_THU, UY_VIEN.");
    }
    Committees.Seated seated = committees.seat(code, body.recordNumber(), role, body.from(), body.basis());
    return ResponseEntity.status(HttpStatus.CREATED).body(new SeatRecorded(SeatView.of(seated.seat()),
        seated.warnings()));
  }

  @PostMapping("/{seatId}/end")
  SeatView end(@PathVariable String code, @PathVariable long seatId, @RequestBody EndSeat body) {
    requireMayRecord(scope.requireVisible(code));
    return SeatView.of(committees.end(code, seatId, body.until(), body.reason()));
  }

  @ExceptionHandler(RegistryException.class)
  ResponseEntity<Map<String, String>> refused(RegistryException e) {
    return ResponseEntity.unprocessableEntity().body(Map.of("message", String.join(" ", e.problems())));
  }

  private void requireMayRecord(Organization org) {
    boolean above = org.parentCode() == null ? scope.visiblePaths().contains("/")
        : scope.canRecordFor(org.parentCode());
    if (!above) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Tài khoản '" + scope.currentUserId() + "' không ghi"
          + " được cấp ủy của " + org.name() + ": do văn phòng hoặc ban tổ chức của cấp ủy cấp trên (nơi chuẩn y,"
          + " chỉ định) ghi.");
    }
  }
}
