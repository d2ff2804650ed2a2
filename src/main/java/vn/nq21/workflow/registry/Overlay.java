package vn.nq21.workflow.registry;

import java.util.EnumSet;
import java.util.Set;

/**
 * A state a member carries on top of their status (§12.2), for a dated period; several may hold at once. Only
 * members carry overlays, and each overlay only on the statuses the regulation names.
 */
public enum Overlay {
  /** Miễn công tác và sinh hoạt đảng (§8): stays on the roll, out of the denominator only when absent (R-MS-06). */
  MIEN_SH("Miễn công tác và sinh hoạt đảng", EnumSet.of(MemberStatus.CHINH_THUC, MemberStatus.DU_BI)),
  /** Sinh hoạt tạm thời ở nơi khác (§7): out of the official chi bộ's denominator (R-GEN-05a). */
  SH_TAM_THOI("Sinh hoạt tạm thời ở nơi khác", EnumSet.of(MemberStatus.CHINH_THUC, MemberStatus.DU_BI)),
  /** Đang chuyển sinh hoạt (§7): counted by the sending organisation until the receiving one accepts (R-CS-11). */
  DANG_CHUYEN("Đang chuyển sinh hoạt", EnumSet.of(MemberStatus.CHINH_THUC, MemberStatus.DU_BI)),
  /** Đình chỉ sinh hoạt đảng: out of the denominator (R-GEN-05c). */
  DINH_CHI("Đình chỉ sinh hoạt đảng", EnumSet.of(MemberStatus.CHINH_THUC, MemberStatus.DU_BI)),
  /** Trong danh sách cần giáo dục, giúp đỡ: its start is the 12-month clock of R-RK-02. */
  DANG_GIAO_DUC("Trong danh sách cần giáo dục, giúp đỡ", EnumSet.of(MemberStatus.CHINH_THUC));

  private final String label;
  private final Set<MemberStatus> allowedOn;

  Overlay(String label, Set<MemberStatus> allowedOn) {
    this.label = label;
    this.allowedOn = allowedOn;
  }

  public String label() {
    return label;
  }

  /** The statuses a member may have on the day the overlay starts. */
  public Set<MemberStatus> allowedOn() {
    return allowedOn;
  }

  /** A dự bị member is exempted only with a recorded justification (§12.3, R-MS-08). */
  public boolean needsJustification(MemberStatus status) {
    return this == MIEN_SH && status == MemberStatus.DU_BI;
  }

  /** The overlay says where: the temporary chi bộ, or the organisation a transfer goes to. */
  public boolean needsOrganization() {
    return this == SH_TAM_THOI || this == DANG_CHUYEN;
  }
}
