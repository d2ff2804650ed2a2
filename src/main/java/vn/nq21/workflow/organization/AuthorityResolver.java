package vn.nq21.workflow.organization;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.nq21.workflow.rules.DecisionTables;
import vn.nq21.workflow.rules.RuleSets;

/**
 * Finds the body with authority for a decision about a case of an organisation: the facts come from
 * the tree (§3.1 flags), the rule from the DMN table {@code tham-quyen-quyet-dinh} (§3.2) of the rule
 * set in force on the date of the act, and the table's "level" is mapped back onto the tree.
 */
@Component
class AuthorityResolver {

  static final String DECISION_KEY = "tham-quyen-quyet-dinh";

  private final DecisionTables tables;
  private final RuleSets ruleSets;

  AuthorityResolver(DecisionTables tables, RuleSets ruleSets) {
    this.tables = tables;
    this.ruleSets = ruleSets;
  }

  Authority resolve(OrganizationService tree, String orgCode, String decisionType, LocalDate actDate) {
    Organization tccsd = tree.tccsdOf(orgCode);
    Organization superior = tccsd.parentCode() == null ? null : tree.superiorOfTccsd(orgCode);
    String ruleSet = ruleSets.on(actDate);

    Map<String, Object> facts = new HashMap<>();
    facts.put("decisionType", decisionType);
    facts.put("ruleSet", ruleSet);
    facts.put("tccsdAuthorisedToAdmit", tccsd.authorisedToAdmit());
    facts.put("superiorType", superior == null ? null : superior.type().name());
    Map<String, Object> rule = tables.evaluateSingle(DECISION_KEY, facts);

    String level = (String) rule.get("level");
    Organization body = switch (level) {
      case "CHI_BO" -> tree.require(orgCode);
      case "TCCSD" -> tccsd;
      case "CAP_TREN_TCCSD" -> tree.superiorOfTccsd(orgCode);
      case "TINH" -> tree.provinceOf(orgCode);
      default -> throw new IllegalStateException(
          "Bảng " + DECISION_KEY + " trả về cấp không biết: '" + level + "'");
    };
    String role = (String) rule.get("role");
    return new Authority(decisionType, ruleSet, body.code(), body.name(), role,
        tree.groupFor(body.code(), role), (String) rule.get("body"), (String) rule.get("voteRule"),
        (String) rule.get("ruleId"));
  }
}
