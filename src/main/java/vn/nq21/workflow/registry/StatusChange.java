package vn.nq21.workflow.registry;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One entry of a person's status history: what changed, from when, why ({@code reasonCode} for a removal, §9.5a),
 * and which case and user caused it. {@code hardship} is set only for a xin ra (R-KN-23).
 */
public record StatusChange(
    long id,
    long memberId,
    MemberStatus fromStatus,
    MemberStatus toStatus,
    LocalDate effectiveDate,
    String reason,
    String caseId,
    String userId,
    Instant recordedAt,
    ReasonCode reasonCode,
    Boolean hardship) {}
