package vn.nq21.workflow.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.yaml.snakeyaml.Yaml;
import vn.nq21.workflow.engine.FormValues;
import vn.nq21.workflow.engine.StartupOrder;
import vn.nq21.workflow.organization.OrgRole;
import vn.nq21.workflow.organization.Organization;
import vn.nq21.workflow.organization.OrganizationService;
import vn.nq21.workflow.registry.CommitteeRole;
import vn.nq21.workflow.registry.Committees;
import vn.nq21.workflow.registry.KeyDates;
import vn.nq21.workflow.registry.Member;
import vn.nq21.workflow.registry.MemberRegistry;
import vn.nq21.workflow.registry.MemberStatus;
import vn.nq21.workflow.registry.ReasonCode;
import vn.nq21.workflow.registry.NewPerson;
import vn.nq21.workflow.security.DemoAccounts;

/**
 * Seeds the demo: one user per role per organisation (user id = group id, e.g. {@code cb-thon-dong.chi-uy}),
 * all with the demo password, and the demo members. Idempotent: existing users and a non-empty
 * registry are left as they are, so a restart keeps the cases worked in the meantime.
 */
@Component
@Profile("demo")
@Order(StartupOrder.DEMO_DATA)
class DemoDataLoader implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

  private final IdentityService identityService;
  private final OrganizationService organizations;
  private final MemberRegistry registry;
  private final Committees committees;
  private final TransactionTemplate transaction;
  private final String password;
  private final Resource membersFile;

  DemoDataLoader(IdentityService identityService, OrganizationService organizations, MemberRegistry registry,
      Committees committees, TransactionTemplate transaction, @Value("${nq21.demo.password}") String password,
      @Value("${nq21.demo.members-file}") Resource membersFile) {
    this.identityService = identityService;
    this.organizations = organizations;
    this.registry = registry;
    this.committees = committees;
    this.transaction = transaction;
    this.password = password;
    this.membersFile = membersFile;
  }

  @Override
  public void run(ApplicationArguments args) {
    transaction.executeWithoutResult(status -> {
      int users = createUsers();
      int members = registry.count() == 0 ? loadMembers() : 0;
      log.info("Dữ liệu demo: {} tài khoản mới, {} người mới trong sổ đảng viên. Mật khẩu demo: xem README.",
          users, members);
    });
  }

  private int createUsers() {
    int created = 0;
    for (Organization org : organizations.all()) {
      for (OrgRole role : OrgRole.rolesOf(org)) {
        String id = org.groupId(role);
        if (identityService.createUserQuery().userId(id).count() > 0) {
          continue;
        }
        User user = identityService.newUser(id);
        user.setFirstName(role.label());
        user.setLastName(org.name());
        user.setEmail(id + "@" + DemoAccounts.EMAIL_DOMAIN);
        user.setPassword(password);
        identityService.saveUser(user);
        identityService.createMembership(id, id);
        created++;
      }
    }
    return created;
  }

  @SuppressWarnings("unchecked")
  private int loadMembers() {
    Map<String, Object> root;
    try (InputStream in = membersFile.getInputStream()) {
      root = new Yaml().load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("Không đọc được " + membersFile, e);
    }
    List<Map<String, Object>> entries = (List<Map<String, Object>>) root.get("members");
    for (Map<String, Object> e : entries) {
      MemberStatus status = MemberStatus.valueOf((String) e.get("status"));
      LocalDate since = sinceOf(e, status);
      // a person who left is registered as the member they were, then removed with the reason (§9.5a)
      ReasonCode left = e.get("reasonCode") == null ? null : ReasonCode.valueOf((String) e.get("reasonCode"));
      MemberStatus first = left == null ? status : MemberStatus.CHINH_THUC;
      Member member = registry.register(new NewPerson((String) e.get("recordNumber"), (String) e.get("fullName"),
          (String) e.get("gender"), date(e, "birthDate"), null, (String) e.get("organization"), first,
          left == null ? since : sinceOf(e, first)), null);
      if (left != null) {
        member = registry.changeStatus(member.id(), status, since, left, "Quyết định xóa tên (dữ liệu mẫu)", null);
      }
      registry.updateKeyDates(member.id(), new KeyDates(date(e, "admissionDate"), date(e, "ceremonyDate"),
          date(e, "recognitionDate"), e.get("cardNumber") == null ? null : e.get("cardNumber").toString(),
          date(e, "certificateIssueDate")), null);
    }
    List<Map<String, Object>> seats = (List<Map<String, Object>>) root.getOrDefault("committees", List.of());
    for (Map<String, Object> e : seats) {
      committees.seat((String) e.get("organization"), (String) e.get("recordNumber"),
          CommitteeRole.valueOf((String) e.get("role")), date(e, "from"), (String) e.get("basis"));
    }
    return entries.size();
  }

  /** The date the person's current status began, from the dates the demo file gives. */
  private static LocalDate sinceOf(Map<String, Object> e, MemberStatus status) {
    LocalDate since = switch (status) {
      case CHINH_THUC -> date(e, "recognitionDate");
      case DU_BI -> date(e, "ceremonyDate");
      case CAM_TINH_DANG -> date(e, "certificateIssueDate");
      default -> date(e, "statusSince");
    };
    return since != null ? since : LocalDate.of(2025, 1, 1);
  }

  private static LocalDate date(Map<String, Object> e, String key) {
    Object value = e.get(key);
    return value instanceof java.util.Date d ? FormValues.toLocalDate(d)
        : value == null ? null : FormValues.toLocalDate(value.toString());
  }
}
