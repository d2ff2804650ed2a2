package vn.nq21.workflow.engine.modelcheck;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.InputEntry;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.OutputEntry;
import org.camunda.bpm.model.dmn.instance.Rule;

/**
 * Rule 9: a revision must not strand running cases. A decision table is evaluated by its key at its newest version,
 * by every case of every procedure, whenever a step needs it: a new version replaces the old one for cases already
 * running. So a revised table must keep
 * <ul>
 *   <li>every output column the version in force has, while cases run (the application and the models read them by
 *       name);</li>
 *   <li>every rule set it names, in a {@code ruleSet} input or output column: an act dated in an earlier rule set's
 *       period (a running case's earlier steps, a case recorded from paper) is still judged by that rule set's rows,
 *       which a row for any rule set further down would otherwise silently replace. A new regulation is new rows
 *       beside the old ones (README, "When the regulation changes").</li>
 * </ul>
 */
final class DecisionContinuity {

  private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");
  private static final String RULE_SET = "ruleSet";

  private final ApplicationFacts facts;

  DecisionContinuity(ApplicationFacts facts) {
    this.facts = facts;
  }

  List<ModelProblem> check(Map<String, byte[]> resources) {
    List<ModelProblem> problems = new ArrayList<>();
    long running = -1;
    for (Map.Entry<String, byte[]> resource : resources.entrySet()) {
      if (!resource.getKey().endsWith(".dmn")) {
        continue;
      }
      DmnModelInstance revised;
      try {
        revised = Dmn.readModelFromStream(new ByteArrayInputStream(resource.getValue()));
      } catch (RuntimeException unreadable) {
        continue; // reported as UNREADABLE by the checker
      }
      for (Decision decision : revised.getModelElementsByType(Decision.class)) {
        DecisionTable table = table(decision);
        byte[] inForceFile = table == null ? null : facts.latestDecisionFile(decision.getId());
        if (inForceFile == null) {
          continue;
        }
        DecisionTable inForce;
        try {
          inForce = table(Dmn.readModelFromStream(new ByteArrayInputStream(inForceFile)).getModelElementById(
              decision.getId()));
        } catch (RuntimeException unreadable) {
          continue;
        }
        if (inForce == null) {
          continue;
        }
        String where = resource.getKey() + ", bảng “" + (decision.getName() == null ? decision.getId()
            : decision.getName()) + "” (" + decision.getId() + "): ";
        Set<String> droppedOutputs = outputs(inForce);
        droppedOutputs.removeAll(outputs(table));
        if (!droppedOutputs.isEmpty()) {
          if (running < 0) {
            running = facts.runningCases();
          }
          if (running > 0) {
            problems.add(problem(resource.getKey(), decision, where + "bỏ cột kết quả " + String.join(", ",
                droppedOutputs) + " mà bản đang dùng có, trong khi còn " + running + " hồ sơ đang chạy (mọi thủ tục):"
                + " bảng luôn được đánh giá theo phiên bản mới nhất, nên hồ sơ nào còn đọc cột này sẽ kẹt ở bước"
                + " cần bảng. Hãy giữ cột (có thể để trống ở các dòng mới)."));
          }
        }
        Set<String> droppedRuleSets = ruleSets(inForce);
        droppedRuleSets.removeAll(ruleSets(table));
        if (!droppedRuleSets.isEmpty()) {
          problems.add(problem(resource.getKey(), decision, where + "không còn dòng nào của bộ quy tắc "
              + String.join(", ", droppedRuleSets) + ". Hồ sơ có hành vi trong thời kỳ của bộ quy tắc đó (các bước"
              + " đã qua của hồ sơ đang chạy, hồ sơ ghi lại từ giấy) vẫn được xét theo nó, và sẽ không còn quy tắc"
              + " nào. Quy định mới là dòng mới với bộ quy tắc mới (và một dòng mới trong bo-quy-tac); hãy giữ các"
              + " dòng cũ."));
        }
      }
    }
    return problems;
  }

  private static ModelProblem problem(String resource, Decision decision, String message) {
    return new ModelProblem(ModelProblem.Rule.STRANDS_RUNNING_CASES, resource, decision.getId(), decision.getName(),
        message);
  }

  private static DecisionTable table(Object element) {
    if (element instanceof Decision decision && decision.getExpression() instanceof DecisionTable table) {
      return table;
    }
    return null;
  }

  private static Set<String> outputs(DecisionTable table) {
    Set<String> names = new LinkedHashSet<>();
    for (Output output : table.getOutputs()) {
      if (output.getName() != null) {
        names.add(output.getName());
      }
    }
    return names;
  }

  /** The rule sets a table names: in its ruleSet input column's entries and its ruleSet output column's values. */
  private static Set<String> ruleSets(DecisionTable table) {
    Set<String> named = new LinkedHashSet<>();
    int input = ruleSetInput(table);
    int output = ruleSetOutput(table);
    for (Rule rule : table.getRules()) {
      if (input >= 0) {
        quoted(text(new ArrayList<>(rule.getInputEntries()).get(input)), named);
      }
      if (output >= 0) {
        quoted(text(new ArrayList<>(rule.getOutputEntries()).get(output)), named);
      }
    }
    return named;
  }

  private static int ruleSetInput(DecisionTable table) {
    int index = 0;
    for (Input input : table.getInputs()) {
      if (input.getInputExpression() != null && input.getInputExpression().getText() != null
          && RULE_SET.equals(input.getInputExpression().getText().getTextContent().trim())) {
        return index;
      }
      index++;
    }
    return -1;
  }

  private static int ruleSetOutput(DecisionTable table) {
    int index = 0;
    for (Output output : table.getOutputs()) {
      if (RULE_SET.equals(output.getName())) {
        return index;
      }
      index++;
    }
    return -1;
  }

  private static String text(InputEntry entry) {
    return entry == null || entry.getText() == null ? "" : entry.getText().getTextContent();
  }

  private static String text(OutputEntry entry) {
    return entry == null || entry.getText() == null ? "" : entry.getText().getTextContent();
  }

  private static void quoted(String text, Set<String> into) {
    Matcher matcher = QUOTED.matcher(text);
    while (matcher.find()) {
      if (!matcher.group(1).isBlank()) {
        into.add(matcher.group(1));
      }
    }
  }
}
