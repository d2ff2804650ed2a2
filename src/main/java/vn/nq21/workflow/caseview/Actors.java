package vn.nq21.workflow.caseview;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;

/**
 * Who acts on a case, as a person reads it: a group by its name, a user by their name and account. One per answer;
 * each name is read once. Reads without the engine's checks: call it inside {@code WithoutAuthorization}.
 */
final class Actors {

  private final IdentityService identity;
  private final TaskService tasks;
  private final Map<String, String> groups = new HashMap<>();
  private final Map<String, String> users = new HashMap<>();

  Actors(IdentityService identity, TaskService tasks) {
    this.identity = identity;
    this.tasks = tasks;
  }

  /** A group's name ("Chi ủy – Chi bộ thôn Đông"), or its id when it has none. */
  String group(String id) {
    return groups.computeIfAbsent(id, key -> {
      Group group = identity.createGroupQuery().groupId(key).singleResult();
      return group == null || group.getName() == null ? key : group.getName();
    });
  }

  /** A user as "Full name (account)", or the account alone when the name is not known; null for nobody. */
  String user(String id) {
    if (id == null) {
      return null;
    }
    return users.computeIfAbsent(id, key -> {
      User user = identity.createUserQuery().userId(key).singleResult();
      String name = user == null ? "" : String.join(" ", nonNull(user.getFirstName()), nonNull(user.getLastName()))
          .trim();
      return name.isEmpty() ? key : name + " (" + key + ")";
    });
  }

  /** Who must act on an open task: the assignee if taken, beside the task's candidate groups by their names. */
  String mustAct(Task task) {
    List<String> names = new ArrayList<>();
    for (IdentityLink link : tasks.getIdentityLinksForTask(task.getId())) {
      if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
        names.add(group(link.getGroupId()));
      }
    }
    String candidates = String.join(", ", names);
    if (task.getAssignee() != null) {
      return user(task.getAssignee()) + (candidates.isEmpty() ? "" : " (" + candidates + ")");
    }
    return candidates.isEmpty() ? null : candidates;
  }

  private static String nonNull(String text) {
    return text == null ? "" : text;
  }
}
