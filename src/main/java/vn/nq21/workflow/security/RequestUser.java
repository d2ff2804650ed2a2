package vn.nq21.workflow.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;

/**
 * Who made an HTTP request to the engine's APIs, for the filters that look at an answer after the request's
 * own authentication has ended: the engine's current authentication while it is still set, else the user
 * of the webapps' session, else the HTTP Basic user of {@code /engine-rest} (whose password the REST
 * authentication filter has already checked, or the answer would be 401).
 */
final class RequestUser {

  private RequestUser() {}

  static Authentication of(HttpServletRequest request, ProcessEngine engine) {
    Authentication current = engine.getIdentityService().getCurrentAuthentication();
    if (current != null && current.getUserId() != null) {
      return current;
    }
    HttpSession session = request.getSession(false);
    if (session != null) {
      for (org.camunda.bpm.webapp.impl.security.auth.Authentication a
          : AuthenticationUtil.getAuthsFromSession(session).getAuthentications()) {
        if (a instanceof UserAuthentication u) {
          return new Authentication(u.getIdentityId(), u.getGroupIds(), u.getTenantIds());
        }
      }
    }
    String header = request.getHeader("Authorization");
    if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
      String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      if (colon > 0) {
        String userId = decoded.substring(0, colon);
        List<String> groups = engine.getIdentityService().createGroupQuery().groupMember(userId).list().stream()
            .map(Group::getId).toList();
        return new Authentication(userId, groups);
      }
    }
    return null;
  }

  /** Runs {@code work} as {@code user}, putting back whatever authentication was there before. */
  static <T> T as(Authentication user, ProcessEngine engine, java.util.function.Supplier<T> work) {
    var identity = engine.getIdentityService();
    Authentication before = identity.getCurrentAuthentication();
    identity.setAuthentication(user);
    try {
      return work.get();
    } finally {
      if (before == null) {
        identity.clearAuthentication();
      } else {
        identity.setAuthentication(before);
      }
    }
  }
}
