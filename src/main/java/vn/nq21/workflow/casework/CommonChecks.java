package vn.nq21.workflow.casework;

/** Checks of steps every procedure has in the same shape. */
public final class CommonChecks {

  private CommonChecks() {}

  /** A supervisor's review of a late step (every procedure's escalations). */
  public static void lateReview(CaseReader c, Problems p) {
    p.past("lateReviewDate", "Ngày xử lý");
    p.required("lateReviewNotes", "Kiểm điểm trách nhiệm, biện pháp xử lý");
  }

  /** The chi ủy stops a case (withdrawal, death, other): the reason, its date, and the clerk's confirmation. */
  public static void stop(CaseReader c, Problems p) {
    p.required("stopReason", "Lý do dừng hồ sơ");
    p.past("stopDate", "Ngày dừng hồ sơ");
    if (!c.flag("stopConfirmed")) {
      p.add("Chưa đánh dấu “Tôi xác nhận dừng hồ sơ này”.");
    }
  }
}
