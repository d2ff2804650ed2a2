package vn.nq21.workflow.registry;

/**
 * Why a person left (§9.5a), stored with the status change that records it; re-admission depends on it (R-KN-22/23).
 * The ground letters are those of R-RK-01.
 */
public enum ReasonCode {
  BO_SINH_HOAT("Bỏ sinh hoạt đảng", MemberStatus.XOA_TEN, MemberStatus.CHINH_THUC),
  KHONG_DONG_DANG_PHI("Không đóng đảng phí 3 tháng trong năm", MemberStatus.XOA_TEN, MemberStatus.CHINH_THUC),
  TU_Y_TRA_HUY_THE("Tự ý trả hoặc hủy thẻ đảng viên", MemberStatus.XOA_TEN, MemberStatus.CHINH_THUC),
  GIAM_SUT_Y_CHI("Giảm sút ý chí, không tiến bộ sau 12 tháng giáo dục", MemberStatus.XOA_TEN, MemberStatus.CHINH_THUC),
  VI_PHAM_TU_CACH_2_NAM("Hai năm liền vi phạm tư cách đảng viên", MemberStatus.XOA_TEN, MemberStatus.CHINH_THUC),
  KHONG_DAM_BAO_TCCT("Không bảo đảm tiêu chuẩn chính trị", MemberStatus.XOA_TEN, MemberStatus.CHINH_THUC),
  /** R-CN-09: the only way a dự bị member is struck off. */
  DU_BI_KHONG_DU_TU_CACH("Đảng viên dự bị không đủ tư cách", MemberStatus.XOA_TEN, MemberStatus.DU_BI),
  XIN_RA("Xin ra khỏi Đảng", MemberStatus.XOA_TEN, MemberStatus.CHINH_THUC),
  KHAI_TRU("Khai trừ", MemberStatus.KHAI_TRU, MemberStatus.CHINH_THUC, MemberStatus.DU_BI);

  private final String label;
  private final MemberStatus leadsTo;
  private final java.util.Set<MemberStatus> from;

  ReasonCode(String label, MemberStatus leadsTo, MemberStatus... from) {
    this.label = label;
    this.leadsTo = leadsTo;
    this.from = java.util.Set.of(from);
  }

  /** The statuses a change with this reason may start from (§12.3: R-RK-01 grounds for official members only). */
  public java.util.Set<MemberStatus> from() {
    return from;
  }

  public String label() {
    return label;
  }

  /** The status a change with this reason moves to. */
  public MemberStatus leadsTo() {
    return leadsTo;
  }
}
