package vn.nq21.workflow.security;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.springframework.stereotype.Component;

/**
 * Keeps authorization checks as cheap at 100,000 open tasks as at 100 (README, Benchmark: the clerk's task list at
 * scale). Before each authorization check, Camunda narrows the user's groups to those that hold any
 * authorization, and to learn which groups those are it reads {@code SELECT DISTINCT GROUP_ID_} over the whole of
 * {@code ACT_RU_AUTHORIZATION} once per command. Here that table holds a grant per open task and per case, so
 * every Tasklist list, count and task completion paid a scan that grew with the province's open cases (18 ms of a
 * clerk's 19 ms list at 10,000 open tasks on PostgreSQL).
 *
 * <p>The narrowing only shortens the {@code GROUP_ID_ IN (...)} list of the check; a group without grants matches
 * no row either way, so passing the user's own groups unchanged gives exactly the same answers. Our users belong
 * to a handful of organisation groups; above {@value #NARROWED_ABOVE} groups (an identity provider with very many
 * groups per user) the engine's narrowing is kept. Installed through the engine's own extension point for its
 * session factories.
 */
@Component
public class AuthenticatedGroupsPlugin extends AbstractProcessEnginePlugin {

  static final int NARROWED_ABOVE = 50;

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<SessionFactory> factories = configuration.getCustomSessionFactories() == null ? new ArrayList<>()
        : new ArrayList<>(configuration.getCustomSessionFactories());
    factories.add(new SessionFactory() {
      @Override
      public Class<?> getSessionType() {
        return AuthorizationManager.class;
      }

      @Override
      public Session openSession() {
        return new OwnGroupsAuthorizationManager();
      }
    });
    configuration.setCustomSessionFactories(factories);
  }

  /** The engine's authorization manager, checking against the user's own groups as they are. */
  static class OwnGroupsAuthorizationManager extends AuthorizationManager {

    @Override
    public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
      if (authenticatedGroupIds == null || authenticatedGroupIds.isEmpty()) {
        return Collections.emptyList();
      }
      if (authenticatedGroupIds.size() > NARROWED_ABOVE) {
        return super.filterAuthenticatedGroupIds(authenticatedGroupIds);
      }
      return new ArrayList<>(new LinkedHashSet<>(authenticatedGroupIds));
    }
  }
}
