package vn.nq21.workflow.engine.form;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Size limits for submitted values ({@code nq21.submission.*}), applied where a form field declares no
 * {@code validate.maxLength} of its own (a field's own limit is kept when it is smaller). Every limit is
 * checked before anything is stored, so a value too long is refused with a Vietnamese message naming the
 * field, never by the database.
 *
 * @param maxTextLength characters of a one-line text field (textfield, radio, select)
 * @param maxLongTextLength characters of a multi-line text field (textarea)
 * @param maxJsonLength characters of a list or structured value (checklist, taglist, dynamic list)
 * @param maxNumber the largest magnitude of a number without {@code validate.min}/{@code max}
 */
@ConfigurationProperties(prefix = "nq21.submission")
public record SubmissionLimits(Integer maxTextLength, Integer maxLongTextLength, Integer maxJsonLength,
    Long maxNumber) {

  public SubmissionLimits {
    maxTextLength = maxTextLength == null ? 500 : maxTextLength;
    maxLongTextLength = maxLongTextLength == null ? 4000 : maxLongTextLength;
    maxJsonLength = maxJsonLength == null ? 20000 : maxJsonLength;
    maxNumber = maxNumber == null ? 1_000_000_000L : maxNumber;
  }

  /** The defaults, for code that runs without Spring (tests of the contract). */
  public static SubmissionLimits defaults() {
    return new SubmissionLimits(null, null, null, null);
  }
}
