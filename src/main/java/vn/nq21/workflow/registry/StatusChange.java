package vn.nq21.workflow.registry;

import java.time.Instant;
import java.time.LocalDate;

/** One entry of a person's status history: what changed, from when, and which case and user caused it. */
public record StatusChange(
    long id,
    long memberId,
    MemberStatus fromStatus,
    MemberStatus toStatus,
    LocalDate effectiveDate,
    String reason,
    String caseId,
    String userId,
    Instant recordedAt) {}
