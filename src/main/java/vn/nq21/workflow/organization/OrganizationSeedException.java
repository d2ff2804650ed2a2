package vn.nq21.workflow.organization;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A seed file of the organisation tree was rejected. The message lists every problem found, one per line,
 * each as {@code "<file>, dòng <N>: <what is wrong>"}, sorted by line, so a clerk or administrator can fix
 * the whole file in one pass.
 */
public class OrganizationSeedException extends RuntimeException {

  /**
   * One problem in the seed file.
   *
   * @param line    1-based line the problem is reported at; 0 when no line is known
   * @param message Vietnamese description, without file name or line
   */
  public record Problem(int line, String message) {}

  private final String sourceName;
  private final List<Problem> problems;

  public OrganizationSeedException(String sourceName, List<Problem> problems) {
    super(format(sourceName, problems));
    this.sourceName = sourceName;
    this.problems = sorted(problems);
  }

  /** Display name of the rejected file. */
  public String sourceName() {
    return sourceName;
  }

  /** All problems, sorted by line. */
  public List<Problem> problems() {
    return problems;
  }

  private static List<Problem> sorted(List<Problem> problems) {
    // stable sort: problems on the same line keep the order in which they were found
    return problems.stream().sorted(Comparator.comparingInt(Problem::line)).toList();
  }

  private static String format(String sourceName, List<Problem> problems) {
    return sorted(problems).stream()
        .map(p -> p.line() > 0
            ? sourceName + ", dòng " + p.line() + ": " + p.message()
            : sourceName + ": " + p.message())
        .collect(Collectors.joining("\n"));
  }
}
