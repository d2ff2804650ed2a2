package vn.nq21.workflow.demo;

/** Facts about demo accounts that the production profile also needs, to refuse them. */
public final class DemoAccounts {

  /** Every demo user's e-mail is in this domain; production refuses to start while any exists. */
  public static final String EMAIL_DOMAIN = "demo.nq21.vn";

  private DemoAccounts() {}
}
