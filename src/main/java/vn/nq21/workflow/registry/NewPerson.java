package vn.nq21.workflow.registry;

import java.time.LocalDate;

/** What the registry needs to know about a person the first time a procedure names them. */
public record NewPerson(
    String recordNumber,
    String fullName,
    String gender,
    LocalDate birthDate,
    String identityNumber,
    String organizationCode,
    MemberStatus status,
    LocalDate statusSince) {}
