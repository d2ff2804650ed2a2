package vn.nq21.workflow.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The Camunda webapps speak Vietnamese by default. For every app, the {@code en.json} shipped in
 * the Camunda webjar is the reference: each of its key paths (labels and dateLocales) must exist in
 * our {@code vi.json}, each label keeps the {@code {{…}}} placeholders of the English one, and our
 * {@code config.js} makes {@code vi} the first available locale and the fallback. Same idea as
 * spring-petclinic's {@code I18nPropertiesSyncTest}; no Spring context.
 *
 * <p>Each app has its own three cases, so a missing or outdated app is named by the failing test.
 * Cockpit is translated on its own branch: until that branch is merged, its cases fail here on
 * purpose.
 */
class WebappTranslationsTest {

  private static final String WEBJAR = "META-INF/resources/webjars/camunda/app/";
  private static final String SHIPPED_JAR = "camunda-webapp-webjar";
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{.*?\\}\\}", Pattern.DOTALL);
  private static final Pattern PRINTF = Pattern.compile("%[sd]");
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void everyEnglishKeyOfTasklistHasAVietnameseEntry() throws IOException {
    everyEnglishKeyHasAVietnameseEntry("tasklist");
  }

  @Test
  void everyPlaceholderOfTasklistSurvivesInVietnamese() throws IOException {
    everyPlaceholderSurvivesInVietnamese("tasklist");
  }

  @Test
  void tasklistOffersVietnameseFirstAsFallbackAndKeepsEnglish() throws IOException {
    vietnameseComesFirstAndIsTheFallback("tasklist");
  }

  @Test
  void everyEnglishKeyOfAdminHasAVietnameseEntry() throws IOException {
    everyEnglishKeyHasAVietnameseEntry("admin");
  }

  @Test
  void everyPlaceholderOfAdminSurvivesInVietnamese() throws IOException {
    everyPlaceholderSurvivesInVietnamese("admin");
  }

  @Test
  void adminOffersVietnameseFirstAsFallbackAndKeepsEnglish() throws IOException {
    vietnameseComesFirstAndIsTheFallback("admin");
  }

  @Test
  void everyEnglishKeyOfWelcomeHasAVietnameseEntry() throws IOException {
    everyEnglishKeyHasAVietnameseEntry("welcome");
  }

  @Test
  void everyPlaceholderOfWelcomeSurvivesInVietnamese() throws IOException {
    everyPlaceholderSurvivesInVietnamese("welcome");
  }

  @Test
  void welcomeOffersVietnameseFirstAsFallbackAndKeepsEnglish() throws IOException {
    vietnameseComesFirstAndIsTheFallback("welcome");
  }

  @Test
  void everyEnglishKeyOfCockpitHasAVietnameseEntry() throws IOException {
    everyEnglishKeyHasAVietnameseEntry("cockpit");
  }

  @Test
  void everyPlaceholderOfCockpitSurvivesInVietnamese() throws IOException {
    everyPlaceholderSurvivesInVietnamese("cockpit");
  }

  @Test
  void cockpitOffersVietnameseFirstAsFallbackAndKeepsEnglish() throws IOException {
    vietnameseComesFirstAndIsTheFallback("cockpit");
  }

  private static void everyEnglishKeyHasAVietnameseEntry(String app) throws IOException {
    Map<String, String> english = leaves(shippedEnglish(app));
    Map<String, String> vietnamese = leaves(ourVietnamese(app));

    List<String> missing =
        english.keySet().stream().filter(path -> !vietnamese.containsKey(path)).toList();

    assertThat(missing)
        .as("key paths of the shipped %s en.json without an entry in our vi.json", app)
        .isEmpty();
  }

  private static void everyPlaceholderSurvivesInVietnamese(String app) throws IOException {
    Map<String, String> english = leaves(shippedEnglish(app));
    Map<String, String> vietnamese = leaves(ourVietnamese(app));

    List<String> broken = new ArrayList<>();
    english.forEach(
        (path, en) -> {
          String vi = vietnamese.get(path);
          if (vi == null) {
            return; // reported by the key test
          }
          if (!placeholders(en).equals(placeholders(vi))) {
            broken.add(path + ": " + placeholders(en) + " became " + placeholders(vi));
          }
        });

    assertThat(broken).as("labels of %s whose placeholders changed", app).isEmpty();
  }

  private static void vietnameseComesFirstAndIsTheFallback(String app) throws IOException {
    String config = withoutLineComments(ours(app + "/scripts/config.js"));

    Matcher available =
        Pattern.compile("['\"]?availableLocales['\"]?\\s*:\\s*\\[([^\\]]*)\\]").matcher(config);
    assertThat(available.find()).as("%s config.js sets availableLocales", app).isTrue();
    List<String> locales =
        Pattern.compile("['\"]([\\w-]+)['\"]")
            .matcher(available.group(1))
            .results()
            .map(m -> m.group(1))
            .toList();
    assertThat(locales).as("%s availableLocales", app).startsWith("vi").contains("en");

    assertThat(config)
        .as("%s config.js falls back to Vietnamese", app)
        .containsPattern("['\"]?fallbackLocale['\"]?\\s*:\\s*['\"]vi['\"]");
  }

  private static JsonNode shippedEnglish(String app) throws IOException {
    return JSON.readTree(stripBom(shipped(app + "/locales/en.json")));
  }

  private static JsonNode ourVietnamese(String app) throws IOException {
    return JSON.readTree(stripBom(ours(app + "/locales/vi.json")));
  }

  /** The copy inside the Camunda webjar, even where ours would shadow it on the classpath. */
  private static String shipped(String path) throws IOException {
    for (URL url : resources(path)) {
      if (url.toString().contains(SHIPPED_JAR)) {
        return read(url);
      }
    }
    throw new AssertionError("the Camunda webjar ships no " + WEBJAR + path);
  }

  /** Our copy: a file of this project (target/classes), never the webjar's. */
  private static String ours(String path) throws IOException {
    for (URL url : resources(path)) {
      if ("file".equals(url.getProtocol())) {
        return read(url);
      }
    }
    throw new AssertionError(
        "our src/main/resources/" + WEBJAR + path + " is missing (not translated yet?)");
  }

  private static List<URL> resources(String path) throws IOException {
    return Collections.list(
        WebappTranslationsTest.class.getClassLoader().getResources(WEBJAR + path));
  }

  private static String read(URL url) throws IOException {
    try (InputStream in = url.openStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static String stripBom(String text) {
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  private static String withoutLineComments(String js) {
    return js.lines()
        .filter(line -> !line.strip().startsWith("//") && !line.strip().startsWith("*"))
        .collect(Collectors.joining("\n"));
  }

  /** Every leaf as path → text: {@code labels.CLAIM_TASK}, {@code dateLocales.months[0]}. */
  private static Map<String, String> leaves(JsonNode root) {
    Map<String, String> leaves = new TreeMap<>();
    collect("", root, leaves);
    return leaves;
  }

  private static void collect(String path, JsonNode node, Map<String, String> leaves) {
    if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        collect(path.isEmpty() ? field.getKey() : path + "." + field.getKey(), field.getValue(),
            leaves);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collect(path + "[" + i + "]", node.get(i), leaves);
      }
    } else {
      leaves.put(path, node.asText());
    }
  }

  /** {@code {{ name }}} and {@code {{name}}} are the same placeholder; order does not matter. */
  private static List<String> placeholders(String text) {
    List<String> found = new ArrayList<>();
    PLACEHOLDER.matcher(text).results().forEach(m -> found.add(m.group().replaceAll("\\s+", "")));
    PRINTF.matcher(text).results().forEach(m -> found.add(m.group()));
    Collections.sort(found);
    return found;
  }
}
