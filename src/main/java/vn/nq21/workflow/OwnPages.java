package vn.nq21.workflow;

import java.util.List;
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

  @Override
  public void addViewControllers(ViewControllerRegistry registry) {
    for (String path : PATHS) {
      registry.addRedirectViewController(path, path + "/");
      registry.addViewController(path + "/").setViewName("forward:" + path + "/index.html");
    }
  }
}
