package vn.nq21.workflow.organization;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import vn.nq21.workflow.engine.FormValues;
import vn.nq21.workflow.rules.DecisionTables;
import vn.nq21.workflow.rules.NoMatchingRuleException;
import vn.nq21.workflow.rules.RuleSets;

/**
 * Finds the body with authority for a decision about a case of an organisation: the facts come from
 * the tree (§3.1 flags), the rule from the DMN table {@code tham-quyen-quyet-dinh} (§3.2) of the rule
 * set in force on the date of the act, and the table's "level" is mapped back onto the tree. An act of an earlier rule
 * set whose deciding body is gone from the tree (the district level, abolished on 01/7/2025) is decided by the
 * successor body under the rules in force now, and the body's name says so.
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
    Map<String, Object> rule;
    String transition = null;
    try {
      rule = tables.evaluateSingle(DECISION_KEY, facts);
    } catch (NoMatchingRuleException gap) {
      // §3.2: an act of an earlier rule set whose deciding body (a district committee) no longer exists in the
      // tree passes to the successor body, which decides under the rules in force now
      String now = ruleSets.on(LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), FormValues.ZONE));
      if (now.equals(ruleSet)) {
        throw gap;
      }
      facts.put("ruleSet", now);
      rule = tables.evaluateSingle(DECISION_KEY, facts);
      transition = "hồ sơ chuyển tiếp: văn bản ngày " + DateTimeFormatter.ofPattern("dd/MM/yyyy").format(actDate) + " thuộc bộ quy tắc "
          + ruleSet + ", nhưng cơ quan có thẩm quyền theo bộ quy tắc đó không còn trong hệ thống tổ chức; cơ quan kế"
          + " thừa quyết định theo bộ quy tắc " + now + " (§3.2)";
      ruleSet = now;
    }

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
    String bodyName = (String) rule.get("body");
    return new Authority(decisionType, ruleSet, body.code(), body.name(), role,
        tree.groupFor(body.code(), role), transition == null ? bodyName : bodyName + " (" + transition + ")",
        (String) rule.get("voteRule"), (String) rule.get("ruleId"));
  }
}
