package vn.nq21.workflow.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;

/**
 * Adds up the per-class reports of camunda-process-test-coverage into one figure per model: which flow
 * nodes and sequence flows some test ran, and which none did. Run by Maven after the tests (see pom.xml);
 * prints a table and writes {@code target/process-test-coverage/summary.md}.
 */
public final class ProcessCoverageSummary {

  private ProcessCoverageSummary() {}

  public static void main(String[] args) throws IOException {
    Path reports = Path.of(args.length > 0 ? args[0] : "target/process-test-coverage");
    if (!Files.isDirectory(reports)) {
      System.out.println("Process coverage: no reports in " + reports);
      return;
    }
    ObjectMapper json = new ObjectMapper();
    Map<String, Set<String>> covered = new TreeMap<>();
    Map<String, String> xmlByModel = new TreeMap<>();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(reports)) {
      files = walk.filter(p -> p.getFileName().toString().equals("report.json")).toList();
    }
    for (Path file : files) {
      JsonNode report = json.readTree(file.toFile());
      for (JsonNode model : report.path("models")) {
        xmlByModel.put(model.path("key").asText(), model.path("xml").asText());
      }
      for (JsonNode suite : report.path("suites")) {
        for (JsonNode run : suite.path("runs")) {
          for (JsonNode event : run.path("events")) {
            covered.computeIfAbsent(event.path("modelKey").asText(), k -> new TreeSet<>())
                .add(event.path("definitionKey").asText());
          }
        }
      }
    }
    StringBuilder md = new StringBuilder("# Process test coverage\n\n| Model | Covered | Total | % | Not covered |\n|---|---|---|---|---|\n");
    for (Map.Entry<String, String> model : xmlByModel.entrySet()) {
      BpmnModelInstance bpmn = Bpmn.readModelFromStream(
          new ByteArrayInputStream(model.getValue().getBytes(StandardCharsets.UTF_8)));
      Set<String> all = new TreeSet<>();
      // a file may hold several processes (the two sides of a transfer): this model's elements only
      bpmn.getModelElementsByType(FlowNode.class).stream()
          .filter(n -> BpmnElements.inProcess(n, model.getKey()))
          .forEach(n -> all.add(n.getId()));
      bpmn.getModelElementsByType(SequenceFlow.class).stream()
          .filter(f -> BpmnElements.inProcess(f, model.getKey()))
          .forEach(f -> all.add(f.getId()));
      Set<String> hit = covered.getOrDefault(model.getKey(), Set.of());
      List<String> missing = new ArrayList<>(all);
      missing.removeAll(hit);
      long done = all.size() - missing.size();
      String line = String.format("| %s | %d | %d | %.1f | %s |", model.getKey(), done, all.size(),
          100.0 * done / all.size(), missing.isEmpty() ? "—" : String.join(", ", missing));
      md.append(line).append('\n');
      System.out.println("Process coverage " + line);
    }
    Files.writeString(reports.resolve("summary.md"), md.toString());
  }
}
