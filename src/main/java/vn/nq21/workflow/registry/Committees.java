package vn.nq21.workflow.registry;

import static vn.nq21.workflow.registry.MemberRegistry.fmt;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.nq21.workflow.organization.Organization;
import vn.nq21.workflow.organization.OrganizationService;

/**
 * Who sits on each cấp ủy, with dates (R-CN-11, R-MS-09). A seat is recorded by an authorised clerk from the
 * approved election result or the appointing decision; only an official member of the organisation (or of an
 * organisation under it) on the seat's first day may hold one: a dự bị member is refused by name. A seat counts on a
 * day only while its holder is still an official member there: a member struck off, moved away or never recognised
 * leaves the cấp ủy that day without a second record.
 */
@Service
@Transactional
public class Committees {

  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Committees.class);

  /** A seat recorded, with what the clerk should know about it (R-MS-09). */
  public record Seated(CommitteeSeat seat, List<String> warnings) {}

  private final MemberRegistry registry;
  private final OrganizationService organizations;
  private final CommitteeRepository repository;

  Committees(MemberRegistry registry, OrganizationService organizations, CommitteeRepository repository) {
    this.registry = registry;
    this.organizations = organizations;
    this.repository = repository;
  }

  /** Records a seat from {@code from} on; every problem is named in one refusal. */
  public Seated seat(String orgCode, String recordNumber, CommitteeRole role, LocalDate from, String basis) {
    Organization org = organizations.require(orgCode);
    List<String> problems = new ArrayList<>();
    if (role == null) {
      problems.add("Chưa chọn chức vụ (BI_THU, PHO_BI_THU, UY_VIEN).");
    }
    if (from == null || from.isAfter(MemberRegistry.today())) {
      problems.add("Ngày bắt đầu giữ chức vụ phải có và không ở tương lai.");
    }
    if (basis == null || basis.isBlank()) {
      problems.add("Cần ghi căn cứ (quyết định chuẩn y kết quả bầu cử hoặc quyết định chỉ định).");
    }
    Optional<Member> found = recordNumber == null ? Optional.empty() : registry.findByRecordNumber(recordNumber.trim());
    if (found.isEmpty()) {
      problems.add("Không có đảng viên số lý lịch “" + recordNumber + "” trong sổ.");
    }
    if (!problems.isEmpty()) {
      throw new RegistryException(String.join(" ", problems));
    }
    Member member = found.get();
    String who = "Đồng chí " + member.fullName() + " (số lý lịch " + member.recordNumber() + ")";
    MemberStatus status = registry.statusOn(member.id(), from);
    if (status == MemberStatus.DU_BI) {
      problems.add(who + " là đảng viên dự bị ngày " + fmt(from) + ": đảng viên dự bị không được bầu, chỉ định vào"
          + " cấp ủy (R-CN-11).");
    } else if (status != MemberStatus.CHINH_THUC) {
      problems.add(who + " không phải đảng viên chính thức ngày " + fmt(from) + ".");
    } else if (!inside(org, registry.organizationOn(member.id(), from))) {
      problems.add(who + " không sinh hoạt trong " + org.name() + " ngày " + fmt(from) + ".");
    }
    List<CommitteeSeat> open = repository.ofOrganization(orgCode).stream().filter(CommitteeSeat::open).toList();
    open.stream().filter(s -> s.memberId() == member.id()).findFirst().ifPresent(s -> problems.add(who
        + " đang giữ “" + s.role().label() + "” của " + org.name() + " từ ngày " + fmt(s.validFrom())
        + ": kết thúc chức vụ đó trước khi ghi chức vụ mới."));
    if (role == CommitteeRole.BI_THU) {
      open.stream().filter(s -> s.role() == CommitteeRole.BI_THU && s.memberId() != member.id()).findFirst()
          .ifPresent(s -> problems.add(org.name() + " đang có Bí thư " + s.fullName() + " từ ngày "
              + fmt(s.validFrom()) + ": kết thúc chức vụ đó trước."));
    }
    if (!problems.isEmpty()) {
      throw new RegistryException(String.join(" ", problems));
    }
    if (!registry.touch(member)) {
      throw new RegistryConflictException(member.fullName());
    }
    long id = repository.insert(orgCode, member.id(), role, from, basis.trim(), registry.currentUser(),
        MemberRegistry.now());
    LOG.info("Cấp ủy: {} (mã {}) giữ “{}” của {} từ {}, do {} ghi", member.fullName(), member.id(), role.label(),
        orgCode, from, registry.currentUser());
    List<String> warnings = new ArrayList<>();
    if (registry.overlaysOn(member.id(), from).contains(Overlay.MIEN_SH)) {
      warnings.add(who + " đang được miễn công tác và sinh hoạt đảng: đảng viên được miễn không nên đồng thời giữ"
          + " chức vụ trong cấp ủy (R-MS-09).");
    }
    return new Seated(find(orgCode, id), warnings);
  }

  /** The seat is given up: {@code until} is the first day it is no longer held. */
  public CommitteeSeat end(String orgCode, long seatId, LocalDate until, String reason) {
    CommitteeSeat seat = find(orgCode, seatId);
    if (!seat.open()) {
      throw new RegistryException("“" + seat.describe() + "” đã kết thúc ngày " + fmt(seat.validUntil()) + ".");
    }
    if (until == null || !until.isAfter(seat.validFrom()) || until.isAfter(MemberRegistry.today().plusDays(1))) {
      throw new RegistryException("Ngày thôi giữ “" + seat.describe() + "” phải sau ngày bắt đầu ("
          + fmt(seat.validFrom()) + ") và không ở tương lai.");
    }
    if (reason == null || reason.isBlank()) {
      throw new RegistryException("Cần ghi lý do, căn cứ thôi giữ chức vụ.");
    }
    if (!registry.touch(registry.require(seat.memberId()))) {
      throw new RegistryConflictException(seat.fullName());
    }
    repository.end(seatId, until, reason.trim(), registry.currentUser(), MemberRegistry.now());
    LOG.info("Cấp ủy: {} thôi giữ “{}” của {} từ {}", seat.fullName(), seat.role().label(), orgCode, until);
    return find(orgCode, seatId);
  }

  /** The organisation's cấp ủy on {@code date}: seats held that day by members still official members there. */
  @Transactional(readOnly = true)
  public List<CommitteeSeat> on(String orgCode, LocalDate date) {
    Organization org = organizations.require(orgCode);
    return repository.ofOrganization(orgCode).stream().filter(s -> s.covers(date)
        && registry.statusOn(s.memberId(), date) == MemberStatus.CHINH_THUC
        && inside(org, registry.organizationOn(s.memberId(), date))).toList();
  }

  /** Every seat the organisation has had, held or given up. */
  @Transactional(readOnly = true)
  public List<CommitteeSeat> history(String orgCode) {
    organizations.require(orgCode);
    return repository.ofOrganization(orgCode);
  }

  /** The seats the member holds on {@code date}, in any organisation. */
  @Transactional(readOnly = true)
  public List<CommitteeSeat> heldBy(long memberId, LocalDate date) {
    return repository.ofMember(memberId).stream().filter(s -> s.covers(date)).toList();
  }

  /** The seats the member holds on {@code date}, as a clerk reads them: "Bí thư của Chi bộ thôn Tây (từ …)". */
  @Transactional(readOnly = true)
  public List<String> heldByInWords(long memberId, LocalDate date) {
    return heldBy(memberId, date).stream().map(s -> s.role().label() + " của "
        + organizations.find(s.organizationCode()).map(Organization::name).orElse(s.organizationCode()) + " (từ "
        + fmt(s.validFrom()) + ")").toList();
  }

  private boolean inside(Organization org, Optional<String> memberOrg) {
    return memberOrg.isPresent() && organizations.subtree(org.code()).stream()
        .anyMatch(o -> o.code().equals(memberOrg.get()));
  }

  private CommitteeSeat find(String orgCode, long seatId) {
    return repository.ofOrganization(orgCode).stream().filter(s -> s.id() == seatId).findFirst()
        .orElseThrow(() -> new RegistryException("Không có chức vụ mã " + seatId + " trong cấp ủy của tổ chức "
            + orgCode + "."));
  }
}
