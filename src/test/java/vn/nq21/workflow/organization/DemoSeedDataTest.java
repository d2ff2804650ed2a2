package vn.nq21.workflow.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.reader.UnicodeReader;

/**
 * Checks the demo data under src/main/resources/demo/: the organisation tree loads and shows every chain of
 * procedures.md §3.3, and members.yaml is internally consistent (dates per R-CN-01/R-CN-07, R-KN-01/02/05,
 * statuses per §12.1) and fits the tree. Violations are collected and reported together with their lines.
 */
class DemoSeedDataTest {

  /** The demo data describes the situation on this date (see the header of members.yaml). */
  private static final LocalDate DATA_AS_OF = LocalDate.of(2026, 3, 1);

  private static final Set<String> KEYS = Set.of("recordNumber", "fullName", "gender", "birthDate",
      "organization", "status", "admissionDate", "ceremonyDate", "recognitionDate", "cardNumber",
      "certificateIssueDate", "reasonCode", "statusSince");
  private static final List<String> REQUIRED =
      List.of("recordNumber", "fullName", "gender", "birthDate", "organization", "status");
  /** §12.1 primary statuses. */
  private static final Set<String> STATUSES = Set.of("QUAN_CHUNG", "QUAN_CHUNG_UU_TU", "CAM_TINH_DANG",
      "DANG_XET_KET_NAP", "DU_BI", "CHINH_THUC", "XOA_TEN", "KHAI_TRU", "TU_TRAN");
  private static final Set<String> CURRENT_MEMBER = Set.of("DU_BI", "CHINH_THUC");
  private static final Set<String> FORMER_MEMBER = Set.of("XOA_TEN", "KHAI_TRU", "TU_TRAN");
  private static final Pattern CARD_NUMBER = Pattern.compile("\\d{2}\\.\\d{6}");

  private static Map<String, OrganizationDefinition> organizations;
  private static List<Member> members;

  /** One members.yaml entry: its scalar fields and the line where it starts. */
  private record Member(int line, Map<String, String> fields) {
    String get(String key) {
      return fields.get(key);
    }

    LocalDate date(String key) {
      String text = fields.get(key);
      return text == null ? null : LocalDate.parse(text);
    }
  }

  @BeforeAll
  static void load() throws IOException {
    organizations = new OrganizationSeedParser().parse(new ClassPathResource("demo/organizations.yaml"))
        .stream().collect(Collectors.toMap(OrganizationDefinition::code, Function.identity()));
    members = readMembers();
  }

  // ------------------------------------------------------------------ organizations.yaml

  @Test
  void demoTreeLoadsWithTheExpectedOrganisations() {
    assertThat(organizations.keySet()).containsExactlyInAnyOrder("tinh-demo", "xa-an-phu", "cb-thon-dong",
        "cb-thon-tay", "dbcs-thpt-an-phu", "cb-giao-vien", "dbk-cq-dang", "dbcs-bao-tinh", "dbbp-phong-vien",
        "cb-thoi-su", "cb-tri-su", "cbcs-van-phong-tu");
    assertThat(organizations.get("tinh-demo").isRoot()).isTrue();
  }

  @Test
  void demoTreeShowsEveryChainOfSection33() {
    // chi bộ cơ sở under the đảng bộ xã (A1) and directly under the tỉnh ủy (A3)
    assertChain("cb-thon-dong", "xa-an-phu", "tinh-demo");
    assertChain("cbcs-van-phong-tu", "tinh-demo");
    assertThat(organizations.get("cb-thon-dong").tccsd()).isTrue();
    assertThat(organizations.get("cbcs-van-phong-tu").tccsd()).isTrue();
    // chi bộ trực thuộc đảng ủy cơ sở
    assertChain("cb-giao-vien", "dbcs-thpt-an-phu", "xa-an-phu", "tinh-demo");
    // chi bộ trực thuộc đảng ủy bộ phận, inside an authorised đảng ủy cơ sở (A4) under a đảng bộ trực thuộc tỉnh ủy (A2)
    assertChain("cb-thoi-su", "dbbp-phong-vien", "dbcs-bao-tinh", "dbk-cq-dang", "tinh-demo");
    assertChain("cb-tri-su", "dbcs-bao-tinh", "dbk-cq-dang", "tinh-demo");
    OrganizationDefinition bao = organizations.get("dbcs-bao-tinh");
    assertThat(bao.authorisedToAdmit()).isTrue();
    assertThat(bao.authorisationRef()).isNotBlank();
    assertThat(organizations.get("dbcs-thpt-an-phu").authorisedToAdmit()).isFalse();
  }

  private static void assertChain(String code, String... ancestors) {
    List<String> chain = new ArrayList<>();
    for (String c = organizations.get(code).parentCode(); c != null; c = organizations.get(c).parentCode()) {
      chain.add(c);
    }
    assertThat(chain).as("ancestors of %s", code).containsExactly(ancestors);
  }

  // ------------------------------------------------------------------ members.yaml

  @Test
  void membersAreConsistentAndFitTheOrganisationTree() {
    List<String> violations = new ArrayList<>();
    Set<String> recordNumbers = new HashSet<>();
    Set<String> cardNumbers = new HashSet<>();
    for (Member m : members) {
      checkMember(m, recordNumbers, cardNumbers, violations);
    }
    assertThat(violations).as("members.yaml").isEmpty();
    assertThat(members).hasSizeBetween(35, 50);
  }

  @Test
  void everyChiBoHasAtLeastFiveOfficialMembers() {
    Map<String, Long> official = members.stream()
        .filter(m -> "CHINH_THUC".equals(m.get("status")))
        .collect(Collectors.groupingBy(m -> m.get("organization"), TreeMap::new, Collectors.counting()));
    List<String> chiBo = organizations.values().stream()
        .filter(o -> o.type().isChiBo()).map(OrganizationDefinition::code).toList();

    assertThat(chiBo).hasSizeGreaterThanOrEqualTo(4);
    assertThat(chiBo).allSatisfy(code ->
        assertThat(official.getOrDefault(code, 0L)).as("official members of %s", code).isGreaterThanOrEqualTo(5));
  }

  @Test
  void membersCoverTheStatusesTheDemoNeeds() {
    Map<String, Long> byStatus = members.stream()
        .collect(Collectors.groupingBy(m -> m.get("status"), Collectors.counting()));

    assertThat(byStatus.get("CHINH_THUC")).isGreaterThan(byStatus.values().stream()
        .mapToLong(Long::longValue).sum() / 2);
    assertThat(byStatus.getOrDefault("DU_BI", 0L)).isGreaterThanOrEqualTo(3);
    assertThat(byStatus.getOrDefault("QUAN_CHUNG_UU_TU", 0L) + byStatus.getOrDefault("CAM_TINH_DANG", 0L))
        .isGreaterThanOrEqualTo(2);
    assertThat(byStatus.getOrDefault("XOA_TEN", 0L) + byStatus.getOrDefault("TU_TRAN", 0L))
        .isGreaterThanOrEqualTo(1);
    assertThat(members).extracting(m -> m.get("gender")).contains("NAM", "NU");
    // someone for the miễn công tác và sinh hoạt đảng demo (tuổi cao, R-MS-01)
    assertThat(members).anySatisfy(m -> {
      assertThat(m.get("status")).isEqualTo("CHINH_THUC");
      assertThat(m.date("birthDate").plusYears(75)).isBeforeOrEqualTo(DATA_AS_OF);
    });
  }

  private void checkMember(Member m, Set<String> recordNumbers, Set<String> cardNumbers, List<String> out) {
    String at = "dòng " + m.line() + " (" + m.get("recordNumber") + "): ";
    for (String key : m.fields().keySet()) {
      if (!KEYS.contains(key)) {
        out.add(at + "unknown key " + key);
      }
    }
    for (String key : REQUIRED) {
      if (m.get(key) == null) {
        out.add(at + "missing " + key);
      }
    }
    if (m.get("recordNumber") != null && !recordNumbers.add(m.get("recordNumber"))) {
      out.add(at + "duplicate recordNumber");
    }
    String name = m.get("fullName");
    if (name != null && (!Normalizer.isNormalized(name, Normalizer.Form.NFC) || name.split(" ").length < 2)) {
      out.add(at + "fullName must be NFC with family and given name: " + name);
    }
    if (m.get("gender") != null && !Set.of("NAM", "NU").contains(m.get("gender"))) {
      out.add(at + "gender must be NAM or NU");
    }
    String status = m.get("status");
    if (status != null && !STATUSES.contains(status)) {
      out.add(at + "unknown status " + status);
    }
    OrganizationDefinition org = organizations.get(m.get("organization"));
    if (org == null) {
      out.add(at + "organization not in organizations.yaml: " + m.get("organization"));
    } else if (!org.type().isChiBo()) {
      out.add(at + "members belong to a chi bộ, not to " + org.type());
    }

    LocalDate birth;
    LocalDate admission;
    LocalDate ceremony;
    LocalDate recognition;
    LocalDate certificate;
    try {
      birth = m.date("birthDate");
      admission = m.date("admissionDate");
      ceremony = m.date("ceremonyDate");
      recognition = m.date("recognitionDate");
      certificate = m.date("certificateIssueDate");
    } catch (DateTimeParseException e) {
      out.add(at + "bad date " + e.getParsedString());
      return;
    }
    for (LocalDate d : new LocalDate[] {birth, admission, ceremony, recognition, certificate}) {
      if (d != null && d.isAfter(DATA_AS_OF)) {
        out.add(at + "date after " + DATA_AS_OF + ": " + d);
      }
    }

    boolean current = CURRENT_MEMBER.contains(status);
    boolean wasMember = current || FORMER_MEMBER.contains(status);
    if (current && (admission == null || ceremony == null)) {
      out.add(at + status + " needs admissionDate and ceremonyDate");
    }
    if (!wasMember && (admission != null || ceremony != null)) {
      out.add(at + "admission/ceremony dates only for members, not " + status);
    }
    if (admission != null && ceremony != null && !admission.isBefore(ceremony)) {
      out.add(at + "admissionDate must be before ceremonyDate");
    }
    if (birth != null && admission != null) {
      // R-KN-01/02: from 18 to 60 years of age
      if (birth.plusYears(18).isAfter(admission)) {
        out.add(at + "under 18 at admission");
      }
      if (birth.plusYears(60).isBefore(admission)) {
        out.add(at + "over 60 at admission");
      }
    }
    String reasonCode = m.get("reasonCode");
    boolean leftAsOfficial = reasonCode != null;
    if (reasonCode != null) {
      // a person who left, with the reason of §9.5a and the day they left; they were official before
      boolean known = java.util.Arrays.stream(vn.nq21.workflow.registry.ReasonCode.values())
          .anyMatch(c -> c.name().equals(reasonCode) && c.leadsTo().name().equals(status));
      if (!known) {
        out.add(at + "reasonCode " + reasonCode + " does not lead to " + status);
      }
      LocalDate since = m.date("statusSince");
      if (since == null || recognition == null || !since.isAfter(recognition) || since.isAfter(DATA_AS_OF)) {
        out.add(at + "statusSince must follow recognitionDate and precede " + DATA_AS_OF);
      }
    }
    if ("CHINH_THUC".equals(status) || leftAsOfficial) {
      // R-CN-01, R-CN-07: official as of the end of 12 months' probation counted from the ceremony
      if (recognition == null || ceremony == null || !recognition.equals(ceremony.plusMonths(12))) {
        out.add(at + "recognitionDate must be ceremonyDate + 12 months");
      }
    } else if (recognition != null) {
      out.add(at + "recognitionDate only for CHINH_THUC");
    }
    if ("DU_BI".equals(status) && ceremony != null && !ceremony.plusMonths(12).isAfter(DATA_AS_OF)) {
      out.add(at + "DU_BI whose probation ended before " + DATA_AS_OF);
    }
    String card = m.get("cardNumber");
    if (card != null) {
      if (!"CHINH_THUC".equals(status)) {
        out.add(at + "cardNumber only for CHINH_THUC");
      }
      if (!CARD_NUMBER.matcher(card).matches() || !cardNumbers.add(card)) {
        out.add(at + "cardNumber malformed or duplicate: " + card);
      }
    }
    if ("CAM_TINH_DANG".equals(status)) {
      // R-KN-05: the awareness-class certificate is valid for 60 months
      if (certificate == null || !DATA_AS_OF.isBefore(certificate.plusMonths(60))) {
        out.add(at + "CAM_TINH_DANG needs a certificate valid on " + DATA_AS_OF);
      } else if (birth != null && birth.plusYears(16).isAfter(certificate)) {
        out.add(at + "certificate issued before the age of 16");
      }
    } else if (certificate != null) {
      out.add(at + "certificateIssueDate only for CAM_TINH_DANG");
    }
  }

  // ------------------------------------------------------------------ reading

  private static List<Member> readMembers() throws IOException {
    Node root;
    try (InputStream in = new ClassPathResource("demo/members.yaml").getInputStream()) {
      root = new Yaml().compose(new UnicodeReader(in));
    }
    assertThat(root).isInstanceOf(MappingNode.class);
    Map<String, Node> top = scalarKeyed((MappingNode) root);
    assertThat(top.keySet()).containsExactly("members", "committees"); // seats: checked by Committees on load
    assertThat(top.get("members")).isInstanceOf(SequenceNode.class);

    List<Member> result = new ArrayList<>();
    for (Node item : ((SequenceNode) top.get("members")).getValue()) {
      assertThat(item).as("entry at line %d", item.getStartMark().getLine() + 1).isInstanceOf(MappingNode.class);
      Map<String, String> fields = new LinkedHashMap<>();
      scalarKeyed((MappingNode) item).forEach((key, value) -> {
        assertThat(value).as("%s at line %d", key, value.getStartMark().getLine() + 1)
            .isInstanceOf(ScalarNode.class);
        fields.put(key, ((ScalarNode) value).getValue());
      });
      result.add(new Member(item.getStartMark().getLine() + 1, fields));
    }
    return result;
  }

  private static Map<String, Node> scalarKeyed(MappingNode mapping) {
    Map<String, Node> result = new LinkedHashMap<>();
    for (NodeTuple tuple : mapping.getValue()) {
      String key = ((ScalarNode) tuple.getKeyNode()).getValue();
      assertThat(result.put(key, tuple.getValueNode()))
          .as("duplicate key %s at line %d", key, tuple.getKeyNode().getStartMark().getLine() + 1).isNull();
    }
    return result;
  }
}
