package vn.nq21.workflow.admission.rules;

import static vn.nq21.workflow.admission.rules.Months.format;

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
import vn.nq21.workflow.engine.FormValues;
import vn.nq21.workflow.registry.Member;
import vn.nq21.workflow.registry.MemberRegistry;
import vn.nq21.workflow.registry.MemberStatus;
import vn.nq21.workflow.registry.StatusChange;
import vn.nq21.workflow.rules.DecisionTables;
import vn.nq21.workflow.rules.RuleSets;

/**
 * The rules of the admission procedure (kết nạp đảng viên, domain specification §5.3) and of the votes it
 * takes (§4), for delegates, listeners and expressions ({@code ${admissionRules…}}).
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
  static final String THRESHOLD_TABLE = "nguong-bieu-quyet";
  static final String DENOMINATOR_TABLE = "mau-so-bieu-quyet";

  /** Document type of the awareness-class certificate in {@code hieu-luc-giay-to}. */
  public static final String AWARENESS_CERTIFICATE = "NHAN_THUC";
  /** The vote rule of tham-quyen-quyet-dinh for acts decided without a vote (rows A10–A12). */
  public static final String NO_VOTE = "KHONG_BIEU_QUYET";
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
    String message = row.get("message") + " Tuổi tại ngày " + format(voteDate) + ": "
        + Months.asYearsAndMonths(months) + " (" + months + " tháng).";
    return new AgeCheck(months, (String) row.get("ageResult"), message, ruleSet);
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
    MemberStatus then = statusOn(member, letterDate);
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
   * The status in force on {@code date}: the last history entry effective on or before it. A person
   * whose history starts later (registered with their status as of a later day) counts as official if
   * their record says official since a recognition date on or before {@code date}; otherwise null.
   */
  private MemberStatus statusOn(Member member, LocalDate date) {
    MemberStatus status = null;
    for (StatusChange change : registry.history(member.id())) {
      if (change.effectiveDate() != null && !change.effectiveDate().isAfter(date)) {
        status = change.toStatus();
      }
    }
    if (status == null && member.status() == MemberStatus.CHINH_THUC && member.recognitionDate() != null
        && !member.recognitionDate().isAfter(date)) {
      status = MemberStatus.CHINH_THUC;
    }
    return status;
  }

  // --- Votes: R-GEN-03 … R-GEN-06, R-GEN-08, R-GEN-10, R-KN-14, R-KN-15, R-KN-25 ---------------------------

  /**
   * Whether a vote passes (table {@code nguong-bieu-quyet}, integers only). {@code voteRule} as in {@code
   * tham-quyen-quyet-dinh}: HAI_PHAN_BA, HAI_PHAN_BA_TONG_SO, QUA_NUA; {@code denominator} from {@link
   * #denominator} for a chi bộ, the body's total membership otherwise (R-GEN-06).
   */
  public VoteResult vote(String voteRule, int votesFor, int denominator, LocalDate voteDate) {
    requireText(voteRule, "Nguyên tắc biểu quyết");
    require(voteDate, "Ngày biểu quyết");
    if (NO_VOTE.equals(voteRule)) {
      throw new IllegalArgumentException("Bước này không biểu quyết (" + NO_VOTE + "): không có ngưỡng để tính.");
    }
    String range = voteRangeProblem("Số phiếu tán thành", votesFor, "mẫu số biểu quyết", denominator);
    if (range != null) {
      throw new IllegalArgumentException(range);
    }
    String ruleSet = ruleSets.on(voteDate);
    Map<String, Object> row = tables.evaluateSingle(THRESHOLD_TABLE,
        Map.of("voteRule", voteRule, "votesFor", votesFor, "denominator", denominator, "ruleSet", ruleSet));
    boolean passed = Boolean.TRUE.equals(row.get("passed"));
    String threshold = (String) row.get("thresholdLabel");
    int required = (Integer) row.get("requiredVotes");
    String message = (passed ? "Đạt" : "Không đạt") + ": " + votesFor + "/" + denominator + " phiếu tán thành;"
        + " cần " + threshold + ", tức ít nhất " + required + " phiếu.";
    return new VoteResult(passed, voteRule, votesFor, denominator, required, threshold, message, ruleSet);
  }

  /**
   * The one check of a vote's counts: at least one voter, and the votes in favour from 0 to their number.
   * Returns what is wrong, in Vietnamese with the labels the clerk reads, or null.
   */
  public static String voteRangeProblem(String votesForLabel, int votesFor, String totalLabel, int total) {
    if (total < 1) {
      return Character.toUpperCase(totalLabel.charAt(0)) + totalLabel.substring(1) + " phải ít nhất là 1 (đang là "
          + total + ").";
    }
    if (votesFor < 0 || votesFor > total) {
      return votesForLabel + " (" + votesFor + ") phải từ 0 đến " + totalLabel + " (" + total + ").";
    }
    return null;
  }

  /**
   * The denominator of a chi bộ vote (R-GEN-05): the official members on the roll minus those whose
   * exclusion code table {@code mau-so-bieu-quyet} excludes on the vote date. {@code exclusionsByCode}:
   * number of members per code (TAM_THOI_NOI_KHAC, MIEN_SH_VANG_MAT, DINH_CHI_TAM_GIAM, VANG_CO_LY_DO);
   * null or empty for none.
   */
  public int denominator(int officialMembersOnRoll, Map<String, Integer> exclusionsByCode, LocalDate voteDate) {
    require(voteDate, "Ngày biểu quyết");
    if (officialMembersOnRoll < 0) {
      throw new IllegalArgumentException(VoteRecord.OFFICIAL_MEMBERS_LABEL + " không được âm.");
    }
    if (exclusionsByCode == null || exclusionsByCode.isEmpty()) {
      return officialMembersOnRoll;
    }
    String ruleSet = ruleSets.on(voteDate);
    int listed = 0;
    int excluded = 0;
    for (Map.Entry<String, Integer> entry : exclusionsByCode.entrySet()) {
      int count = entry.getValue() == null ? 0 : entry.getValue();
      if (count < 0) {
        throw new IllegalArgumentException("Số đảng viên thuộc trường hợp " + entry.getKey() + " không được âm.");
      }
      if (count == 0) {
        continue;
      }
      Map<String, Object> row = tables.evaluateSingle(DENOMINATOR_TABLE,
          Map.of("exclusionCode", entry.getKey(), "ruleSet", ruleSet));
      listed += count;
      if (Boolean.TRUE.equals(row.get("excluded"))) {
        excluded += count;
      }
    }
    if (listed > officialMembersOnRoll) {
      throw new IllegalArgumentException("Số đảng viên được ghi vào các trường hợp không tính (" + listed
          + ") nhiều hơn " + lowerFirst(VoteRecord.OFFICIAL_MEMBERS_LABEL) + " (" + officialMembersOnRoll + ").");
    }
    return officialMembersOnRoll - excluded;
  }

  /**
   * Sanity of a recorded vote (R-GEN-08) and the minimum size of the chi bộ (R-GEN-10): one Vietnamese
   * sentence per problem, naming the form field; empty when the record is plausible. The task should
   * stay open while there are problems.
   */
  public List<String> voteRecordProblems(VoteRecord r) {
    List<String> problems = new ArrayList<>();
    Integer roll = r.officialMembersOnRoll();
    Integer present = r.presentVoters();
    Integer votesFor = r.votesFor();
    Integer against = r.votesAgainst();
    missing(roll, VoteRecord.OFFICIAL_MEMBERS_LABEL, problems);
    missing(present, VoteRecord.PRESENT_VOTERS_LABEL, problems);
    missing(votesFor, VoteRecord.VOTES_FOR_LABEL, problems);
    missing(against, VoteRecord.VOTES_AGAINST_LABEL, problems);
    missing(r.meetingDate(), VoteRecord.MEETING_DATE_LABEL, problems);

    if (roll != null) {
      if (roll < 0) {
        problems.add(quoted(VoteRecord.OFFICIAL_MEMBERS_LABEL) + " không được âm.");
      } else if (roll < settings.minimumOfficialMembers()) {
        problems.add("Chi bộ chỉ có " + roll + " đảng viên chính thức (" + quoted(VoteRecord.OFFICIAL_MEMBERS_LABEL)
            + "), cần ít nhất " + settings.minimumOfficialMembers() + " để biểu quyết hợp lệ; báo cáo cấp ủy cấp trên"
            + " để sắp xếp đảng viên vào tổ chức đảng phù hợp.");
      }
    }
    if (votesFor != null && votesFor < 0) {
      problems.add(quoted(VoteRecord.VOTES_FOR_LABEL) + " không được âm.");
    }
    if (against != null && against < 0) {
      problems.add(quoted(VoteRecord.VOTES_AGAINST_LABEL) + " không được âm.");
    }
    if (present != null) {
      if (present < 1) {
        problems.add(quoted(VoteRecord.PRESENT_VOTERS_LABEL) + " phải ít nhất là 1.");
      }
      if (roll != null && roll >= 0 && present > roll) {
        problems.add(quoted(VoteRecord.PRESENT_VOTERS_LABEL) + " (" + present + ") nhiều hơn "
            + quoted(VoteRecord.OFFICIAL_MEMBERS_LABEL) + " (" + roll + "); chỉ đảng viên chính thức được biểu quyết.");
      }
      if (votesFor != null && against != null && votesFor >= 0 && against >= 0 && votesFor + against > present) {
        problems.add(quoted(VoteRecord.VOTES_FOR_LABEL) + " (" + votesFor + ") cộng "
            + quoted(VoteRecord.VOTES_AGAINST_LABEL) + " (" + against + ") là " + (votesFor + against)
            + ", nhiều hơn " + quoted(VoteRecord.PRESENT_VOTERS_LABEL) + " (" + present + ").");
      }
    }
    LocalDate meeting = r.meetingDate();
    if (meeting != null) {
      LocalDate today = today();
      if (meeting.isAfter(today)) {
        problems.add(quoted(VoteRecord.MEETING_DATE_LABEL) + " " + format(meeting) + " ở tương lai (hôm nay là "
            + format(today) + "); chỉ ghi kết quả sau khi đã họp.");
      }
      if (r.previousStepDate() != null && meeting.isBefore(r.previousStepDate())) {
        String previous = isBlank(r.previousStepLabel()) ? "ngày của bước trước trong hồ sơ" : r.previousStepLabel();
        problems.add(quoted(VoteRecord.MEETING_DATE_LABEL) + " " + format(meeting) + " trước " + previous + " "
            + format(r.previousStepDate()) + ".");
      }
    }
    return problems;
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

  private static String quoted(String label) {
    return "“" + label + "”";
  }

  private static void missing(Object value, String label, List<String> problems) {
    if (value == null) {
      problems.add("Chưa nhập " + quoted(label) + ".");
    }
  }

  private static String lowerFirst(String text) {
    return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
  }

  private static boolean isBlank(String text) {
    return text == null || text.isBlank();
  }

  private static void require(Object value, String label) {
    if (value == null) {
      throw new IllegalArgumentException("Thiếu " + lowerFirst(label) + ".");
    }
  }

  private static void requireText(String value, String label) {
    if (isBlank(value)) {
      throw new IllegalArgumentException("Thiếu " + lowerFirst(label) + ".");
    }
  }
}
