package vn.nq21.workflow.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;

/**
 * The application's own API ({@code /api}) for the pages opened beside Tasklist and Cockpit: a read (GET, HEAD)
 * made with the session of a user signed in to the webapps is that user's, so the member page needs no second
 * login; anything else, and any request without such a session, authenticates by HTTP Basic as before. Writes keep
 * HTTP Basic only: a session cookie travels with requests another site makes the browser send. A refusal here sends
 * no Basic challenge, so a browser never asks for (and then remembers and replays) a password for {@code /api}; API
 * clients send their credentials with the request anyway. Groups are then loaded by the authentication filter, as
 * for Basic. Writes also pass {@link ApiOriginCheck}.
 */
public class WebappSessionAuthenticationProvider extends HttpBasicAuthenticationProvider {

  @Override
  public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
    boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
    HttpSession session = read ? request.getSession(false) : null;
    if (session != null) {
      Authentications signedIn = AuthenticationUtil.getAuthsFromSession(session);
      Authentication user = signedIn == null ? null : signedIn.getAuthenticationForProcessEngine(engine.getName());
      if (user != null && user.getName() != null) {
        return AuthenticationResult.successful(user.getName());
      }
    }
    return super.extractAuthenticatedUser(request, engine);
  }

  @Override
  public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
    // no "WWW-Authenticate: Basic": the 401 alone (see the class comment)
  }
}
