package vn.nq21.workflow.ledgers;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The books a chi bộ brings in, each with the columns its sheet has (names as {@link SheetReader#column}). */
public enum LedgerKind {
  DANG_PHI("dang-phi", "Sổ đảng phí", List.of("so_ly_lich", "thang"),
      List.of("trang_thai", "so_tien", "ngay_nop", "ghi_chu")),
  MIEN_GIAM_DANG_PHI("mien-giam-dang-phi", "Miễn, giảm đảng phí", List.of("so_ly_lich", "loai", "tu_thang"),
      List.of("ty_le", "den_thang", "quyet_dinh", "ly_do")),
  SINH_HOAT("sinh-hoat", "Sổ sinh hoạt chi bộ", List.of("ngay_hop", "so_ly_lich", "tham_du"), List.of("ly_do")),
  XEP_LOAI("xep-loai", "Xếp loại đảng viên", List.of("nam", "so_ly_lich"),
      List.of("xep_loai", "ly_do_khong_xep_loai", "ngay_quyet_dinh"));

  private final String path;
  private final String label;
  private final List<String> required;
  private final List<String> optional;

  LedgerKind(String path, String label, List<String> required, List<String> optional) {
    this.path = path;
    this.label = label;
    this.required = required;
    this.optional = optional;
  }

  public String path() {
    return path;
  }

  public String label() {
    return label;
  }

  /** Columns every line must fill. */
  public List<String> required() {
    return required;
  }

  public List<String> optional() {
    return optional;
  }

  public static Optional<LedgerKind> byPath(String path) {
    return Arrays.stream(values()).filter(k -> k.path.equals(path)).findFirst();
  }
}
