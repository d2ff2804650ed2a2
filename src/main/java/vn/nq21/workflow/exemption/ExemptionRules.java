package vn.nq21.workflow.exemption;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.nq21.workflow.rules.DecisionTables;
import vn.nq21.workflow.rules.RuleSets;

/**
 * Table {@value #TABLE} (R-MS-01…03): whether a ground may be considered, whether it needs a medical certificate
 * first, and whether the exemption it gives is time-bound; by the rule set in force on the day asked about.
 */
@Component
class ExemptionRules {

  static final String TABLE = "dien-mien-sinh-hoat";

  /** The table's answer: ELIGIBLE, NEEDS_EVIDENCE or NOT_ELIGIBLE; time-bound; the ground's name. */
  record Eligibility(String eligibility, boolean timeBound, String groundLabel) {

    boolean eligible() {
      return "ELIGIBLE".equals(eligibility);
    }

    boolean notEligible() {
      return "NOT_ELIGIBLE".equals(eligibility);
    }
  }

  private final DecisionTables tables;
  private final RuleSets ruleSets;

  ExemptionRules(DecisionTables tables, RuleSets ruleSets) {
    this.tables = tables;
    this.ruleSets = ruleSets;
  }

  Eligibility of(String groundCode, boolean hasMedicalCertificate, LocalDate day) {
    Map<String, Object> inputs = new HashMap<>();
    inputs.put("groundCode", groundCode == null ? "" : groundCode);
    inputs.put("hasMedicalCertificate", hasMedicalCertificate);
    inputs.put("ruleSet", ruleSets.on(day));
    Map<String, Object> row = tables.evaluateSingle(TABLE, inputs);
    return new Eligibility((String) row.get("eligibility"), Boolean.TRUE.equals(row.get("timeBound")),
        (String) row.get("groundLabel"));
  }
}
