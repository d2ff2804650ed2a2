package vn.nq21.workflow.security;

import jakarta.servlet.Filter;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.autoconfigure.web.servlet.JerseyApplicationPath;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * HTTP Basic against Camunda's identity service on {@code /engine-rest} (open by default in the
 * starter, which would let anyone deploy code) and on the application's own {@code /api}, where a read may also
 * come with the webapps' session ({@link WebappSessionAuthenticationProvider}). Once the
 * filter has authenticated a request, the engine's authorization checks apply to it.
 */
@Configuration(proxyBeanMethods = false)
class RestAuthenticationConfiguration {

  static final String API_PATTERN = "/api/*";

  @Bean
  FilterRegistrationBean<Filter> restAuthenticationFilter(JerseyApplicationPath restPath) {
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("nq21-rest-authentication");
    registration.addInitParameter("authentication-provider", HttpBasicAuthenticationProvider.class.getName());
    registration.addUrlPatterns(restPath.getUrlMapping());
    registration.setOrder(1);
    return registration;
  }

  /** {@code /api}: a write sent by a browser from another site is refused before anything else. */
  @Bean
  FilterRegistrationBean<ApiOriginCheck> apiOriginCheck() {
    FilterRegistrationBean<ApiOriginCheck> registration = new FilterRegistrationBean<>(new ApiOriginCheck());
    registration.setName("nq21-api-origin-check");
    registration.addUrlPatterns(API_PATTERN);
    registration.setOrder(0);
    return registration;
  }

  /** {@code /api}: HTTP Basic, and for reads the webapps' session too (the member page beside Tasklist). */
  @Bean
  FilterRegistrationBean<Filter> apiAuthenticationFilter() {
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("nq21-api-authentication");
    registration.addInitParameter("authentication-provider", WebappSessionAuthenticationProvider.class.getName());
    registration.addUrlPatterns(API_PATTERN);
    registration.setOrder(1);
    return registration;
  }
}
