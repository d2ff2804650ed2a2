package vn.nq21.workflow.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;

/**
 * The application's own API ({@code /api}) for the pages opened beside Tasklist, Cockpit and Admin: a read (GET,
 * HEAD) made with the session of a user signed in to the webapps is that user's, so the member page needs no second
 * login. A write made with the session counts only with the webapps' own CSRF token in its {@code X-XSRF-TOKEN}
 * header, as the webapps' own API requires: a session cookie travels with requests another site makes the browser
 * send, the token (readable only by the webapps' pages) does not. Any request without such a session, or a write
 * without the token, authenticates by HTTP Basic as before. A refusal here sends
 * no Basic challenge, so a browser never asks for (and then remembers and replays) a password for {@code /api}; API
 * clients send their credentials with the request anyway. Groups are then loaded by the authentication filter, as
 * for Basic. Writes also pass {@link ApiOriginCheck}.
 */
public class WebappSessionAuthenticationProvider extends HttpBasicAuthenticationProvider {

  @Override
  public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
    boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
    HttpSession session = request.getSession(false);
    if (session != null && (read || carriesSessionToken(request, session))) {
      Authentications signedIn = AuthenticationUtil.getAuthsFromSession(session);
      Authentication user = signedIn == null ? null : signedIn.getAuthenticationForProcessEngine(engine.getName());
      if (user != null && user.getName() != null) {
        return AuthenticationResult.successful(user.getName());
      }
    }
    return super.extractAuthenticatedUser(request, engine);
  }

  private static boolean carriesSessionToken(HttpServletRequest request, HttpSession session) {
    Object expected = session.getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME);
    String sent = request.getHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME);
    return expected instanceof String token && sent != null && MessageDigest.isEqual(
        token.getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
    // no "WWW-Authenticate: Basic": the 401 alone (see the class comment)
  }
}
