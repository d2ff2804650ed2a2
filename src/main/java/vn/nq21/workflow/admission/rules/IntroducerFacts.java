package vn.nq21.workflow.admission.rules;

import java.time.LocalDate;
import java.util.List;

/**
 * What the introducer check needs to know (R-KN-08 … R-KN-10a).
 *
 * @param pattern HAI_DANG_VIEN (two official members), DOAN (Đoàn resolution + one member) or CONG_DOAN
 *     (trade-union resolution + one member)
 * @param isDoanVien the candidate is a đoàn viên
 * @param candidateBirthDate the candidate's date of birth (Đoàn age on the vote date, R-KN-10)
 * @param hasDoanOrganisation the candidate's workplace or unit has a Đoàn organisation
 * @param isUnionMember the candidate is a trade-union member
 * @param voteDate the chi bộ meeting date (planned, if not yet held); null: today (engine clock)
 * @param memberIntroducers the introducing party members, in the order of the dossier
 */
public record IntroducerFacts(
    String pattern,
    boolean isDoanVien,
    LocalDate candidateBirthDate,
    boolean hasDoanOrganisation,
    boolean isUnionMember,
    LocalDate voteDate,
    List<MemberIntroducer> memberIntroducers) {

  public IntroducerFacts {
    memberIntroducers = memberIntroducers == null ? List.of() : List.copyOf(memberIntroducers);
  }

  /**
   * One introducing party member and their letter (giấy giới thiệu, mẫu 3-KNĐ).
   *
   * @param recordNumber the introducer's số lý lịch in the registry
   * @param togetherSince since when they have worked, studied or lived together with the candidate
   * @param letterDate the date of the introducer's letter; R-KN-09 is evaluated on it
   */
  public record MemberIntroducer(String recordNumber, LocalDate togetherSince, LocalDate letterDate) {}
}
