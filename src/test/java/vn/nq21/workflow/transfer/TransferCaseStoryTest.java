package vn.nq21.workflow.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.nq21.workflow.registry.Member;
import vn.nq21.workflow.registry.MemberStatus;

/**
 * The case page of a transfer: each side reads its own part. The receiving side's clerks, who work the receiving
 * process only, read that part and not the sending chi bộ's steps (the application, the self-review, the chi ủy's
 * comments), from either instance's id; the sending chi ủy reads its own part; a supervisor whom the engine lets
 * read both instances reads both.
 */
class TransferCaseStoryTest extends TransferTestBase {

  @Test
  void eachSideReadsItsOwnPartOfTheTransfer() {
    Member m = member("Phạm Văn Hai Phía", SENDER, MemberStatus.CHINH_THUC);
    paidThrough(m, SENDER, YearMonth.of(2026, 3));
    sendingSideDone(m);
    String sending = d.instance.getId();
    String receiving = engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(sending)
        .singleResult().getId();

    for (String asked : List.of(sending, receiving)) {
      Map<String, Object> theirs = story(RECEIVER_OFFICE, asked);
      assertThat(theirs).as("the receiving office asking for %s", asked).containsEntry("caseId", receiving)
          .containsEntry("person", "Phạm Văn Hai Phía");
      assertThat(names(theirs)).doesNotContain("Đơn đề nghị chuyển, tự kiểm điểm (CS02)",
          "Chi ủy nhận xét, xác nhận đảng phí (CS03)");
      assertThat(String.valueOf(theirs)).doesNotContain("Hoàn thành tốt"); // the chi ủy's comment
      List<Map<String, Object>> diagrams = rest.withBasicAuth(RECEIVER_OFFICE, "Demo@2026")
          .getForObject("/api/cases/" + asked + "/diagrams", List.class);
      assertThat(diagrams).extracting(x -> x.get("processInstanceId")).containsExactly(receiving);
    }

    Map<String, Object> sender = story(SENDER_CHI_UY, receiving);
    assertThat(sender).containsEntry("caseId", sending);
    assertThat(names(sender)).contains("Đơn đề nghị chuyển, tự kiểm điểm (CS02)",
        "Cấp trên giới thiệu đến nơi đến (CS05)");
    // the receiving side's supervisor above, whom the engine lets read both instances, reads both
    assertThat(story("dbk-cq-dang.giam-sat", receiving)).containsEntry("caseId", sending);
    assertThat(rest.withBasicAuth("cb-thon-tay.giam-sat", "Demo@2026").getForEntity("/api/cases/" + sending,
        String.class).getStatusCode().value()).isEqualTo(404);
  }

  private Map<String, Object> story(String user, String id) {
    var answer = rest.withBasicAuth(user, "Demo@2026").getForEntity("/api/cases/" + id, Map.class);
    assertThat(answer.getStatusCode().value()).as("%s reads %s", user, id).isEqualTo(200);
    return answer.getBody();
  }

  private static List<Object> names(Map<String, Object> story) {
    return ((List<Map<String, Object>>) story.get("done")).stream().map(s -> s.get("name")).toList();
  }
}
