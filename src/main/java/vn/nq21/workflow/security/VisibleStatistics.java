package vn.nq21.workflow.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.runtime.Incident;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import vn.nq21.workflow.engine.Admins;

/**
 * Process-definition statistics count only the cases the user may read. Camunda computes them with a
 * check on the process definition alone (Cockpit's processes list and dashboard through its plugin API,
 * and {@code /process-definition/statistics} of the REST API), so a supervisor who reads one organisation's
 * cases was shown the number of every organisation's. For a user outside the admin group each row's
 * running instances and incidents are counted again with the engine's own queries under the user's
 * authorizations (one count per definition shown: a page of a few rows); failed jobs, which are engine-wide,
 * are not counted for them.
 */
@Configuration(proxyBeanMethods = false)
class VisibleStatistics {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Bean
  FilterRegistrationBean<StatisticsFilter> visibleStatisticsFilter(ObjectProvider<ProcessEngine> engine) {
    FilterRegistrationBean<StatisticsFilter> registration = new FilterRegistrationBean<>(new StatisticsFilter(engine));
    registration.setName("nq21-visible-statistics");
    registration.addUrlPatterns("/engine-rest/process-definition/*", "/camunda/api/cockpit/*", "/camunda/api/engine/*");
    registration.setOrder(2); // inside the REST authentication (order 1), so its user is known
    return registration;
  }

  static final class StatisticsFilter extends OncePerRequestFilter {

    private final ObjectProvider<ProcessEngine> engine;

    StatisticsFilter(ObjectProvider<ProcessEngine> engine) {
      this.engine = engine;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
      return !"GET".equals(request.getMethod()) || !request.getRequestURI().endsWith("/process-definition/statistics");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      ProcessEngine processEngine = engine.getIfAvailable();
      Authentication user = processEngine == null ? null : RequestUser.of(request, processEngine);
      if (user == null || Admins.isAdmin(user, processEngine.getProcessEngineConfiguration())) {
        chain.doFilter(request, response);
        return;
      }
      ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
      try {
        chain.doFilter(request, wrapper);
        if (wrapper.getStatus() == 200) {
          recount(wrapper, processEngine, user);
        }
      } finally {
        wrapper.copyBodyToResponse();
      }
    }

    private static void recount(ContentCachingResponseWrapper response, ProcessEngine engine, Authentication user)
        throws IOException {
      JsonNode rows = JSON.readTree(response.getContentAsByteArray());
      if (!(rows instanceof ArrayNode array)) {
        return;
      }
      RequestUser.as(user, engine, () -> {
        for (JsonNode node : array) {
          if (node instanceof ObjectNode row) {
            String definitionId = row.has("definition") ? row.path("definition").path("id").asText(null)
                : row.path("id").asText(null);
            if (definitionId != null) {
              recountRow(row, definitionId, engine);
            }
          }
        }
        return null;
      });
      byte[] bytes = JSON.writeValueAsBytes(array);
      response.resetBuffer();
      response.setContentLength(bytes.length);
      response.getOutputStream().write(bytes);
    }

    private static void recountRow(ObjectNode row, String definitionId, ProcessEngine engine) {
      // Cockpit's plugin sums all versions of a key in one row (named by the latest version); the REST API
      // has one row per version
      boolean byKey = !row.has("definition") && row.hasNonNull("key");
      var instanceQuery = engine.getRuntimeService().createProcessInstanceQuery();
      var incidentQuery = engine.getRuntimeService().createIncidentQuery();
      if (byKey) {
        instanceQuery.processDefinitionKey(row.path("key").asText());
        incidentQuery.processDefinitionKeyIn(row.path("key").asText());
      } else {
        instanceQuery.processDefinitionId(definitionId);
        incidentQuery.processDefinitionId(definitionId);
      }
      long instances = instanceQuery.count();
      List<Incident> incidents = incidentQuery.list();
      row.put("instances", instances);
      if (row.has("failedJobs")) {
        row.put("failedJobs", 0);
      }
      JsonNode shape = row.get("incidents");
      if (shape != null && shape.isArray()) { // engine REST: counts per incident type
        Map<String, Long> byType = new TreeMap<>(incidents.stream()
            .collect(Collectors.groupingBy(Incident::getIncidentType, Collectors.counting())));
        ArrayNode list = row.putArray("incidents");
        byType.forEach((type, count) -> list.addObject().put("incidentType", type).put("incidentCount", count));
        row.remove("rootIncidents");
      } else if (shape != null) { // Cockpit's plugin: one number
        row.put("incidents", incidents.size());
      }
    }
  }
}
