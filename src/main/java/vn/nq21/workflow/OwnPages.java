package vn.nq21.workflow;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The addresses of the application's own pages beside the webapps, each a folder of static files under
 * {@code static/} that reads {@code /api} with the webapps' login: {@code /ho-so-dang-vien/} (a member's record,
 * {@code memberrecord}) and {@code /ho-so-giai-quyet/?id=} (a whole case, {@code caseview}).
 */
@Configuration(proxyBeanMethods = false)
class OwnPages implements WebMvcConfigurer {

  static final List<String> PATHS = List.of("/ho-so-dang-vien", "/ho-so-giai-quyet");

  /**
   * The pages only read, but no other site may show them inside its own (a click made on them would be made there):
   * the webapps frame the case page themselves, from the same site.
   */
  @Bean
  FilterRegistrationBean<Filter> ownPagesFramedBySelfOnly() {
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>((request, response, chain) -> {
      HttpServletResponse answer = (HttpServletResponse) response;
      answer.setHeader("Content-Security-Policy", "frame-ancestors 'self'");
      answer.setHeader("X-Frame-Options", "SAMEORIGIN");
      chain.doFilter(request, response);
    });
    registration.addUrlPatterns(PATHS.stream().map(path -> path + "/*").toArray(String[]::new));
    return registration;
  }

  @Override
  public void addViewControllers(ViewControllerRegistry registry) {
    for (String path : PATHS) {
      registry.addRedirectViewController(path, path + "/");
      registry.addViewController(path + "/").setViewName("forward:" + path + "/index.html");
    }
  }
}
