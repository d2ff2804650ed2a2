package vn.nq21.workflow.rules;

import java.util.Map;

/** A decision table has no rule for the facts given: a gap in the rules an admin must close. */
public class NoMatchingRuleException extends RuntimeException {
  public NoMatchingRuleException(String decisionKey, Map<String, Object> inputs) {
    super("Bảng quy tắc '" + decisionKey + "' không có dòng nào áp dụng cho " + inputs
        + ": cần bổ sung quy tắc (triển khai phiên bản mới của bảng).");
  }
}
