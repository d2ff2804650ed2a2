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
    int version) {}
