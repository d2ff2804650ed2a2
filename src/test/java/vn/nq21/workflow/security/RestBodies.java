package vn.nq21.workflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** What an error answer of the REST API may hold: a Vietnamese message, and nothing of the server's inside. */
final class RestBodies {

  private static final ObjectMapper JSON = new ObjectMapper();

  private RestBodies() {}

  static void assertNoLeak(String body, String what) {
    assertThat(body).as(what).isNotNull()
        .doesNotContainIgnoringCase("exception")
        .doesNotContainIgnoringCase("sql")
        .doesNotContain("\tat ")
        .doesNotContain("org.camunda")
        .doesNotContain("java.")
        .doesNotContain("ENGINE-");
    try {
      JsonNode error = JSON.readTree(body);
      String message = error.path("message").asText("");
      assertThat(message.chars().anyMatch(c -> c >= 0xC0 && c <= 0x1EF9)).as("%s: Vietnamese message: %s", what,
          message).isTrue();
      assertThat(message).as(what).doesNotStartWith("Cannot ");
    } catch (java.io.IOException e) {
      throw new AssertionError(what + ": not JSON: " + body, e);
    }
  }
}
