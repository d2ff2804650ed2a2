package vn.nq21.workflow.registry;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** Primary statuses of a person in the registry (domain specification §12.1) and the moves between them (§12.3). */
public enum MemberStatus {
  QUAN_CHUNG("Quần chúng"),
  QUAN_CHUNG_UU_TU("Quần chúng ưu tú"),
  CAM_TINH_DANG("Đối tượng kết nạp (cảm tình Đảng)"),
  DANG_XET_KET_NAP("Đang xét kết nạp"),
  DU_BI("Đảng viên dự bị"),
  CHINH_THUC("Đảng viên chính thức"),
  XOA_TEN("Đã xóa tên"),
  KHAI_TRU("Bị khai trừ"),
  TU_TRAN("Từ trần");

  private final String label;

  MemberStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** A party member (dự bị or chính thức). */
  public boolean isMember() {
    return this == DU_BI || this == CHINH_THUC;
  }

  /** Has left the registry's living roll. */
  public boolean isFinal() {
    return this == TU_TRAN;
  }

  private static final Map<MemberStatus, Set<MemberStatus>> ALLOWED = Map.of(
      QUAN_CHUNG, EnumSet.of(QUAN_CHUNG_UU_TU, TU_TRAN),
      QUAN_CHUNG_UU_TU, EnumSet.of(CAM_TINH_DANG, QUAN_CHUNG, TU_TRAN),
      // certificate expired → back to QUAN_CHUNG_UU_TU (R-KN-05); application accepted → DANG_XET_KET_NAP
      CAM_TINH_DANG, EnumSet.of(QUAN_CHUNG_UU_TU, DANG_XET_KET_NAP, TU_TRAN),
      // vote failed, refused or withdrawn → back (§5.5); ceremony held → DU_BI
      DANG_XET_KET_NAP, EnumSet.of(CAM_TINH_DANG, QUAN_CHUNG_UU_TU, DU_BI, TU_TRAN),
      DU_BI, EnumSet.of(CHINH_THUC, XOA_TEN, KHAI_TRU, TU_TRAN),
      CHINH_THUC, EnumSet.of(XOA_TEN, KHAI_TRU, TU_TRAN),
      // complaint upheld → the previous status; re-admission after 36 months (R-KN-22): the admission's steps
      // again from the start, as a quần chúng ưu tú [I] (§12.3 names DANG_XET_KET_NAP, kept for a case opened there)
      XOA_TEN, EnumSet.of(DU_BI, CHINH_THUC, DANG_XET_KET_NAP, QUAN_CHUNG_UU_TU),
      KHAI_TRU, EnumSet.of(DU_BI, CHINH_THUC, DANG_XET_KET_NAP, QUAN_CHUNG_UU_TU),
      TU_TRAN, EnumSet.noneOf(MemberStatus.class));

  public boolean canMoveTo(MemberStatus next) {
    return ALLOWED.get(this).contains(next);
  }
}
