package vn.nq21.workflow.organization;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Keeps Camunda's groups and their standing permissions in step with the organisation tree: one
 * group per (organisation, role), named for the clerk, with the webapp and start permissions its role
 * needs. Task permissions are not granted here: the engine grants a candidate group on each task it
 * is named on. Case visibility for supervisors is granted per case (see {@code security}).
 */
@Component
class OrganizationGroups {

  private static final Logger log = LoggerFactory.getLogger(OrganizationGroups.class);

  private final IdentityService identityService;
  private final AuthorizationService authorizationService;

  OrganizationGroups(IdentityService identityService, AuthorizationService authorizationService) {
    this.identityService = identityService;
    this.authorizationService = authorizationService;
  }

  /** A standing grant: a resource, its id and the permissions on it. */
  record Grant(Resource resource, String resourceId, List<Permission> permissions) {}

  static List<Grant> grantsOf(OrgRole role) {
    List<Grant> grants = new ArrayList<>();
    grants.add(new Grant(Resources.APPLICATION, "tasklist", List.of(Permissions.ACCESS)));
    grants.add(new Grant(Resources.PROCESS_DEFINITION, ANY, role.startsCases()
        ? List.of(ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE)
        : List.of(ProcessDefinitionPermissions.READ)));
    if (role.startsCases()) {
      grants.add(new Grant(Resources.PROCESS_INSTANCE, ANY, List.of(ProcessInstancePermissions.CREATE)));
    }
    if (role == OrgRole.GIAM_SAT) {
      grants.add(new Grant(Resources.APPLICATION, "cockpit", List.of(Permissions.ACCESS)));
    }
    return grants;
  }

  void synchronize(List<Organization> organizations) {
    Map<String, Group> existing = new HashMap<>();
    for (Group group : identityService.createGroupQuery().list()) {
      existing.put(group.getId(), group);
    }
    Map<String, Authorization> grantsByKey = new HashMap<>();
    for (Authorization a : authorizationService.createAuthorizationQuery().authorizationType(AUTH_TYPE_GRANT).list()) {
      if (a.getGroupId() != null) {
        grantsByKey.put(key(a.getGroupId(), a.getResourceType(), a.getResourceId()), a);
      }
    }
    int created = 0;
    int renamed = 0;
    for (Organization org : organizations) {
      if (!org.active()) {
        continue;
      }
      for (OrgRole role : OrgRole.rolesOf(org)) {
        String id = org.groupId(role);
        String name = role.label() + " – " + org.name();
        Group group = existing.get(id);
        if (group == null) {
          group = identityService.newGroup(id);
          group.setName(name);
          group.setType(role.id());
          identityService.saveGroup(group);
          created++;
        } else if (!Objects.equals(group.getName(), name) || !Objects.equals(group.getType(), role.id())) {
          group.setName(name);
          group.setType(role.id());
          identityService.saveGroup(group);
          renamed++;
        }
        for (Grant grant : grantsOf(role)) {
          ensure(id, grant, grantsByKey.get(key(id, grant.resource().resourceType(), grant.resourceId())));
        }
      }
    }
    log.info("Nhóm Camunda theo cây tổ chức: {} tạo mới, {} đổi tên, {} tổ chức đang hoạt động.",
        created, renamed, organizations.stream().filter(Organization::active).count());
  }

  private void ensure(String groupId, Grant grant, Authorization current) {
    Authorization authorization = current;
    if (authorization == null) {
      authorization = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
      authorization.setGroupId(groupId);
      authorization.setResource(grant.resource());
      authorization.setResourceId(grant.resourceId());
    }
    boolean missing = current == null;
    for (Permission permission : grant.permissions()) {
      if (!authorization.isPermissionGranted(permission)) {
        authorization.addPermission(permission);
        missing = true;
      }
    }
    if (missing) {
      authorizationService.saveAuthorization(authorization);
    }
  }

  private static String key(String groupId, int resourceType, String resourceId) {
    return groupId + '|' + resourceType + '|' + resourceId;
  }
}
