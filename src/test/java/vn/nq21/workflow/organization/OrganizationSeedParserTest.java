package vn.nq21.workflow.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/**
 * Seed files live in src/test/resources/seeds/: one valid tree and one small file per malformed case. Every
 * rejection must name the file and the line a clerk has to fix ("dòng N:").
 */
class OrganizationSeedParserTest {

  private final OrganizationSeedParser parser = new OrganizationSeedParser();

  // ------------------------------------------------------------------ valid file

  @Test
  void validFileLoadsEveryOrganisationWithParentsFirst() {
    List<OrganizationDefinition> orgs = parse("good.yaml");

    assertThat(orgs).extracting(OrganizationDefinition::code).containsExactly(
        "tinh-thu", "xa-mot", "cb-thon-1", "dbcs-cong-ty", "cb-phan-xuong", "dac-khu-dao", "cb-dac-khu-1");
    Set<String> seen = new HashSet<>();
    for (OrganizationDefinition org : orgs) {
      assertThat(org.parentCode() == null || seen.contains(org.parentCode()))
          .as("parent of %s comes before it", org.code()).isTrue();
      seen.add(org.code());
    }
  }

  @Test
  void flagsDefaultFromTheTypeWhenOmitted() {
    Map<String, OrganizationDefinition> orgs = byCode(parse("good.yaml"));

    OrganizationDefinition root = orgs.get("tinh-thu");
    assertThat(root.isRoot()).isTrue();
    assertThat(root.tccsd()).isFalse();
    assertThat(root.superiorOfTccsd()).isTrue();

    OrganizationDefinition xa = orgs.get("xa-mot");
    assertThat(xa.type()).isEqualTo(OrgType.DANG_BO_CAP_XA);
    assertThat(xa.superiorOfTccsd()).isTrue();
    assertThat(xa.tccsd()).isFalse();

    OrganizationDefinition chiBo = orgs.get("cb-thon-1");
    assertThat(chiBo.name()).isEqualTo("Chi bộ thôn 1");
    assertThat(chiBo.parentCode()).isEqualTo("xa-mot");
    assertThat(chiBo.tccsd()).isTrue();
    assertThat(chiBo.superiorOfTccsd()).isFalse();
    assertThat(chiBo.authorisedToAdmit()).isFalse();
    assertThat(chiBo.authorisationRef()).isNull();

    assertThat(orgs.get("cb-phan-xuong").tccsd()).isFalse();
  }

  @Test
  void flagsGivenInTheFileOverrideTheTypeDefaults() {
    OrganizationDefinition dacKhu = byCode(parse("good.yaml")).get("dac-khu-dao");

    assertThat(dacKhu.type()).isEqualTo(OrgType.DANG_BO_CAP_XA);
    assertThat(dacKhu.tccsd()).isTrue();
    assertThat(dacKhu.superiorOfTccsd()).isFalse();
  }

  @Test
  void chiBoTrucThuocMaySitUnderADangBoFlaggedAsTccsd() {
    // §3.1: a đặc khu the tỉnh ủy made a TCCSĐ keeps its type but holds chi bộ trực thuộc
    assertThat(byCode(parse("good.yaml")).get("cb-dac-khu-1").parentCode()).isEqualTo("dac-khu-dao");
  }

  @Test
  void authorisedDangBoCoSoKeepsTheAuthorisingDecision() {
    OrganizationDefinition dbcs = byCode(parse("good.yaml")).get("dbcs-cong-ty");

    assertThat(dbcs.authorisedToAdmit()).isTrue();
    assertThat(dbcs.authorisationRef()).isEqualTo("125-QĐ/TU ngày 01/8/2025");
  }

  @Test
  void eachDefinitionRemembersTheLineWhereItsEntryStarts() {
    Map<String, OrganizationDefinition> orgs = byCode(parse("good.yaml"));

    assertThat(orgs.get("cb-thon-1").line()).isEqualTo(3);
    assertThat(orgs.get("tinh-thu").line()).isEqualTo(8);
    assertThat(orgs.get("dac-khu-dao").line()).isEqualTo(18);
  }

  @Test
  void aStreamWithADisplayNameIsParsedLikeAResource() {
    String yaml = """
        organizations:
          - code: tinh-thu
            name: Đảng bộ tỉnh Thử
            type: TINH_UY
        """;
    List<OrganizationDefinition> orgs = parser.parse(
        new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "inline.yaml");

    assertThat(orgs).singleElement().extracting(OrganizationDefinition::name).isEqualTo("Đảng bộ tỉnh Thử");
  }

  @Test
  void areasOfRKn04AreReadAndAnUnknownOneIsRefusedWithTheList() {
    String yaml = """
        organizations:
          - code: tinh-thu
            name: Đảng bộ tỉnh Thử
            type: TINH_UY
            areas: MIEN_NUI, DAN_TOC_THIEU_SO
        """;
    assertThat(parser.parse(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "areas.yaml"))
        .singleElement().extracting(OrganizationDefinition::areas)
        .isEqualTo(Set.of(AreaFlag.MIEN_NUI, AreaFlag.DAN_TOC_THIEU_SO));
    String wrong = yaml.replace("DAN_TOC_THIEU_SO", "MIEN_NUII");
    assertThatThrownBy(() -> parser.parse(new ByteArrayInputStream(wrong.getBytes(StandardCharsets.UTF_8)),
        "areas.yaml")).isInstanceOf(OrganizationSeedException.class)
        .hasMessageContaining("areas.yaml, dòng 5").hasMessageContaining("vùng 'MIEN_NUII' không có")
        .hasMessageContaining("có phải 'MIEN_NUI'?");
  }

  @Test
  void utf8ByteOrderMarkIsSkipped() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] yaml = "organizations:\n  - code: tinh-thu\n    name: Đảng bộ tỉnh Thử\n    type: TINH_UY\n"
        .getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[bom.length + yaml.length];
    System.arraycopy(bom, 0, withBom, 0, bom.length);
    System.arraycopy(yaml, 0, withBom, bom.length, yaml.length);

    assertThat(parser.parse(new ByteArrayInputStream(withBom), "notepad.yaml")).hasSize(1);
  }

  @Test
  void missingFileIsAnIoErrorNotASeedRejection() {
    assertThatThrownBy(() -> parse("does-not-exist.yaml")).isInstanceOf(UncheckedIOException.class);
  }

  // ------------------------------------------------------------------ references between entries

  @Test
  void unknownParentIsRejectedNamingItsLine() {
    assertThat(rejection("unknown-parent.yaml"))
        .startsWith("unknown-parent.yaml, dòng 8: ")
        .contains("'tinh-thuu'")
        .contains("có phải 'tinh-thu'?");
  }

  @Test
  void duplicateCodeIsRejectedNamingBothLines() {
    assertThat(rejection("duplicate-code.yaml"))
        .startsWith("duplicate-code.yaml, dòng 9: ")
        .contains("'xa-mot'")
        .contains("dòng 5")
        .contains("dòng 9");
  }

  @Test
  void cycleIsRejectedNamingEveryCodeInItAndALine() {
    assertThat(rejection("cycle.yaml"))
        .startsWith("cycle.yaml, dòng 8: ")
        .contains("vòng lặp")
        .contains("'xa-a' (dòng 5) → 'xa-b' (dòng 9) → 'xa-c' (dòng 13) → 'xa-a'");
  }

  @Test
  void fileWithoutRootIsRejected() {
    assertThat(lines(rejection("no-root.yaml")))
        .anySatisfy(l -> assertThat(l).startsWith("no-root.yaml, dòng 1: ").contains("không có tổ chức gốc"))
        .anySatisfy(l -> assertThat(l).startsWith("no-root.yaml, dòng 5: ").contains("vòng lặp"));
  }

  // ------------------------------------------------------------------ fields

  @Test
  void unknownTypeIsRejectedListingTheAllowedTypes() {
    assertThat(rejection("unknown-type.yaml"))
        .startsWith("unknown-type.yaml, dòng 11: ")
        .contains("'CHI_BO'")
        .contains("CHI_BO_CO_SO (Chi bộ cơ sở)", "CHI_BO_TRUC_THUOC", "DANG_BO_BO_PHAN", "DANG_BO_CO_SO",
            "DANG_BO_CAP_XA", "DANG_BO_TRUC_THUOC_TINH_UY", "TINH_UY");
  }

  @Test
  void missingRequiredFieldIsRejectedAtTheStartOfTheEntry() {
    assertThat(rejection("missing-required.yaml"))
        .isEqualTo("missing-required.yaml, dòng 9: thiếu trường bắt buộc 'name'");
  }

  @Test
  void codeWithUppercaseOrDiacriticsIsRejected() {
    assertThat(rejection("bad-code.yaml"))
        .startsWith("bad-code.yaml, dòng 9: ")
        .contains("'Chi-bộ-thôn-1'")
        .contains("a-z");
  }

  @Test
  void codeLongerThanFortyCharactersIsRejected() {
    assertThat(rejection("code-too-long.yaml"))
        .startsWith("code-too-long.yaml, dòng 9: ")
        .contains("tối đa 40");
  }

  @Test
  void unknownKeyIsRejectedWithASuggestion() {
    // the misspelt 'parent' is the only problem reported: no knock-on "TCCSĐ without parent"
    assertThat(rejection("unknown-key.yaml"))
        .startsWith("unknown-key.yaml, dòng 12: ")
        .doesNotContain("\n")
        .contains("'parnet'").contains("có phải 'parent'?");
  }

  @Test
  void malformedYamlIsRejectedWithTheLineFromSnakeYaml() {
    assertThat(rejection("malformed-yaml.yaml"))
        .startsWith("malformed-yaml.yaml, dòng 6: YAML sai cú pháp");
  }

  @Test
  void emptyFileIsRejected() {
    assertThat(rejection("empty.yaml")).startsWith("empty.yaml, dòng 1: tệp rỗng");
  }

  // ------------------------------------------------------------------ structure (§3.1, §3.3)

  @Test
  void chiBoCannotHaveChildren() {
    assertThat(rejection("chi-bo-with-children.yaml"))
        .isEqualTo("chi-bo-with-children.yaml, dòng 16: 'cb-to-1' không thể trực thuộc 'cb-thon-1' vì đó là "
            + "chi bộ (chi bộ cơ sở, CHI_BO_CO_SO, dòng 9); chi bộ không có tổ chức trực thuộc");
  }

  @Test
  void chiBoTrucThuocMustBeUnderDangBoCoSoOrDangBoBoPhan() {
    assertThat(rejection("chi-bo-truc-thuoc-misplaced.yaml"))
        .startsWith("chi-bo-truc-thuoc-misplaced.yaml, dòng 12: 'cb-thon-1' không thể trực thuộc 'xa-mot'")
        .contains("CHI_BO_CO_SO");
  }

  @Test
  void dangBoBoPhanMustBeUnderDangBoCoSo() {
    assertThat(rejection("bo-phan-misplaced.yaml"))
        .startsWith("bo-phan-misplaced.yaml, dòng 12: 'dbbp-thon-1' không thể trực thuộc 'xa-mot'")
        .contains("đảng bộ bộ phận phải nằm dưới một đảng bộ cơ sở");
  }

  @Test
  void tccsdMustBeUnderASuperiorOfTccsd() {
    assertThat(rejection("tccsd-under-non-superior.yaml"))
        .startsWith("tccsd-under-non-superior.yaml, dòng 16: tổ chức cơ sở đảng 'cb-giao-vien'")
        .contains("superiorOfTccsd: true")
        .contains("CHI_BO_TRUC_THUOC");
  }

  @Test
  void organisationCannotBeBothTccsdAndItsSuperior() {
    assertThat(rejection("flag-conflict.yaml"))
        .startsWith("flag-conflict.yaml, dòng 9: 'dac-khu-dao' không thể vừa là tổ chức cơ sở đảng");
  }

  @Test
  void onlyDangBoCoSoMayBeAuthorisedToAdmit() {
    assertThat(rejection("authorised-wrong-type.yaml"))
        .startsWith("authorised-wrong-type.yaml, dòng 13: 'cb-thon-1' là chi bộ cơ sở")
        .contains("DANG_BO_CO_SO");
  }

  @Test
  void authorisedToAdmitNeedsTheAuthorisingDecision() {
    assertThat(rejection("authorised-without-reference.yaml"))
        .startsWith("authorised-without-reference.yaml, dòng 13: 'dbcs-cong-ty' có authorisedToAdmit: true")
        .contains("thiếu 'authorisation'");
  }

  @Test
  void authorisationWithoutAuthorisedToAdmitIsRejected() {
    assertThat(rejection("authorisation-without-flag.yaml"))
        .startsWith("authorisation-without-flag.yaml, dòng 13: ");
  }

  // ------------------------------------------------------------------ collecting

  @Test
  void allProblemsAreReportedTogetherOnePerLineSortedByLine() {
    OrganizationSeedException e = rejectionOf("several-errors.yaml");

    assertThat(e.sourceName()).isEqualTo("several-errors.yaml");
    assertThat(e.problems()).extracting(OrganizationSeedException.Problem::line)
        .containsExactly(9, 13, 14, 16, 21, 22);
    List<String> lines = lines(e.getMessage());
    assertThat(lines).hasSize(6).allSatisfy(l -> assertThat(l).startsWith("several-errors.yaml, dòng "));
    assertThat(lines.get(0)).contains("'cb_thon_1'");
    assertThat(lines.get(1)).contains("true hoặc false").contains("'có'");
    assertThat(lines.get(2)).contains("thiếu trường bắt buộc 'name'");
    assertThat(lines.get(3)).contains("'xa-hai'");
    assertThat(lines.get(4)).contains("'superior'");
    assertThat(lines.get(5)).contains("'cb-thon-4'").contains("phải có 'parent'");
  }

  // ------------------------------------------------------------------ helpers

  private List<OrganizationDefinition> parse(String file) {
    return parser.parse(new ClassPathResource("seeds/" + file));
  }

  private OrganizationSeedException rejectionOf(String file) {
    return assertThrows(OrganizationSeedException.class, () -> parse(file));
  }

  private String rejection(String file) {
    return rejectionOf(file).getMessage();
  }

  private static List<String> lines(String message) {
    return message.lines().toList();
  }

  private static Map<String, OrganizationDefinition> byCode(List<OrganizationDefinition> orgs) {
    return orgs.stream().collect(Collectors.toMap(OrganizationDefinition::code, Function.identity()));
  }
}
