package vn.nq21.workflow.security;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Production refuses a database that still holds demo accounts (for example a demo database reused
 * by mistake): their password is published in the README.
 */
@Component
@Profile(ProductionSettingsCheck.PROFILE)
@Order(Integer.MIN_VALUE)
class ProductionIdentityCheck implements ApplicationRunner {

  private final IdentityService identityService;

  ProductionIdentityCheck(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  public void run(ApplicationArguments args) {
    long demoUsers = identityService.createUserQuery().userEmailLike("%@" + DemoAccounts.EMAIL_DOMAIN).count();
    if (demoUsers > 0) {
      throw new ProductionSettingsException(java.util.List.of("Cơ sở dữ liệu còn " + demoUsers
          + " tài khoản demo (e-mail @" + DemoAccounts.EMAIL_DOMAIN + ", mật khẩu công khai trong README):"
          + " xóa chúng trong Admin hoặc dùng cơ sở dữ liệu mới."));
    }
  }
}
