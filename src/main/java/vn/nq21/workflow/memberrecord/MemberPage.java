package vn.nq21.workflow.memberrecord;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The member page's address: {@code /ho-so-dang-vien/} (static files under {@code static/ho-so-dang-vien}). */
@Configuration(proxyBeanMethods = false)
class MemberPage implements WebMvcConfigurer {

  static final String PATH = "/ho-so-dang-vien";

  @Override
  public void addViewControllers(ViewControllerRegistry registry) {
    registry.addRedirectViewController(PATH, PATH + "/");
    registry.addViewController(PATH + "/").setViewName("forward:" + PATH + "/index.html");
  }
}
