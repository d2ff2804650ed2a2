package vn.nq21.workflow.security;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import vn.nq21.workflow.engine.WithoutAuthorization;
import vn.nq21.workflow.registry.RegistryConflictException;
import vn.nq21.workflow.engine.Admins;

/**
 * The error answers of Camunda's REST API and of the webapps' API, as a clerk's screen receives them: in
 * Vietnamese, with the status that says what happened, and with nothing of the server's inside.
 * <ul>
 *   <li>400 for bad input, 403 for what the user may not do, 404 for what the user may not see (a task or
 *       case outside the user's authorizations, refused for whatever reason) or what does not exist, 409 for a task someone else has just completed or a case changed at the same moment
 *       (the engine's optimistic locking), 500 for a fault;</li>
 *   <li>Camunda's English prefixes ("Cannot submit task form …:") are removed, so the clerk reads only the
 *       application's Vietnamese list; an English message of the engine or of the REST layer is replaced
 *       by a Vietnamese one (the original goes to the log);</li>
 *   <li>no stack trace, SQL or class name leaves the server: the {@code type} is a neutral word, and a
 *       fault's message is replaced by a reference that the log line carries with the original.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class RestErrorResponses {

  private static final Logger LOG = LoggerFactory.getLogger(RestErrorResponses.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  private static final List<String> CAMUNDA_PREFIXES = List.of("Cannot submit task form ",
      "Cannot instantiate process definition ", "Cannot complete task ", "Cannot resolve task ");
  /** What never leaves the server: SQL, stack frames, Java class names, engine log codes. */
  private static final Pattern LEAK = Pattern.compile(
      "(?i)\\bsql\\b|###|PreparedStatement|\\bselect\\b.+\\bfrom\\b|\\binsert into\\b|\\bupdate\\b.+\\bset\\b"
          + "|\\tat |Exception|\\b(?:org|java|jakarta|javax|com|vn)\\.[a-z]+\\.|ENGINE-\\d+");
  private static final Pattern CONCURRENT = Pattern.compile(
      "ENGINE-03005|updated by another transaction concurrently|OptimisticLocking|RegistryConflictException|"
          + Pattern.quote(RegistryConflictException.MARK));
  private static final String TASK_DONE = "Việc này đã được hoàn thành (có thể bởi một người khác) nên không nhận"
      + " thêm. Không có gì được lưu: hãy tải lại danh sách việc.";
  /** A request about one task or case. */
  private static final Pattern SUBMISSION = Pattern.compile("/task/[0-9a-fA-F-]{8,}/(?:submit-form|complete)$");
  private static final Pattern OBJECT_PATH = Pattern.compile("/(task|process-instance)/([0-9a-fA-F-]{8,})(?:/|$)");
  private static final Pattern TASK_GONE = Pattern.compile("(?:Cannot find task with id|No task exists with id|task"
      + " with id) '?([0-9a-fA-F-]{8,})'?");

  /**
   * The REST layer logs every 500 it answers as a WARN with the whole stack trace, before this filter turns
   * a concurrent completion into a 409. Those two cases are business, not faults: their WARN is dropped
   * and this filter writes one INFO line for them instead.
   */
  @Bean
  TurboFilter concurrentCompletionLogFilter() {
    TurboFilter filter = new TurboFilter() {
      @Override
      public FilterReply decide(Marker marker, ch.qos.logback.classic.Logger logger, Level level, String format,
          Object[] params, Throwable t) {
        if (level != Level.WARN || !logger.getName().startsWith("org.camunda.bpm.engine.rest.exception")) {
          return FilterReply.NEUTRAL;
        }
        if (format != null && (CONCURRENT.matcher(format).find() || TASK_GONE.matcher(format).find())) {
          return FilterReply.DENY;
        }
        for (Object param : params == null ? new Object[0] : params) {
          if (param instanceof String text && (CONCURRENT.matcher(text).find() || TASK_GONE.matcher(text).find())) {
            return FilterReply.DENY;
          }
        }
        return FilterReply.NEUTRAL;
      }
    };
    if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
      filter.setContext(context);
      filter.start();
      context.addTurboFilter(filter);
    }
    return filter;
  }

  @Bean
  FilterRegistrationBean<ErrorFilter> restErrorResponsesFilter(ObjectProvider<ProcessEngine> engine,
      ObjectProvider<WithoutAuthorization> withoutAuthorization) {
    FilterRegistrationBean<ErrorFilter> registration = new FilterRegistrationBean<>(
        new ErrorFilter(engine, withoutAuthorization));
    registration.setName("nq21-rest-error-responses");
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
    registration.setOrder(0); // outside authentication, so that every answer passes through it
    return registration;
  }

  static final class ErrorFilter extends OncePerRequestFilter {

    private final ObjectProvider<ProcessEngine> engine;
    private final ObjectProvider<WithoutAuthorization> withoutAuthorization;

    ErrorFilter(ObjectProvider<ProcessEngine> engine, ObjectProvider<WithoutAuthorization> withoutAuthorization) {
      this.engine = engine;
      this.withoutAuthorization = withoutAuthorization;
    }

    /** External task long polling answers asynchronously, after this filter has returned: left as it is. */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
      return request.getRequestURI().endsWith("/fetchAndLock");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
      try {
        chain.doFilter(request, wrapper);
        if (wrapper.getStatus() >= 400 && isJson(wrapper.getContentType())) {
          rewrite(request, wrapper);
        }
      } finally {
        wrapper.copyBodyToResponse();
      }
    }

    private static boolean isJson(String contentType) {
      return contentType != null && contentType.toLowerCase().contains("json");
    }

    private void rewrite(HttpServletRequest request, ContentCachingResponseWrapper response) throws IOException {
      JsonNode body;
      try {
        body = JSON.readTree(response.getContentAsByteArray());
      } catch (IOException e) {
        return;
      }
      if (!(body instanceof ObjectNode error) || !error.has("message")) {
        return;
      }
      String original = error.path("message").asText("");
      String logged = original.replaceAll("\\p{Cntrl}", " ");
      String type = error.path("type").asText("");
      Answer answer = answer(request, response.getStatus(), type, withoutPrefix(original));
      if (answer.status >= 500) {
        String reference = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        LOG.error("Lỗi hệ thống {} khi xử lý {} {}: {} {}", reference, request.getMethod(), request.getRequestURI(),
            type, logged);
        answer = new Answer(answer.status, "InternalError", answer.message == null
            ? "Lỗi hệ thống khi xử lý yêu cầu (mã tham chiếu " + reference + "). Không có gì được lưu; hãy báo quản"
            + " trị viên mã này." : answer.message);
      } else if (!answer.message.equals(withoutPrefix(original))) {
        LOG.info("Trả lời {} cho {} {} thay cho: {}", answer.status, request.getMethod(), request.getRequestURI(),
            logged);
      }
      error.put("type", answer.type);
      error.put("message", answer.message);
      // what an authorization failure names (user, permissions, resource ids) is English and tells too much
      error.remove(List.of("stackTrace", "userId", "missingAuthorizations", "permissionName", "resourceName",
          "resourceId"));
      byte[] bytes = JSON.writeValueAsBytes(error);
      response.resetBuffer();
      response.setStatus(answer.status);
      response.setContentType("application/json;charset=UTF-8");
      response.setContentLength(bytes.length);
      response.getOutputStream().write(bytes);
    }

    private Answer answer(HttpServletRequest request, int status, String type, String message) {
      if (CONCURRENT.matcher(message).find() || "OptimisticLockingException".equals(type)) {
        return new Answer(409, "Conflict", "Hồ sơ này vừa được thay đổi cùng lúc (một người khác vừa làm bước này,"
            + " hoặc hệ thống vừa xử lý một thời hạn). Không có gì được lưu: hãy tải lại trang và làm lại nếu bước"
            + " vẫn còn.");
      }
      Matcher gone = TASK_GONE.matcher(message);
      if (gone.find()) {
        return completedBefore(gone.group(1), request)
            ? new Answer(409, "Conflict", TASK_DONE)
            : new Answer(404, "NotFound", "Không tìm thấy việc này, hoặc tài khoản này không được xem việc này.");
      }
      if (status == 403 && !visible(request)) {
        // a task completed by someone else a moment ago loses its grants with it: tell the user that
        Matcher path = OBJECT_PATH.matcher(request.getRequestURI());
        if (path.find() && "task".equals(path.group(1)) && completedBefore(path.group(2), request)) {
          return new Answer(409, "Conflict", TASK_DONE);
        }
        return new Answer(404, "NotFound", "Không tìm thấy, hoặc tài khoản này không được xem việc hay hồ sơ này.");
      }
      if (status == 400 && SUBMISSION.matcher(request.getRequestURI()).find()) {
        // two submissions of one task at once: the later one, checked against the case as the first left it, is
        // refused for that; what it means to the clerk is that the task was done a moment before
        Matcher path = OBJECT_PATH.matcher(request.getRequestURI());
        if (path.find() && completedBefore(path.group(2), request)) {
          return new Answer(409, "Conflict", TASK_DONE);
        }
      }
      boolean vietnamese = isVietnamese(message) && !LEAK.matcher(message).find();
      if (status >= 500) {
        return new Answer(status, "InternalError", vietnamese ? message : null);
      }
      if (vietnamese) {
        return new Answer(status, category(status), message);
      }
      return new Answer(status, category(status), switch (status) {
        case 401 -> "Chưa đăng nhập, hoặc tên đăng nhập và mật khẩu không đúng.";
        case 403 -> "Tài khoản này không có quyền thực hiện thao tác này.";
        case 404 -> "Không tìm thấy, hoặc tài khoản này không được xem đối tượng được yêu cầu.";
        case 409 -> "Dữ liệu vừa được người khác thay đổi: hãy tải lại trang và làm lại.";
        default -> "Yêu cầu không hợp lệ: có giá trị không đúng kiểu hoặc định dạng (ví dụ một số quá lớn, một"
            + " ngày sai dạng, dữ liệu Json hỏng). Hãy kiểm tra lại biểu mẫu.";
      });
    }

    /**
     * Whether the user may see the task or case the request is about (a request about neither counts as
     * visible): what the user may not see is answered 404, not 403, so that its existence is not told.
     */
    private boolean visible(HttpServletRequest request) {
      Matcher path = OBJECT_PATH.matcher(request.getRequestURI());
      ProcessEngine processEngine = engine.getIfAvailable();
      if (!path.find() || processEngine == null) {
        return true;
      }
      Authentication user = RequestUser.of(request, processEngine);
      if (user == null || Admins.isAdmin(user, processEngine.getProcessEngineConfiguration())) {
        return true;
      }
      String id = path.group(2);
      return RequestUser.as(user, processEngine, () -> "task".equals(path.group(1))
          ? processEngine.getTaskService().createTaskQuery().taskId(id).count() > 0
          : processEngine.getRuntimeService().createProcessInstanceQuery().processInstanceId(id).count() > 0);
    }

    /**
     * Whether the task exists in history as completed and the user was one of those who could work it
     * (a candidate group of theirs): only then is "someone else just completed it" told, so that another
     * organisation's task is not confirmed to exist.
     */
    private boolean completedBefore(String taskId, HttpServletRequest request) {
      ProcessEngine processEngine = engine.getIfAvailable();
      WithoutAuthorization system = withoutAuthorization.getIfAvailable();
      Authentication user = processEngine == null ? null : RequestUser.of(request, processEngine);
      if (system == null || user == null) {
        return false;
      }
      HistoryService history = processEngine.getHistoryService();
      List<String> groups = user.getGroupIds() == null ? List.of() : user.getGroupIds();
      return system.callUnlogged(() -> {
        if (history.createHistoricTaskInstanceQuery().taskId(taskId).finished().count() == 0) {
          return false;
        }
        // the candidates the task had at its end: a link added and not deleted later (a hand-over moves them)
        Map<String, String> lastOperation = new HashMap<>();
        history.createHistoricIdentityLinkLogQuery().taskId(taskId).orderByTime().asc().list()
            .forEach(link -> lastOperation.put(link.getGroupId() + "|" + link.getUserId(), link.getOperationType()));
        return lastOperation.entrySet().stream().filter(e -> "add".equals(e.getValue())).map(Map.Entry::getKey)
            .anyMatch(key -> groups.contains(key.split("\\|")[0]) || key.endsWith("|" + user.getUserId()));
      });
    }

    private static String category(int status) {
      return switch (status) {
        case 401 -> "Unauthorized";
        case 403 -> "Forbidden";
        case 404 -> "NotFound";
        case 409 -> "Conflict";
        default -> "BadRequest";
      };
    }

    private static String withoutPrefix(String message) {
      String result = message;
      boolean stripped = true;
      while (stripped) {
        stripped = false;
        for (String prefix : CAMUNDA_PREFIXES) {
          if (result.startsWith(prefix)) {
            int colon = result.indexOf(": ", prefix.length());
            if (colon > 0) {
              result = result.substring(colon + 2);
              stripped = true;
            }
          }
        }
      }
      return result;
    }

    /** Vietnamese text carries letters with diacritics that English messages never do. */
    private static boolean isVietnamese(String text) {
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c >= '\u00C0' && c <= '\u1EF9') {
          return true;
        }
      }
      return false;
    }
  }

  private record Answer(int status, String type, String message) {}
}
