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

  private static final java.util.Map<String, String> HEADINGS = java.util.Map.ofEntries(
      java.util.Map.entry("so_ly_lich", "Số lý lịch"), java.util.Map.entry("thang", "Tháng"),
      java.util.Map.entry("trang_thai", "Trạng thái"), java.util.Map.entry("so_tien", "Số tiền"),
      java.util.Map.entry("ngay_nop", "Ngày nộp"), java.util.Map.entry("ghi_chu", "Ghi chú"),
      java.util.Map.entry("loai", "Loại"), java.util.Map.entry("tu_thang", "Từ tháng"),
      java.util.Map.entry("ty_le", "Tỷ lệ"), java.util.Map.entry("den_thang", "Đến tháng"),
      java.util.Map.entry("quyet_dinh", "Quyết định"), java.util.Map.entry("ly_do", "Lý do"),
      java.util.Map.entry("ngay_hop", "Ngày họp"), java.util.Map.entry("tham_du", "Tham dự"),
      java.util.Map.entry("nam", "Năm"), java.util.Map.entry("xep_loai", "Xếp loại"),
      java.util.Map.entry("ly_do_khong_xep_loai", "Lý do không xếp loại"),
      java.util.Map.entry("ngay_quyet_dinh", "Ngày quyết định"));

  /** The column's heading as a clerk writes it ("Số lý lịch" for so_ly_lich); either form is read. */
  public static String heading(String column) {
    return HEADINGS.getOrDefault(column, column);
  }

  public static Optional<LedgerKind> byPath(String path) {
    return Arrays.stream(values()).filter(k -> k.path.equals(path)).findFirst();
  }
}
