package vn.nq21.workflow.engine.modelcheck;

import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;

/**
 * A deployment refused by the model checks: nothing of it is deployed. A {@link BadUserRequestException},
 * so that {@code /engine-rest/deployment/create} answers 400 with this message (the Modeler shows it).
 */
public class ModelRejectedException extends BadUserRequestException {

  private final transient List<ModelProblem> problems;

  public ModelRejectedException(String deploymentName, List<ModelProblem> problems) {
    super(message(deploymentName, problems));
    this.problems = List.copyOf(problems);
  }

  /** What is wrong, one problem per entry. */
  public List<ModelProblem> getProblems() {
    return problems;
  }

  private static String message(String deploymentName, List<ModelProblem> problems) {
    StringBuilder message = new StringBuilder("Không triển khai ")
        .append(deploymentName == null || deploymentName.isBlank() ? "bản triển khai này" : "“" + deploymentName + "”")
        .append(": mô hình có ").append(problems.size()).append(" lỗi, chưa có gì được triển khai. Hãy sửa rồi"
            + " triển khai lại:");
    for (ModelProblem problem : problems) {
      message.append("\n- ").append(problem.message());
    }
    return message.toString();
  }
}
