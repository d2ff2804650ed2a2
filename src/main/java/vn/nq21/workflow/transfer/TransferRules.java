package vn.nq21.workflow.transfer;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.nq21.workflow.rules.DecisionTables;
import vn.nq21.workflow.rules.RuleSets;

/**
 * Tables {@value #KINDS} (R-CS-01, R-CS-T01, R-CS-T02, R-CS-12: which kind of transfer a cause calls for) and
 * {@value #DOSSIER} (R-CS-05: the items of the sealed hồ sơ's index), by the rule set in force on the day asked about.
 */
@Component
class TransferRules {

  static final String KINDS = "loai-chuyen-sinh-hoat";
  static final String DOSSIER = "danh-muc-ho-so-chuyen";

  /** The table's answer: CHINH_THUC, TAM_THOI, NOI_BO, CHU_UY_CHON (the chi ủy chooses) or a refusal. */
  record Kind(String kind, String kindLabel, String message, String ruleId) {

    boolean opens() {
      return List.of("CHINH_THUC", "TAM_THOI", "NOI_BO").contains(kind);
    }

    boolean chiUyChooses() {
      return "CHU_UY_CHON".equals(kind);
    }
  }

  /** One item the index of the sealed hồ sơ must list. */
  record Item(String code, String label) {}

  private final DecisionTables tables;
  private final RuleSets ruleSets;

  TransferRules(DecisionTables tables, RuleSets ruleSets) {
    this.tables = tables;
    this.ruleSets = ruleSets;
  }

  Kind kind(String causeCode, boolean sameTccsd, Integer durationMonths, LocalDate day) {
    Map<String, Object> inputs = new HashMap<>();
    inputs.put("causeCode", causeCode == null ? "" : causeCode);
    inputs.put("sameTccsd", sameTccsd);
    inputs.put("durationMonths", durationMonths);
    inputs.put("ruleSet", ruleSets.on(day));
    Map<String, Object> row = tables.evaluateSingle(KINDS, inputs);
    return new Kind((String) row.get("kind"), (String) row.get("kindLabel"), (String) row.get("message"),
        (String) row.get("ruleId"));
  }

  List<Item> dossierItems(String memberStatus, LocalDate day) {
    Map<String, Object> inputs = new HashMap<>();
    inputs.put("memberStatus", memberStatus);
    inputs.put("ruleSet", ruleSets.on(day));
    return tables.evaluate(DOSSIER, inputs).stream()
        .map(row -> new Item((String) row.get("itemCode"), (String) row.get("itemLabel"))).toList();
  }
}
