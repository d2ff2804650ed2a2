package vn.nq21.workflow.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.AbstractNativeQuery;
import org.camunda.bpm.engine.impl.AbstractQuery;
import org.camunda.bpm.engine.impl.DeploymentQueryImpl;
import org.camunda.bpm.engine.impl.DeploymentStatisticsQueryImpl;
import org.camunda.bpm.engine.impl.ExternalTaskQueryImpl;
import org.camunda.bpm.engine.impl.HistoricExternalTaskLogQueryImpl;
import org.camunda.bpm.engine.impl.HistoricJobLogQueryImpl;
import org.camunda.bpm.engine.impl.JobDefinitionQueryImpl;
import org.camunda.bpm.engine.impl.JobQueryImpl;
import org.camunda.bpm.engine.impl.SchemaLogQueryImpl;
import org.camunda.bpm.engine.impl.TaskReportImpl;
import org.camunda.bpm.engine.impl.batch.BatchQueryImpl;
import org.camunda.bpm.engine.impl.batch.BatchStatisticsQueryImpl;
import org.camunda.bpm.engine.impl.batch.history.HistoricBatchQueryImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AddCommentCmd;
import org.camunda.bpm.engine.impl.cmd.AssignTaskCmd;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CreateFilterCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteFilterCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteUserInfoCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteUserPictureCmd;
import org.camunda.bpm.engine.impl.cmd.FindHistoryCleanupJobsCmd;
import org.camunda.bpm.engine.impl.cmd.GetDeploymentResourceCmd;
import org.camunda.bpm.engine.impl.cmd.GetDeploymentResourceForIdCmd;
import org.camunda.bpm.engine.impl.cmd.GetDeploymentResourceNamesCmd;
import org.camunda.bpm.engine.impl.cmd.GetDeploymentResourcesCmd;
import org.camunda.bpm.engine.impl.cmd.GetHistoricJobLogExceptionStacktraceCmd;
import org.camunda.bpm.engine.impl.cmd.GetJobExceptionStacktraceCmd;
import org.camunda.bpm.engine.impl.cmd.GetLicenseKeyCmd;
import org.camunda.bpm.engine.impl.cmd.GetPropertiesCmd;
import org.camunda.bpm.engine.impl.cmd.GetTableCountCmd;
import org.camunda.bpm.engine.impl.cmd.GetTableMetaDataCmd;
import org.camunda.bpm.engine.impl.cmd.GetTableNameCmd;
import org.camunda.bpm.engine.impl.cmd.GetTelemetryDataCmd;
import org.camunda.bpm.engine.impl.cmd.GetUniqueTaskWorkerCountCmd;
import org.camunda.bpm.engine.impl.cmd.SaveFilterCmd;
import org.camunda.bpm.engine.impl.cmd.SaveUserCmd;
import org.camunda.bpm.engine.impl.cmd.SetUserInfoCmd;
import org.camunda.bpm.engine.impl.cmd.SetUserPictureCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.metrics.MetricsQueryImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.nq21.workflow.engine.Admins;

/**
 * What a clerk or a supervisor may ask of the engine, whichever door they use (Camunda's REST API, the
 * webapps' own API, or the Java API behind them): a command interceptor in front of every command a
 * logged-in user starts. A non-admin user:
 * <ul>
 *   <li>writes only through a step's form: submit a task's form, submit a start form (both then held to
 *       the form's fields by {@link vn.nq21.workflow.engine.SubmissionCheckPlugin}); claim, unclaim, comment;
 *       their own filters and profile. Every other write of the engine is refused: variables of tasks,
 *       executions and process instances (set, patch, remove, local or not), completing a task without
 *       its form, starting a case without its start form, messages, signals, conditions, modification,
 *       restart, migration, deletion, suspension, task creation and task properties, identity links,
 *       jobs, batches, deployments, incidents, history clean-up;</li>
 *   <li>reads no engine-wide information: listings of jobs, job definitions, metrics, deployments, batches,
 *       job logs, the schema log and external tasks come back empty (Cockpit's pages then show empty lists,
 *       not errors); deployment resources, deployment statistics, table counts, engine properties, history
 *       clean-up jobs and exception stack traces are refused.</li>
 * </ul>
 * A refusal is an {@link AuthorizationException} with a Vietnamese message (REST: 403), made before the
 * command runs, so nothing is written. Members of the admin groups keep the whole engine for repair; each
 * of their writes is logged as one line. The system itself (no logged-in user: timers, start-up, demo
 * data) and commands the engine runs inside another command are not concerned.
 *
 * <p>Camunda's write commands are told from its read commands by their names (reads are {@code Get…},
 * {@code Find…}, {@code Is…}, {@code Check…}, {@code ExecuteFilter…}, {@code …QueryCmd}, queries and
 * reports), so a write command a later Camunda version adds is refused until it is allowed here.
 */
@Component
public class ClientCommandGuard extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(ClientCommandGuard.class);

  private static final String ENGINE_PACKAGE = "org.camunda.bpm.engine.impl";

  /** The writes a clerk or supervisor may make. */
  private static final Set<Class<?>> ALLOWED_WRITES = Set.of(SubmitTaskFormCmd.class, SubmitStartFormCmd.class,
      ClaimTaskCmd.class, AssignTaskCmd.class, AddCommentCmd.class, CreateFilterCmd.class, SaveFilterCmd.class,
      DeleteFilterCmd.class, SaveUserCmd.class, SetUserInfoCmd.class, DeleteUserInfoCmd.class,
      SetUserPictureCmd.class, DeleteUserPictureCmd.class);

  /** An id no engine row has. */
  private static final String NOTHING = "nq21-chi-quan-tri-vien";

  /**
   * Listings of engine-wide information: for a non-admin user they list nothing (the query is narrowed to
   * an id no row has), so Cockpit's pages show empty lists rather than an error.
   */
  private static final Map<Class<?>, Consumer<Object>> NARROWED_READS = Map.ofEntries(
      Map.entry(JobQueryImpl.class, q -> ((JobQueryImpl) q).jobId(NOTHING)),
      Map.entry(JobDefinitionQueryImpl.class, q -> ((JobDefinitionQueryImpl) q).jobDefinitionId(NOTHING)),
      Map.entry(MetricsQueryImpl.class, q -> ((MetricsQueryImpl) q).name(NOTHING)),
      Map.entry(DeploymentQueryImpl.class, q -> ((DeploymentQueryImpl) q).deploymentId(NOTHING)),
      Map.entry(BatchQueryImpl.class, q -> ((BatchQueryImpl) q).batchId(NOTHING)),
      Map.entry(BatchStatisticsQueryImpl.class, q -> ((BatchStatisticsQueryImpl) q).batchId(NOTHING)),
      Map.entry(HistoricBatchQueryImpl.class, q -> ((HistoricBatchQueryImpl) q).batchId(NOTHING)),
      Map.entry(HistoricJobLogQueryImpl.class, q -> ((HistoricJobLogQueryImpl) q).logId(NOTHING)),
      Map.entry(SchemaLogQueryImpl.class, q -> ((SchemaLogQueryImpl) q).version(NOTHING)),
      Map.entry(ExternalTaskQueryImpl.class, q -> ((ExternalTaskQueryImpl) q).externalTaskId(NOTHING)),
      Map.entry(HistoricExternalTaskLogQueryImpl.class,
          q -> ((HistoricExternalTaskLogQueryImpl) q).logId(NOTHING)));

  /** Other reads of engine-wide information, refused to non-admin users. */
  private static final Set<Class<?>> ADMIN_READS = Set.of(DeploymentStatisticsQueryImpl.class,
      TaskReportImpl.class, GetTableCountCmd.class, GetTableMetaDataCmd.class, GetTableNameCmd.class,
      GetPropertiesCmd.class, GetTelemetryDataCmd.class, GetLicenseKeyCmd.class, FindHistoryCleanupJobsCmd.class,
      GetJobExceptionStacktraceCmd.class, GetHistoricJobLogExceptionStacktraceCmd.class,
      GetUniqueTaskWorkerCountCmd.class, GetDeploymentResourceCmd.class, GetDeploymentResourceForIdCmd.class,
      GetDeploymentResourceNamesCmd.class, GetDeploymentResourcesCmd.class);

  private static final List<String> READ_PREFIXES = List.of("Get", "Find", "Is", "Check", "AuthorizationCheck",
      "ExecuteFilter", "Determine", "Optimize");

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<CommandInterceptor> interceptors = configuration.getCustomPreCommandInterceptorsTxRequired();
    if (interceptors == null) {
      interceptors = new ArrayList<>();
      configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
    }
    interceptors.add(new Interceptor(configuration));
  }

  /** What the guard makes of a command a non-admin user starts. */
  enum Verdict { ALLOWED, WRITE_REFUSED, ADMIN_ONLY, LISTS_NOTHING }

  static Verdict verdict(Class<?> command) {
    if (NARROWED_READS.containsKey(command)) {
      return Verdict.LISTS_NOTHING;
    }
    if (ADMIN_READS.contains(command)) {
      return Verdict.ADMIN_ONLY;
    }
    if (!command.getName().startsWith(ENGINE_PACKAGE) || ALLOWED_WRITES.contains(command)
        || AbstractQuery.class.isAssignableFrom(command) || AbstractNativeQuery.class.isAssignableFrom(command)) {
      return Verdict.ALLOWED;
    }
    String name = command.getSimpleName();
    boolean read = name.endsWith("QueryCmd") || name.endsWith("ReportImpl")
        || READ_PREFIXES.stream().anyMatch(name::startsWith);
    return read ? Verdict.ALLOWED : Verdict.WRITE_REFUSED;
  }

  /** The interceptor itself. */
  private static final class Interceptor extends CommandInterceptor {

    private final ProcessEngineConfigurationImpl configuration;

    Interceptor(ProcessEngineConfigurationImpl configuration) {
      this.configuration = configuration;
    }

    @Override
    public <T> T execute(Command<T> command) {
      if (Context.getCommandContext() == null) {
        Authentication user = configuration.getIdentityService().getCurrentAuthentication();
        if (user != null && user.getUserId() != null) {
          check(command, user);
        }
      }
      return next.execute(command);
    }

    private void check(Command<?> command, Authentication user) {
      Verdict verdict = verdict(command.getClass());
      if (verdict == Verdict.ALLOWED) {
        return;
      }
      if (verdict == Verdict.LISTS_NOTHING) {
        if (!isAdmin(user)) {
          NARROWED_READS.get(command.getClass()).accept(command);
        }
        return;
      }
      if (isAdmin(user)) {
        if (verdict == Verdict.WRITE_REFUSED) {
          LOG.info("Quản trị viên {} chạy lệnh {} của engine", user.getUserId(), command.getClass().getSimpleName());
        }
        return;
      }
      LOG.info("Từ chối lệnh {} của người dùng {} (chỉ quản trị viên được dùng)", command.getClass().getSimpleName(),
          user.getUserId());
      throw new ClientCommandRefusedException(message(command, verdict));
    }

    private boolean isAdmin(Authentication user) {
      return Admins.isAdmin(user, configuration);
    }

    private static String message(Command<?> command, Verdict verdict) {
      if (verdict == Verdict.ADMIN_ONLY) {
        return "Thông tin vận hành của hệ thống (công việc nền, triển khai, số liệu đo) chỉ quản trị viên được xem.";
      }
      if (command instanceof CompleteTaskCmd) {
        return "Việc chỉ hoàn thành được bằng biểu mẫu của việc (nút “Hoàn thành” trong Tasklist).";
      }
      if (command instanceof StartProcessInstanceCmd) {
        return "Hồ sơ chỉ mở được bằng biểu mẫu mở hồ sơ (Tasklist, “Bắt đầu quy trình”).";
      }
      return "Tài khoản này không được thay đổi hồ sơ theo cách này: thông tin của hồ sơ chỉ ghi qua biểu mẫu"
          + " của từng bước; các thao tác khác do hệ thống hoặc quản trị viên thực hiện.";
    }
  }

  /** A command a non-admin user may not run: 403 over REST, nothing written. */
  public static final class ClientCommandRefusedException extends AuthorizationException {

    ClientCommandRefusedException(String message) {
      super(message);
    }
  }
}
