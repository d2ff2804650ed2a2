package vn.nq21.workflow.security;

/**
 * How demo accounts are marked, so that the production profile can refuse a database holding any (their
 * password is published): the demo data marks them, the production check looks for the mark.
 */
public final class DemoAccounts {

  /** Every demo user's e-mail is in this domain; production refuses to start while any exists. */
  public static final String EMAIL_DOMAIN = "demo.nq21.vn";

  private DemoAccounts() {}
}
