package vn.nq21.workflow.registry;

import java.time.LocalDate;

/**
 * A person in the registry.
 *
 * @param recordNumber số lý lịch
 * @param admissionDate ngày kết nạp (the admission decision's date; tuổi đảng counts from it, R-CN-08)
 * @param ceremonyDate ngày lễ kết nạp (probation runs 12 months from it, R-CN-01)
 * @param recognitionDate ngày công nhận chính thức (effective at the end of probation, R-CN-07)
 * @param cardNumber số thẻ đảng viên
 * @param certificateIssueDate issue date of the awareness-class certificate (R-KN-05)
 */
public record Member(
    long id,
    String recordNumber,
    String fullName,
    String gender,
    LocalDate birthDate,
    String identityNumber,
    String organizationCode,
    MemberStatus status,
    LocalDate statusSince,
    LocalDate admissionDate,
    LocalDate ceremonyDate,
    LocalDate recognitionDate,
    String cardNumber,
    LocalDate certificateIssueDate,
    int version) {

  /** This member as stored after its status changed to {@code next} on {@code since} (one update: one version more). */
  Member withStatus(MemberStatus next, LocalDate since) {
    return new Member(id, recordNumber, fullName, gender, birthDate, identityNumber, organizationCode, next, since,
        admissionDate, ceremonyDate, recognitionDate, cardNumber, certificateIssueDate, version + 1);
  }

  /** This member as stored after moving to {@code orgCode}. */
  Member inOrganization(String orgCode) {
    return new Member(id, recordNumber, fullName, gender, birthDate, identityNumber, orgCode, status, statusSince,
        admissionDate, ceremonyDate, recognitionDate, cardNumber, certificateIssueDate, version + 1);
  }

  /** This member as stored after {@code d}: a null field keeps the stored value, as the update's coalesce does. */
  Member withKeyDates(KeyDates d) {
    return new Member(id, recordNumber, fullName, gender, birthDate, identityNumber, organizationCode, status,
        statusSince, or(d.admissionDate(), admissionDate), or(d.ceremonyDate(), ceremonyDate),
        or(d.recognitionDate(), recognitionDate), or(d.cardNumber(), cardNumber),
        or(d.certificateIssueDate(), certificateIssueDate), version + 1);
  }

  private static <T> T or(T given, T stored) {
    return given != null ? given : stored;
  }
}
