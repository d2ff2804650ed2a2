package vn.nq21.workflow.registry;

/**
 * A matter open about a member that stops a transfer (R-CS-03) or a removal's decision (R-RK-05) until it is
 * concluded. The discipline procedure itself is outside this system: an authorised clerk records the matter here.
 */
public enum Hold {
  KIEM_TRA("Đang bị kiểm tra"),
  KY_LUAT("Đang xem xét kỷ luật"),
  /** A discipline case proposing khai trừ: it takes precedence over xóa tên and xin ra (R-RK-05). */
  DE_NGHI_KHAI_TRU("Đang xem xét kỷ luật với đề nghị khai trừ"),
  KHIEU_NAI("Có khiếu nại chưa giải quyết xong");

  private final String label;

  Hold(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
