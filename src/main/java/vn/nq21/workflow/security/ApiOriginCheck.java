package vn.nq21.workflow.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A write to {@code /api} (anything but GET, HEAD, OPTIONS) that a browser sends from another site is refused
 * (403): browsers name the page's site in {@code Origin} (or {@code Referer}), and a form or script on another site
 * could otherwise make a signed-in clerk's browser post a ledger. Programs that send neither header (curl, another
 * system) are not affected; they authenticate with HTTP Basic on every request.
 */
class ApiOriginCheck extends OncePerRequestFilter {

  private static final Logger LOG = LoggerFactory.getLogger(ApiOriginCheck.class);

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String method = request.getMethod();
    boolean write = !("GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method));
    String from = request.getHeader("Origin") != null ? request.getHeader("Origin") : request.getHeader("Referer");
    if (write && from != null && !sameSite(from, request)) {
      LOG.warn("Từ chối {} {} gửi từ trang khác ({})", method, request.getRequestURI(), from);
      response.setStatus(HttpServletResponse.SC_FORBIDDEN);
      response.setContentType("application/json;charset=UTF-8");
      response.getWriter().write("{\"message\":\"Yêu cầu ghi gửi từ một trang web khác bị từ chối.\"}");
      return;
    }
    chain.doFilter(request, response);
  }

  private static boolean sameSite(String from, HttpServletRequest request) {
    try {
      URI uri = URI.create(from);
      String host = request.getHeader("Host");
      String theirs = uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
      return host != null && (host.equalsIgnoreCase(theirs) || host.equalsIgnoreCase(uri.getHost()));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
