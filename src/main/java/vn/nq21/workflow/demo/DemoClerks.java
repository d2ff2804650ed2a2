package vn.nq21.workflow.demo;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import vn.nq21.workflow.engine.FormValues;

/**
 * How the demo works its cases as clerks do: the engine clock set back to the step's day (9:00 in Vietnam), and the
 * work done as a demo user with that user's groups, so the application's checks and grants apply as in Tasklist.
 */
@Component
@Profile("demo")
class DemoClerks {

  private final IdentityService identityService;

  DemoClerks(IdentityService identityService) {
    this.identityService = identityService;
  }

  static void at(LocalDate day) {
    ClockUtil.setCurrentTime(Date.from(day.atTime(LocalTime.of(9, 0)).atZone(FormValues.ZONE).toInstant()));
  }

  <T> T as(String user, Supplier<T> work) {
    List<String> groups = identityService.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
    identityService.setAuthentication(user, groups);
    try {
      return work.get();
    } finally {
      identityService.clearAuthentication();
    }
  }
}
