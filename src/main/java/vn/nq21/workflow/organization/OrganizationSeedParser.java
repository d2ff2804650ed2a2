package vn.nq21.workflow.organization;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.core.io.Resource;
import vn.nq21.workflow.engine.NearestName;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.reader.UnicodeReader;

/**
 * Reads the party-organisation tree from a YAML seed file and returns it sorted parents-first (each root,
 * then its subtree depth-first, siblings in file order).
 *
 * <h2>Seed file format</h2>
 *
 * <pre>{@code
 * organizations:
 *   - code: tinh-demo            # required; lowercase ASCII letters a-z, digits 0-9 and '-' (not at the start
 *                                #   or end, never two in a row); at most 40 characters; unique in the file.
 *                                #   It becomes part of Camunda group ids, so never rename it once in use.
 *     name: Đảng bộ tỉnh Demo    # required; display name
 *     type: TINH_UY              # required; one of TINH_UY, DANG_BO_TRUC_THUOC_TINH_UY, DANG_BO_CAP_XA,
 *                                #   DANG_BO_CO_SO, DANG_BO_BO_PHAN, CHI_BO_CO_SO, CHI_BO_TRUC_THUOC
 *     parent: ...                # code of the organisation directly above; omitted only for a root
 *     tccsd: true                # optional (true/false): is a tổ chức cơ sở đảng; default from type
 *     superiorOfTccsd: true      # optional (true/false): is the direct superior of TCCSĐ; default from type
 *     authorisedToAdmit: true    # optional, default false; only for DANG_BO_CO_SO
 *                                #   (đảng ủy cơ sở được ủy quyền kết nạp)
 *     authorisation: "125-QĐ/TU ngày 01/8/2025"
 *                                # number and date of the authorising decision; required when
 *                                #   authorisedToAdmit is true, not allowed otherwise
 *     areas: MIEN_NUI, DAN_TOC_THIEU_SO
 *                                # optional: the areas of R-KN-04 (a) it works in, comma-separated, of
 *                                #   MIEN_NUI, BIEN_GIOI, HAI_DAO, DAN_TOC_THIEU_SO, DAC_BIET_KHO_KHAN;
 *                                #   everything under it works there too
 * }</pre>
 *
 * <p>Defaults by type (tccsd / superiorOfTccsd): TINH_UY, DANG_BO_TRUC_THUOC_TINH_UY and DANG_BO_CAP_XA
 * false / true; DANG_BO_CO_SO and CHI_BO_CO_SO true / false; DANG_BO_BO_PHAN and CHI_BO_TRUC_THUOC false /
 * false. Override them where the province placed an organisation differently (§3.1), e.g. a đặc khu that is
 * itself a TCCSĐ: {@code type: DANG_BO_CAP_XA, tccsd: true, superiorOfTccsd: false}.
 *
 * <p>Structural rules checked (procedures.md §3.1, §3.3):
 * <ul>
 *   <li>every {@code parent} names an organisation in the file; no cycles; at least one root;</li>
 *   <li>a chi bộ (CHI_BO_CO_SO, CHI_BO_TRUC_THUOC) has no organisations under it;</li>
 *   <li>CHI_BO_TRUC_THUOC sits under a DANG_BO_CO_SO or a DANG_BO_BO_PHAN;</li>
 *   <li>DANG_BO_BO_PHAN sits under a DANG_BO_CO_SO;</li>
 *   <li>(in the two rules above, any đảng bộ flagged {@code tccsd: true} counts as a đảng bộ cơ sở, so a
 *       đặc khu made a TCCSĐ can keep type DANG_BO_CAP_XA and still have chi bộ trực thuộc);</li>
 *   <li>a TCCSĐ ({@code tccsd: true}) sits under an organisation with {@code superiorOfTccsd: true};</li>
 *   <li>an organisation is not both a TCCSĐ and a superior of TCCSĐ;</li>
 *   <li>{@code authorisedToAdmit} only on DANG_BO_CO_SO, always with {@code authorisation}.</li>
 * </ul>
 *
 * <p>Unknown keys are rejected (protection against typos such as {@code parnet}). A file with problems is
 * rejected as a whole with one {@link OrganizationSeedException} listing every problem found, one per line,
 * each starting with the file name and "dòng N".
 *
 * <p>Stateless and thread-safe; a new SnakeYAML instance is used for every call.
 */
public class OrganizationSeedParser {

  /** Longest allowed code; leaves room for prefixes/suffixes within Camunda's 64-character group id. */
  public static final int MAX_CODE_LENGTH = 40;

  private static final Pattern CODE_PATTERN = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

  private static final String ROOT_KEY = "organizations";
  private static final String K_CODE = "code";
  private static final String K_NAME = "name";
  private static final String K_TYPE = "type";
  private static final String K_PARENT = "parent";
  private static final String K_TCCSD = "tccsd";
  private static final String K_SUPERIOR = "superiorOfTccsd";
  private static final String K_AUTHORISED = "authorisedToAdmit";
  private static final String K_AUTHORISATION = "authorisation";
  private static final String K_AREAS = "areas";
  private static final List<String> KEYS =
      List.of(K_CODE, K_NAME, K_TYPE, K_PARENT, K_TCCSD, K_SUPERIOR, K_AUTHORISED, K_AUTHORISATION, K_AREAS);

  /**
   * Parses a seed file given as a Spring resource; its file name is used in error messages.
   *
   * @throws OrganizationSeedException if the file is malformed or breaks a rule
   * @throws UncheckedIOException      if the resource cannot be read
   */
  public List<OrganizationDefinition> parse(Resource resource) {
    Objects.requireNonNull(resource, "resource");
    String sourceName = Optional.ofNullable(resource.getFilename()).orElse(resource.getDescription());
    try (InputStream in = resource.getInputStream()) {
      return parse(in, sourceName);
    } catch (IOException e) {
      throw new UncheckedIOException("Không đọc được tệp tổ chức đảng " + resource.getDescription(), e);
    }
  }

  /**
   * Parses a seed file from a stream (UTF-8, or UTF-16/32 with a byte-order mark). The stream is not closed.
   *
   * @param sourceName name shown at the start of every error line, e.g. "organizations.yaml"
   * @throws OrganizationSeedException if the file is malformed or breaks a rule
   * @throws UncheckedIOException      if the stream cannot be read
   */
  public List<OrganizationDefinition> parse(InputStream in, String sourceName) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(sourceName, "sourceName");
    return new Run(sourceName).parse(new UnicodeReader(in));
  }

  /** One parse: collects problems instead of stopping at the first. */
  private static final class Run {

    private final String sourceName;
    private final List<OrganizationSeedException.Problem> problems = new ArrayList<>();
    private int organizationsLine = 1;

    Run(String sourceName) {
      this.sourceName = sourceName;
    }

    List<OrganizationDefinition> parse(Reader reader) {
      Node root = compose(reader);
      if (root == null) {
        report(1, "tệp rỗng; tệp phải bắt đầu bằng 'organizations:' và liệt kê các tổ chức");
        throw rejection();
      }
      SequenceNode list = organizationsList(root);
      if (list == null) {
        throw rejection();
      }
      List<Entry> entries = new ArrayList<>();
      for (Node item : list.getValue()) {
        if (item instanceof MappingNode mapping) {
          entries.add(readEntry(mapping));
        } else {
          report(line(item), "mỗi phần tử của 'organizations' phải là một tổ chức gồm các trường "
              + String.join(", ", KEYS) + " (bắt đầu bằng '- code: ...')");
        }
      }
      if (entries.isEmpty()) {
        throw rejection();
      }
      Map<String, Entry> byCode = indexByCode(entries);
      checkParentsExist(entries, byCode);
      checkNoCycles(byCode);
      checkHasRoot(entries);
      for (Entry entry : entries) {
        checkFlagConflict(entry);
        checkAuthorisation(entry);
        checkPlacement(entry, byCode);
      }
      if (!problems.isEmpty()) {
        throw rejection();
      }
      return parentsFirst(entries);
    }

    // ---------------------------------------------------------------- reading

    private Node compose(Reader reader) {
      try {
        return new Yaml().compose(reader);
      } catch (MarkedYAMLException e) {
        Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
        String where = mark == null ? "" : " (cột " + (mark.getColumn() + 1) + ")";
        String what = Optional.ofNullable(e.getProblem()).orElse("")
            + (e.getContext() == null ? "" : " — " + e.getContext());
        report(mark == null ? 0 : mark.getLine() + 1, "YAML sai cú pháp" + where + ": " + oneLine(what));
        throw rejection();
      } catch (YAMLException e) {
        if (e.getCause() instanceof IOException io) {
          throw new UncheckedIOException("Không đọc được tệp tổ chức đảng " + sourceName, io);
        }
        report(0, "không đọc được nội dung YAML: " + oneLine(String.valueOf(e.getMessage())));
        throw rejection();
      }
    }

    /** The value of the single top-level key {@code organizations}, or null after reporting why not. */
    private SequenceNode organizationsList(Node root) {
      if (!(root instanceof MappingNode top)) {
        report(line(root), "tệp phải bắt đầu bằng 'organizations:' rồi đến danh sách các tổ chức");
        return null;
      }
      Node value = null;
      int keyLine = line(root);
      for (NodeTuple tuple : top.getValue()) {
        String key = keyText(tuple.getKeyNode());
        if (ROOT_KEY.equals(key) && value == null) {
          value = tuple.getValueNode();
          keyLine = line(tuple.getKeyNode());
          organizationsLine = keyLine;
        } else if (ROOT_KEY.equals(key)) {
          report(line(tuple.getKeyNode()), "khóa 'organizations' khai báo hai lần (dòng " + keyLine
              + " và dòng " + line(tuple.getKeyNode()) + ")");
        } else {
          report(line(tuple.getKeyNode()), "khóa '" + key + "' không hợp lệ ở cấp ngoài cùng; chỉ có khóa "
              + "'organizations'" + suggestion(key, List.of(ROOT_KEY)));
        }
      }
      if (value == null) {
        report(line(root), "thiếu khóa 'organizations' (danh sách các tổ chức)");
        return null;
      }
      if (value instanceof SequenceNode sequence && !sequence.getValue().isEmpty()) {
        return sequence;
      }
      if (value instanceof SequenceNode || isNull(value)) {
        report(keyLine, "danh sách 'organizations' rỗng; cần ít nhất một tổ chức gốc");
      } else {
        report(line(value), "'organizations' phải là một danh sách, mỗi tổ chức bắt đầu bằng '- code: ...'");
      }
      return null;
    }

    private Entry readEntry(MappingNode mapping) {
      Entry entry = new Entry(line(mapping));
      Map<String, Node> values = new LinkedHashMap<>();
      for (NodeTuple tuple : mapping.getValue()) {
        Node keyNode = tuple.getKeyNode();
        String key = keyText(keyNode);
        if (key == null) {
          report(line(keyNode), "tên trường phải là một chuỗi đơn, ví dụ 'code' hoặc 'name'");
        } else if (!KEYS.contains(key)) {
          String suggestion = suggestion(key, KEYS);
          entry.parentKeyMisspelt |= suggestion.contains("'" + K_PARENT + "'");
          report(line(keyNode), "trường '" + key + "' không được hỗ trợ" + suggestion
              + "; các trường được phép: " + String.join(", ", KEYS));
        } else if (values.containsKey(key)) {
          report(line(keyNode), "trường '" + key + "' khai báo hai lần (dòng " + entry.keyLines.get(key)
              + " và dòng " + line(keyNode) + ")");
        } else {
          values.put(key, tuple.getValueNode());
          entry.keyLines.put(key, line(keyNode));
        }
      }

      entry.code = required(values, K_CODE, entry);
      if (entry.code != null) {
        checkCodeFormat(entry.code, entry.lineOf(K_CODE));
      }
      entry.name = required(values, K_NAME, entry);
      String typeText = required(values, K_TYPE, entry);
      if (typeText != null) {
        entry.type = Arrays.stream(OrgType.values())
            .filter(t -> t.name().equals(typeText)).findFirst().orElse(null);
        if (entry.type == null) {
          entry.invalid.add(K_TYPE);
          report(entry.lineOf(K_TYPE), "loại tổ chức '" + typeText + "' không tồn tại; các loại được phép: "
              + Arrays.stream(OrgType.values()).map(t -> t.name() + " (" + t.label() + ")")
                  .collect(Collectors.joining(", ")));
        }
      }
      entry.parentCode = optional(values, K_PARENT, entry);
      entry.tccsd = flag(values, K_TCCSD, entry);
      entry.superiorOfTccsd = flag(values, K_SUPERIOR, entry);
      entry.authorisedToAdmit = flag(values, K_AUTHORISED, entry);
      entry.authorisation = optional(values, K_AUTHORISATION, entry);
      String areas = optional(values, K_AREAS, entry);
      if (areas != null) {
        for (String flag : areas.split(",")) {
          String name = flag.strip();
          java.util.Optional<AreaFlag> known = Arrays.stream(AreaFlag.values()).filter(a -> a.name().equals(name))
              .findFirst();
          if (known.isPresent()) {
            entry.areas.add(known.get());
          } else {
            report(entry.lineOf(K_AREAS), "vùng '" + name + "' không có; các vùng: " + Arrays.stream(AreaFlag.values())
                .map(a -> a.name() + " (" + a.label() + ")").collect(Collectors.joining(", "))
                + suggestion(name, Arrays.stream(AreaFlag.values()).map(Enum::name).toList()));
          }
        }
      }
      return entry;
    }

    private void checkCodeFormat(String code, int line) {
      if (code.length() > MAX_CODE_LENGTH) {
        report(line, "mã '" + code + "' dài " + code.length() + " ký tự, tối đa " + MAX_CODE_LENGTH);
      }
      if (!CODE_PATTERN.matcher(code).matches()) {
        report(line, "mã '" + code + "' không hợp lệ: chỉ dùng chữ thường không dấu (a-z), chữ số (0-9) và "
            + "dấu '-' (không ở đầu hay cuối, không hai dấu liền nhau), vì mã là một phần của mã nhóm Camunda");
      }
    }

    /** Text of a required scalar field, or null after reporting it missing, empty or not a scalar. */
    private String required(Map<String, Node> values, String key, Entry entry) {
      if (!values.containsKey(key)) {
        report(entry.line, "thiếu trường bắt buộc '" + key + "'");
        return null;
      }
      Node node = values.get(key);
      String text = scalarText(key, node, entry);
      if (text == null && !entry.invalid.contains(key)) {
        entry.invalid.add(key);
        report(line(node), "trường bắt buộc '" + key + "' không được để trống");
      }
      return text;
    }

    /** Text of an optional scalar field; null if absent or empty (or not a scalar, which is reported). */
    private String optional(Map<String, Node> values, String key, Entry entry) {
      Node node = values.get(key);
      return node == null ? null : scalarText(key, node, entry);
    }

    private Boolean flag(Map<String, Node> values, String key, Entry entry) {
      String text = optional(values, key, entry);
      if (text == null) {
        return null;
      }
      if (text.equalsIgnoreCase("true")) {
        return Boolean.TRUE;
      }
      if (text.equalsIgnoreCase("false")) {
        return Boolean.FALSE;
      }
      entry.invalid.add(key);
      report(line(values.get(key)), "trường '" + key + "' phải là true hoặc false, không phải '" + text + "'");
      return null;
    }

    private String scalarText(String key, Node node, Entry entry) {
      if (!(node instanceof ScalarNode scalar)) {
        entry.invalid.add(key);
        report(line(node), "trường '" + key + "' phải là một giá trị đơn, không phải danh sách hay ánh xạ");
        return null;
      }
      String text = scalar.getValue().strip();
      return isNull(scalar) || text.isEmpty() ? null : text;
    }

    // ---------------------------------------------------------------- tree rules

    /** First entry per code; reports later duplicates naming both lines. */
    private Map<String, Entry> indexByCode(List<Entry> entries) {
      Map<String, Entry> byCode = new LinkedHashMap<>();
      for (Entry entry : entries) {
        if (entry.code == null) {
          continue;
        }
        Entry first = byCode.putIfAbsent(entry.code, entry);
        if (first != null) {
          report(entry.lineOf(K_CODE), "mã '" + entry.code + "' bị trùng: đã khai báo ở dòng " + first.line
              + ", khai báo lại ở dòng " + entry.line);
        }
      }
      return byCode;
    }

    private void checkParentsExist(List<Entry> entries, Map<String, Entry> byCode) {
      for (Entry entry : entries) {
        if (entry.parentCode != null && !byCode.containsKey(entry.parentCode)) {
          report(entry.lineOf(K_PARENT), "cấp trên '" + entry.parentCode + "' của " + entry.describe()
              + " không có trong tệp" + suggestion(entry.parentCode, byCode.keySet()));
        }
      }
    }

    /** Follows parent links from every entry; reports each cycle once, at its first line in the file. */
    private void checkNoCycles(Map<String, Entry> byCode) {
      Set<Entry> done = new HashSet<>();
      for (Entry start : byCode.values()) {
        List<Entry> path = new ArrayList<>();
        Set<Entry> onPath = new HashSet<>();
        Entry current = start;
        while (current != null && !done.contains(current) && onPath.add(current)) {
          path.add(current);
          current = current.parentCode == null ? null : byCode.get(current.parentCode);
        }
        if (current != null && onPath.contains(current)) {
          List<Entry> cycle = new ArrayList<>(path.subList(path.indexOf(current), path.size()));
          Entry first = cycle.stream().min(Comparator.comparingInt(e -> e.line)).orElseThrow();
          int shift = cycle.indexOf(first);
          List<Entry> rotated = new ArrayList<>(cycle.subList(shift, cycle.size()));
          rotated.addAll(cycle.subList(0, shift));
          String chain = rotated.stream().map(e -> "'" + e.code + "' (dòng " + e.line + ")")
              .collect(Collectors.joining(" → ")) + " → '" + first.code + "'";
          report(first.lineOf(K_PARENT), "vòng lặp cấp trên (mũi tên chỉ tới 'parent'): " + chain
              + "; cây tổ chức không được có vòng");
        }
        done.addAll(path);
      }
    }

    private void checkHasRoot(List<Entry> entries) {
      if (entries.stream().allMatch(e -> e.parentCode != null)) {
        report(organizationsLine, "không có tổ chức gốc: mọi tổ chức đều khai báo 'parent'; tổ chức cao nhất "
            + "(thường là TINH_UY) phải bỏ trống 'parent'");
      }
    }

    /** §3.1: a TCCSĐ and a superior of TCCSĐ are alternatives (e.g. for a đặc khu), never both. */
    private void checkFlagConflict(Entry entry) {
      if (Boolean.TRUE.equals(entry.effectiveTccsd()) && Boolean.TRUE.equals(entry.effectiveSuperior())) {
        int line = entry.keyLines.containsKey(K_TCCSD) ? entry.lineOf(K_TCCSD) : entry.lineOf(K_SUPERIOR);
        report(line, entry.describe() + " không thể vừa là tổ chức cơ sở đảng (tccsd: true) vừa là cấp trên "
            + "trực tiếp của tổ chức cơ sở đảng (superiorOfTccsd: true); hãy đặt một trong hai là false (§3.1)");
      }
    }

    /** §3.2 A4: only a đảng ủy cơ sở can be authorised to admit, and the authorising decision is recorded. */
    private void checkAuthorisation(Entry entry) {
      if (entry.invalid.contains(K_AUTHORISED)) {
        return;
      }
      if (Boolean.TRUE.equals(entry.authorisedToAdmit)) {
        if (entry.type != null && entry.type != OrgType.DANG_BO_CO_SO) {
          report(entry.lineOf(K_AUTHORISED), entry.describe() + " là " + typeText(entry.type)
              + "; chỉ đảng bộ cơ sở (DANG_BO_CO_SO) mới có thể được ủy quyền kết nạp (authorisedToAdmit, §3.2 A4)");
        }
        if (entry.authorisation == null && !entry.invalid.contains(K_AUTHORISATION)) {
          report(entry.lineOf(K_AUTHORISED), entry.describe() + " có authorisedToAdmit: true nhưng thiếu "
              + "'authorisation' (số và ngày quyết định ủy quyền, ví dụ \"125-QĐ/TU ngày 01/8/2025\")");
        }
      } else if (entry.authorisation != null) {
        report(entry.lineOf(K_AUTHORISATION), "'authorisation' của " + entry.describe()
            + " chỉ dùng khi authorisedToAdmit: true");
      }
    }

    /** Where an organisation may sit in the tree (§3.1, §3.3). */
    private void checkPlacement(Entry entry, Map<String, Entry> byCode) {
      Entry parent = entry.parentCode == null ? null : byCode.get(entry.parentCode);
      if (entry.parentCode != null && parent == null) {
        return; // unknown parent, already reported
      }
      if (entry.parentCode == null && entry.parentKeyMisspelt) {
        return; // the misspelt 'parent' key is already reported; "has no parent" would only repeat it
      }
      int line = entry.parentCode == null ? entry.line : entry.lineOf(K_PARENT);
      if (parent != null && parent.type != null && parent.type.isChiBo()) {
        report(line, entry.describe() + " không thể trực thuộc '" + parent.code + "' vì đó là chi bộ ("
            + typeText(parent.type) + ", dòng " + parent.line + "); chi bộ không có tổ chức trực thuộc");
        return;
      }
      if (entry.type == OrgType.CHI_BO_TRUC_THUOC) {
        requirePlacedUnder(entry, parent, line, "chi bộ trực thuộc phải nằm dưới một đảng bộ cơ sở "
            + "(DANG_BO_CO_SO, hoặc đảng bộ khác có tccsd: true) hoặc một đảng bộ bộ phận (DANG_BO_BO_PHAN); "
            + "nếu chi bộ này là tổ chức cơ sở đảng thì dùng type: CHI_BO_CO_SO (§3.3)", true);
      } else if (entry.type == OrgType.DANG_BO_BO_PHAN) {
        requirePlacedUnder(entry, parent, line, "đảng bộ bộ phận phải nằm dưới một đảng bộ cơ sở "
            + "(DANG_BO_CO_SO, hoặc đảng bộ khác có tccsd: true) (§3.3)", false);
      }
      if (Boolean.TRUE.equals(entry.effectiveTccsd())) {
        if (parent == null) {
          report(line, entry.describe() + " là tổ chức cơ sở đảng (tccsd: true) nên phải có 'parent' là "
              + "cấp trên trực tiếp của tổ chức cơ sở đảng (superiorOfTccsd: true) (§3.1)");
        } else if (Boolean.FALSE.equals(parent.effectiveSuperior())) {
          String hint = entry.type == OrgType.CHI_BO_CO_SO
              && (parent.type == OrgType.DANG_BO_CO_SO || parent.type == OrgType.DANG_BO_BO_PHAN)
              ? "; chi bộ nằm trong đảng bộ cơ sở là chi bộ trực thuộc: dùng type: CHI_BO_TRUC_THUOC (§3.3)"
              : "";
          report(line, "tổ chức cơ sở đảng " + entry.describe() + " phải trực thuộc cấp trên trực tiếp của "
              + "tổ chức cơ sở đảng (superiorOfTccsd: true), nhưng '" + parent.code + "' ("
              + typeText(parent.type) + ", dòng " + parent.line + ") không phải (§3.1, §3.2)" + hint);
        }
      }
    }

    /**
     * Chi bộ trực thuộc and đảng bộ bộ phận live inside a đảng bộ cơ sở. Besides DANG_BO_CO_SO itself, any
     * đảng bộ flagged {@code tccsd: true} counts (§3.1: a đặc khu the tỉnh ủy made a TCCSĐ keeps its type
     * DANG_BO_CAP_XA). A chi bộ trực thuộc may also sit under a đảng bộ bộ phận.
     */
    private void requirePlacedUnder(Entry entry, Entry parent, int line, String rule, boolean boPhanAllowed) {
      if (parent == null) {
        report(line, entry.describe() + " thiếu 'parent': " + rule);
        return;
      }
      if (parent.type == null) {
        return; // unknown type, already reported
      }
      boolean dangBoCoSo = parent.type == OrgType.DANG_BO_CO_SO
          || (!parent.type.isChiBo() && Boolean.TRUE.equals(parent.effectiveTccsd()));
      boolean boPhan = boPhanAllowed && parent.type == OrgType.DANG_BO_BO_PHAN;
      if (!dangBoCoSo && !boPhan) {
        report(line, entry.describe() + " không thể trực thuộc '" + parent.code + "' (" + typeText(parent.type)
            + ", dòng " + parent.line + "): " + rule);
      }
    }

    // ---------------------------------------------------------------- result

    /** Roots in file order, each followed by its subtree depth-first; siblings keep file order. */
    private List<OrganizationDefinition> parentsFirst(List<Entry> entries) {
      Map<String, List<Entry>> children = new HashMap<>();
      List<Entry> roots = new ArrayList<>();
      for (Entry entry : entries) {
        if (entry.parentCode == null) {
          roots.add(entry);
        } else {
          children.computeIfAbsent(entry.parentCode, k -> new ArrayList<>()).add(entry);
        }
      }
      List<OrganizationDefinition> result = new ArrayList<>(entries.size());
      List<Entry> stack = new ArrayList<>(roots);
      Collections.reverse(stack);
      while (!stack.isEmpty()) {
        Entry entry = stack.remove(stack.size() - 1);
        result.add(entry.toDefinition());
        List<Entry> below = new ArrayList<>(children.getOrDefault(entry.code, List.of()));
        Collections.reverse(below);
        stack.addAll(below);
      }
      if (result.size() != entries.size()) {
        throw new IllegalStateException("organisation tree not fully connected after validation");
      }
      return List.copyOf(result);
    }

    // ---------------------------------------------------------------- helpers

    private void report(int line, String message) {
      problems.add(new OrganizationSeedException.Problem(line, message));
    }

    private OrganizationSeedException rejection() {
      return new OrganizationSeedException(sourceName, problems);
    }
  }

  /** Mutable collector for one list item while the file is being checked. */
  private static final class Entry {
    final int line;
    final Map<String, Integer> keyLines = new HashMap<>();
    final Set<String> invalid = new HashSet<>();
    String code;
    String name;
    OrgType type;
    String parentCode;
    Boolean tccsd;
    Boolean superiorOfTccsd;
    Boolean authorisedToAdmit;
    String authorisation;
    final java.util.Set<AreaFlag> areas = java.util.EnumSet.noneOf(AreaFlag.class);
    boolean parentKeyMisspelt;

    Entry(int line) {
      this.line = line;
    }

    int lineOf(String key) {
      return keyLines.getOrDefault(key, line);
    }

    /** Effective flag, or null when it cannot be known (unknown type or unreadable value). */
    Boolean effectiveTccsd() {
      if (invalid.contains(K_TCCSD)) {
        return null;
      }
      return tccsd != null ? tccsd : type == null ? null : type.defaultTccsd();
    }

    Boolean effectiveSuperior() {
      if (invalid.contains(K_SUPERIOR)) {
        return null;
      }
      return superiorOfTccsd != null ? superiorOfTccsd : type == null ? null : type.defaultSuperiorOfTccsd();
    }

    String describe() {
      return code == null ? "tổ chức ở dòng " + line : "'" + code + "'";
    }

    OrganizationDefinition toDefinition() {
      boolean authorised = Boolean.TRUE.equals(authorisedToAdmit);
      return new OrganizationDefinition(code, name, type, parentCode, effectiveTccsd(), effectiveSuperior(),
          authorised, authorised ? authorisation : null, areas, line);
    }
  }

  private static int line(Node node) {
    return node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
  }

  private static boolean isNull(Node node) {
    return node instanceof ScalarNode && Tag.NULL.equals(node.getTag());
  }

  private static String keyText(Node node) {
    return node instanceof ScalarNode scalar && !isNull(scalar) ? scalar.getValue() : null;
  }

  private static String typeText(OrgType type) {
    return type == null ? "loại không rõ" : type.label().toLowerCase(Locale.ROOT) + ", " + type.name();
  }

  private static String oneLine(String text) {
    return text.replaceAll("\\s*\\R\\s*", " ").strip();
  }

  /** " (có phải 'x'?)" for the closest candidate within two edits, else empty. */
  private static String suggestion(String given, Collection<String> candidates) {
    return NearestName.nearest(given, candidates).map(c -> " (có phải '" + c + "'?)").orElse("");
  }
}
