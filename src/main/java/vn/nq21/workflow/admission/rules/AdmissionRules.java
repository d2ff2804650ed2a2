package vn.nq21.workflow.admission.rules;

import static vn.nq21.workflow.admission.rules.Months.format;
import static vn.nq21.workflow.rules.Arguments.isBlank;
import static vn.nq21.workflow.rules.Arguments.lowerFirst;
import static vn.nq21.workflow.rules.Arguments.require;
import static vn.nq21.workflow.rules.Arguments.requireText;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import vn.nq21.workflow.admission.rules.AdmissionSettings.AgeMode;
import vn.nq21.workflow.admission.rules.IntroducerFacts.MemberIntroducer;
import vn.nq21.workflow.casework.CaseDates;
import vn.nq21.workflow.engine.FormValues;
import vn.nq21.workflow.registry.Member;
import vn.nq21.workflow.registry.MemberRegistry;
import vn.nq21.workflow.registry.MemberStatus;
import vn.nq21.workflow.rules.DecisionTables;
import vn.nq21.workflow.rules.RuleSets;

/**
 * The rules of the admission procedure (kết nạp đảng viên, domain specification §5.3), for delegates,
 * listeners and expressions ({@code ${admissionRules…}}); the rules of its votes are {@link
 * vn.nq21.workflow.votes.VoteRules}.
 *
 * <p>Each check picks the rule set in force on the date of its act (§2.2: the vote date for age,
 * certificate, introducers and votes) and evaluates the DMN table that holds the part of the rule the
 * regulation may change; the date and count arithmetic around it is here. Problems are Vietnamese
 * sentences that name the field as the clerk sees it. Arguments a caller must always supply (a date to
 * evaluate on, a vote rule) are checked with {@link IllegalArgumentException}; a code no table row knows
 * raises {@link vn.nq21.workflow.rules.NoMatchingRuleException}.
 */
@Component("admissionRules")
public class AdmissionRules {

  static final String AGE_TABLE = "dieu-kien-tuoi-ket-nap";
  static final String DOCUMENT_TABLE = "hieu-luc-giay-to";
  static final String EDUCATION_TABLE = "dieu-kien-hoc-van";
  static final String INTRODUCER_TABLE = "nguoi-gioi-thieu-hop-le";
  static final String READMISSION_TABLE = "dieu-kien-ket-nap-lai";

  /** Document type of the awareness-class certificate in {@code hieu-luc-giay-to}. */
  public static final String AWARENESS_CERTIFICATE = "NHAN_THUC";
  /** No education exception (R-KN-04). */
  public static final String NO_EXCEPTION = "KHONG";

  private static final String[] ORDINALS = {"thứ nhất", "thứ hai", "thứ ba", "thứ tư", "thứ năm"};

  private final DecisionTables tables;
  private final RuleSets ruleSets;
  private final MemberRegistry registry;
  private final AdmissionSettings settings;

  public AdmissionRules(DecisionTables tables, RuleSets ruleSets, MemberRegistry registry,
      AdmissionSettings settings) {
    this.tables = tables;
    this.ruleSets = ruleSets;
    this.registry = registry;
    this.settings = settings;
  }

  public AdmissionSettings settings() {
    return settings;
  }

  // --- Re-admission: R-KN-22, R-KN-23 ---------------------------------------------------------------------

  /**
   * Whether the person, who left the Party (their last removal in the registry), may be considered for re-admission
   * on {@code onDate}: the reason code of that removal, the hardship of a xin ra, the whole months since its date
   * and whether they were re-admitted once before (a removal before the last one) decide (table {@value
   * #READMISSION_TABLE}). Null for someone who never left.
   */
  public ReadmissionCheck readmission(long personId, LocalDate onDate, boolean hardship) {
    require(onDate, "Ngày xét");
    var history = registry.history(personId);
    var removals = history.stream().filter(h -> h.fromStatus() != h.toStatus()
        && (h.toStatus() == MemberStatus.XOA_TEN || h.toStatus() == MemberStatus.KHAI_TRU)).toList();
    if (removals.isEmpty()) {
      return null;
    }
    // re-admitted once: after an earlier removal the person was admitted again (became dự bị)
    int first = history.indexOf(removals.get(0));
    boolean readmitted = history.subList(first, history.size()).stream()
        .anyMatch(h -> h.toStatus() == MemberStatus.DU_BI && h.fromStatus() != MemberStatus.DU_BI);
    var last = removals.get(removals.size() - 1);
    LocalDate leftOn = last.effectiveDate();
    String code = last.reasonCode() == null ? "" : last.reasonCode().name();
    Map<String, Object> inputs = new HashMap<>();
    inputs.put("reasonCode", code);
    inputs.put("hardship", hardship);
    inputs.put("monthsSinceLeaving", onDate.isBefore(leftOn) ? 0 : (int) ageMonthsFull(leftOn, onDate));
    inputs.put("readmittedBefore", readmitted);
    inputs.put("ruleSet", ruleSets.on(onDate));
    Map<String, Object> row = tables.evaluateSingle(READMISSION_TABLE, inputs);
    String result = (String) row.get("result");
    LocalDate earliest = leftOn.plusMonths(36);
    String message = "Người này ra khỏi Đảng ngày " + CaseDates.fmt(leftOn)
        + (last.reasonCode() == null ? "" : " (" + last.reasonCode().label() + ")") + ": " + row.get("message")
        + ("WAIT".equals(result) ? "; sớm nhất từ ngày " + CaseDates.fmt(earliest) : "")
        + ".";
    return new ReadmissionCheck(result, message, leftOn, code, earliest);
  }

  /** Whole months from {@code from} to {@code to}: the largest N with {@code from.plusMonths(N) <= to}. */
  private static long ageMonthsFull(LocalDate from, LocalDate to) {
    long months = java.time.temporal.ChronoUnit.MONTHS.between(from, to);
    return from.plusMonths(months).isAfter(to) ? months - 1 : months;
  }

  // --- Age: R-GEN-02, R-KN-01, R-KN-02 ------------------------------------------------------------------

  /**
   * Age in whole months on {@code onDate}, counted with {@code nq21.admission.age-mode} (R-GEN-02, §15
   * U2): FULL_MONTHS, the largest N with {@code birthDate.plusMonths(N) <= onDate}; MONTH_GRANULAR, the
   * difference of year × 12 + month, days ignored.
   */
  public int ageMonths(LocalDate birthDate, LocalDate onDate) {
    require(birthDate, "Ngày sinh");
    require(onDate, "Ngày tính tuổi");
    if (birthDate.isAfter(onDate)) {
      throw new IllegalArgumentException(
          "Ngày sinh " + format(birthDate) + " sau ngày tính tuổi " + format(onDate) + ": kiểm tra lại ngày sinh.");
    }
    return settings.ageMode() == AgeMode.MONTH_GRANULAR ? Months.granular(birthDate, onDate)
        : Months.full(birthDate, onDate);
  }

  /** The age condition on the date of the chi bộ meeting that considers admission (R-KN-01, R-KN-02). */
  public AgeCheck age(LocalDate birthDate, LocalDate voteDate) {
    require(voteDate, "Ngày chi bộ họp xét kết nạp");
    int months = ageMonths(birthDate, voteDate);
    String ruleSet = ruleSets.on(voteDate);
    Map<String, Object> row = tables.evaluateSingle(AGE_TABLE, Map.of("ageMonths", months, "ruleSet", ruleSet));
    String result = (String) row.get("ageResult");
    String message = row.get("message") + " Tuổi tại ngày " + format(voteDate) + ": "
        + Months.asYearsAndMonths(months) + " (" + months + " tháng).";
    if (AgeCheck.TOO_YOUNG.equals(result)) {
      message += earliestVote(birthDate, months, ruleSet);
    }
    return new AgeCheck(months, result, message, ruleSet);
  }

  /**
   * R-KN-01: the first day the chi bộ may hold the vote, from the first age in months the table no longer calls too
   * young (the table holds the threshold, not this code), counted as the configured age mode counts months.
   */
  private String earliestVote(LocalDate birthDate, int months, String ruleSet) {
    for (int m = months + 1; m <= months + 12 * 20; m++) {
      Object result = tables.evaluateSingle(AGE_TABLE, Map.of("ageMonths", m, "ruleSet", ruleSet)).get("ageResult");
      if (!AgeCheck.TOO_YOUNG.equals(result)) {
        LocalDate day = birthDate.plusMonths(m);
        if (settings.ageMode() == AgeMode.MONTH_GRANULAR) {
          day = day.withDayOfMonth(1);
        }
        return " Chi bộ họp xét sớm nhất từ ngày " + format(day) + ".";
      }
    }
    return "";
  }

  // --- Documents: R-KN-05, R-KN-05a ---------------------------------------------------------------------

  /**
   * The awareness-class certificate on {@code onDate} (the chi bộ vote date): valid iff {@code onDate <
   * issueDate + 60 months} (R-KN-05); issued 15/01/2020, it is valid on 14/01/2025 and expired on 15/01/2025.
   */
  public CertificateCheck certificate(LocalDate issueDate, LocalDate onDate) {
    DocumentCheck check = document(AWARENESS_CERTIFICATE, issueDate, onDate);
    String message = check.message();
    if (!check.valid() && !issueDate.isAfter(onDate)) {
      message += " Người vào Đảng phải học lại lớp bồi dưỡng nhận thức về Đảng.";
    }
    return new CertificateCheck(check.valid(), check.validUntil(), message, check.ruleSet());
  }

  /**
   * An admission document on {@code onDate}: its validity period from table {@code hieu-luc-giay-to};
   * where the texts set none (R-KN-05a) it stays valid, with a warning once it is {@code
   * docs-warn-after-months} old.
   */
  public DocumentCheck document(String documentType, LocalDate issueDate, LocalDate onDate) {
    requireText(documentType, "Loại giấy tờ");
    require(issueDate, "Ngày cấp");
    require(onDate, "Ngày xét");
    String ruleSet = ruleSets.on(onDate);
    Map<String, Object> row = tables.evaluateSingle(DOCUMENT_TABLE,
        Map.of("documentType", documentType, "ruleSet", ruleSet));
    String label = (String) row.get("documentLabel");
    Integer validityMonths = (Integer) row.get("validityMonths");
    LocalDate validUntil = validityMonths == null ? null : issueDate.plusMonths(validityMonths).minusDays(1);
    String issued = label + " cấp ngày " + format(issueDate);
    if (issueDate.isAfter(onDate)) {
      return new DocumentCheck(documentType, label, false, validUntil,
          issued + " sau ngày xét " + format(onDate) + ": kiểm tra lại ngày cấp.", null, ruleSet);
    }
    if (validityMonths == null) {
      String warning = null;
      int age = Months.full(issueDate, onDate);
      if (settings.docsWarnAfterMonths() > 0 && age >= settings.docsWarnAfterMonths()) {
        warning = issued + " đã được " + age + " tháng tại ngày " + format(onDate)
            + ": văn bản của Trung ương không quy định thời hạn, nhưng nên xem lại (một số hướng dẫn địa phương"
            + " chỉ chấp nhận 6 hoặc 12 tháng).";
      }
      return new DocumentCheck(documentType, label, true, null, issued + ": không có thời hạn.", warning, ruleSet);
    }
    boolean valid = onDate.isBefore(issueDate.plusMonths(validityMonths));
    String message = valid
        ? issued + " còn giá trị tại ngày " + format(onDate) + " (đến hết ngày " + format(validUntil) + ")."
        : issued + " đã hết giá trị tại ngày " + format(onDate) + " (giá trị " + validityMonths
            + " tháng, đến hết ngày " + format(validUntil) + ").";
    return new DocumentCheck(documentType, label, valid, validUntil, message, null, ruleSet);
  }

  // --- Education: R-KN-03, R-KN-04 ----------------------------------------------------------------------

  /**
   * The education condition. {@code level}: THCS_TRO_LEN, TIEU_HOC, BIET_DOC_VIET, CHUA_DAT; {@code
   * exception}: KHONG (also for null or blank), VUNG_KHO_KHAN, NGUOI_CO_UY_TIN.
   */
  public EducationCheck education(String level, String exception, LocalDate actDate) {
    requireText(level, "Trình độ học vấn");
    require(actDate, "Ngày xét");
    String ruleSet = ruleSets.on(actDate);
    Map<String, Object> row = tables.evaluateSingle(EDUCATION_TABLE, Map.of("educationLevel", level,
        "educationException", isBlank(exception) ? NO_EXCEPTION : exception, "ruleSet", ruleSet));
    return new EducationCheck((String) row.get("educationResult"), (String) row.get("message"), ruleSet);
  }

  // --- Introducers: R-KN-08, R-KN-09, R-KN-09a, R-KN-10, R-KN-10a ----------------------------------------

  /** The problems that block the introducers; empty when they are in order. */
  public List<String> introducerProblems(IntroducerFacts facts) {
    return introducers(facts).problems();
  }

  /** What the clerk should look at about the introducers, without blocking. */
  public List<String> introducerWarnings(IntroducerFacts facts) {
    return introducers(facts).warnings();
  }

  /**
   * The introducers of a candidate: the pattern is lawful for the candidate on the vote date (table
   * {@code nguoi-gioi-thieu-hop-le}; Đoàn age counted in full years from the age in months), there are as
   * many introducing members as it needs, and each of them, on the date of their letter, was an official
   * member (status history of the registry) who had been together with the candidate for the required
   * months ({@code togetherSince.plusMonths(12) <= letterDate}, R-KN-09).
   */
  public IntroducerCheck introducers(IntroducerFacts facts) {
    require(facts.candidateBirthDate(), "Ngày sinh của người vào Đảng");
    List<String> problems = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    LocalDate voteDate = facts.voteDate() != null ? facts.voteDate() : today();
    String ruleSet = ruleSets.on(voteDate);
    if (isBlank(facts.pattern())) {
      problems.add("Chưa chọn cách giới thiệu người vào Đảng.");
      return new IntroducerCheck(false, null, problems, warnings, ruleSet);
    }

    Map<String, Object> inputs = new HashMap<>();
    inputs.put("introducerPattern", facts.pattern());
    inputs.put("isDoanVien", facts.isDoanVien());
    inputs.put("ageYearsAtVote", ageMonths(facts.candidateBirthDate(), voteDate) / 12);
    inputs.put("hasDoanOrganisation", facts.hasDoanOrganisation());
    inputs.put("isUnionMember", facts.isUnionMember());
    inputs.put("doanMaxAge", settings.doanMaxAge());
    inputs.put("ruleSet", ruleSet);
    Map<String, Object> row = tables.evaluateSingle(INTRODUCER_TABLE, inputs);
    boolean patternValid = Boolean.TRUE.equals(row.get("patternValid"));
    Integer required = (Integer) row.get("memberIntroducersRequired");
    Integer togetherMonths = (Integer) row.get("togetherMonthsRequired");
    if (!patternValid) {
      problems.add((String) row.get("message"));
    }
    if (row.get("warning") != null && settings.introducerWarnIfDoanRouteUnused()) {
      warnings.add((String) row.get("warning"));
    }

    List<MemberIntroducer> introducers = facts.memberIntroducers();
    if (required != null && introducers.size() != required) {
      problems.add("Cách giới thiệu đã chọn cần " + required + " đảng viên chính thức giới thiệu; hồ sơ ghi "
          + introducers.size() + " người.");
    }
    Map<String, String> seen = new HashMap<>();
    for (int i = 0; i < introducers.size(); i++) {
      MemberIntroducer introducer = introducers.get(i);
      String who = "Người giới thiệu " + ordinal(i);
      if (isBlank(introducer.recordNumber())) {
        problems.add(who + ": chưa nhập số lý lịch.");
        continue;
      }
      who += " (số lý lịch " + introducer.recordNumber() + ")";
      String earlier = seen.putIfAbsent(introducer.recordNumber().trim(), ordinal(i));
      if (earlier != null) {
        problems.add(who + ": trùng với người giới thiệu " + earlier + "; cần những người giới thiệu khác nhau.");
        continue;
      }
      checkIntroducer(who, introducer, togetherMonths == null ? 12 : togetherMonths, facts.voteDate(),
          problems, warnings);
    }
    return new IntroducerCheck(patternValid, required, problems, warnings, ruleSet);
  }

  private void checkIntroducer(String who, MemberIntroducer introducer, int togetherMonths, LocalDate voteDate,
      List<String> problems, List<String> warnings) {
    Optional<Member> found = registry.findByRecordNumber(introducer.recordNumber().trim());
    if (found.isEmpty()) {
      problems.add(who + ": không có trong sổ đảng viên.");
      return;
    }
    Member member = found.get();
    LocalDate letterDate = introducer.letterDate();
    if (letterDate == null) {
      problems.add(who + ": chưa nhập ngày giấy giới thiệu.");
      return;
    }
    if (voteDate != null && letterDate.isAfter(voteDate)) {
      problems.add(who + ": ngày giấy giới thiệu " + format(letterDate) + " sau ngày chi bộ họp xét "
          + format(voteDate) + ".");
    }
    // R-KN-09: official on the date of the letter, from the status history (the registry's record of
    // that day), not from today's status.
    MemberStatus then = registry.statusOn(member.id(), letterDate);
    if (then == null) {
      problems.add(who + ": sổ đảng viên không ghi nhận là đảng viên chính thức vào ngày giấy giới thiệu "
          + format(letterDate) + "; người giới thiệu phải là đảng viên chính thức.");
    } else if (then != MemberStatus.CHINH_THUC) {
      problems.add(who + ": vào ngày giấy giới thiệu " + format(letterDate) + " là "
          + lowerFirst(then.label()) + "; người giới thiệu phải là đảng viên chính thức.");
    } else if (member.status() != MemberStatus.CHINH_THUC) {
      // R-KN-09a: the letter stands, but someone else must now help the candidate
      warnings.add(who + ": hiện là " + lowerFirst(member.status().label()) + "; chi bộ phân công đảng viên"
          + " chính thức khác giúp đỡ người vào Đảng (người thay không cần đủ 12 tháng sinh hoạt cùng).");
    }
    LocalDate since = introducer.togetherSince();
    if (since == null) {
      problems.add(who + ": chưa nhập ngày bắt đầu sinh hoạt cùng người vào Đảng.");
    } else if (since.isAfter(letterDate)) {
      problems.add(who + ": ngày bắt đầu sinh hoạt cùng " + format(since) + " sau ngày giấy giới thiệu "
          + format(letterDate) + ".");
    } else if (since.plusMonths(togetherMonths).isAfter(letterDate)) {
      problems.add(who + ": mới sinh hoạt cùng " + Months.full(since, letterDate) + " tháng, cần đủ "
          + togetherMonths + " tháng tính đến ngày giấy giới thiệu " + format(letterDate) + ".");
    }
  }

  /**
   * After a failed chi bộ vote, when the candidate may be considered again (R-KN-25): not before {@code
   * nq21.admission.resubmission-min-months} (default 0: any later meeting). Empty when allowed or when
   * there was no failed vote ({@code previousFailedVoteDate} null). The certificate must still be valid.
   */
  public List<String> resubmissionProblems(LocalDate previousFailedVoteDate, LocalDate voteDate) {
    require(voteDate, "Ngày chi bộ họp xét kết nạp");
    if (previousFailedVoteDate == null) {
      return List.of();
    }
    LocalDate earliest = previousFailedVoteDate.plusMonths(settings.resubmissionMinMonths());
    if (voteDate.isBefore(earliest)) {
      return List.of("Chi bộ đã biểu quyết không đạt ngày " + format(previousFailedVoteDate)
          + "; chỉ xem xét lại từ ngày " + format(earliest) + " (sau " + settings.resubmissionMinMonths()
          + " tháng).");
    }
    return List.of();
  }

  // --- helpers ------------------------------------------------------------------------------------------

  private static LocalDate today() {
    return LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), FormValues.ZONE);
  }

  private static String ordinal(int index) {
    return index < ORDINALS.length ? ORDINALS[index] : "thứ " + (index + 1);
  }
}
