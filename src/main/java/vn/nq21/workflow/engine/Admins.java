package vn.nq21.workflow.engine;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Who is an admin, decided once: the engine's own admins (its admin users and admin groups, {@code camunda-admin}
 * by default), the same the engine lets past every authorization check and the webapps let into Admin. Used by the
 * guard on the engine's commands, by the filters on its answers, by the organisation scope (an admin sees the whole
 * tree and opens cases anywhere) and by the application's admin-only APIs.
 */
@Component
public class Admins {

  private final ProcessEngineConfiguration configuration;
  private final IdentityService identity;

  public Admins(ProcessEngineConfiguration configuration, IdentityService identity) {
    this.configuration = configuration;
    this.identity = identity;
  }

  /** Whether {@code user} is one of the engine's admins; false for nobody. */
  public static boolean isAdmin(Authentication user, ProcessEngineConfiguration configuration) {
    if (user == null || !(configuration instanceof ProcessEngineConfigurationImpl engine)) {
      return false;
    }
    List<String> adminUsers = engine.getAdminUsers();
    List<String> adminGroups = engine.getAdminGroups();
    return adminUsers != null && adminUsers.contains(user.getUserId())
        || user.getGroupIds() != null && adminGroups != null
            && user.getGroupIds().stream().anyMatch(adminGroups::contains);
  }

  /** Whether the user of this request is an admin. */
  public boolean signedIn() {
    return isAdmin(identity.getCurrentAuthentication(), configuration);
  }

  /** The admin of this request; anyone else is answered 403 with {@code refusal} (what only an admin may do). */
  public String require(String refusal) {
    Authentication me = identity.getCurrentAuthentication();
    if (!isAdmin(me, configuration)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, refusal);
    }
    return me.getUserId();
  }
}
