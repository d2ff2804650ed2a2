package vn.nq21.workflow.admission;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Danh mục hồ sơ: which documents of §13.2(a)(b) of the domain specification the case has collected so
 * far, with their dates, as text the clerk and the supervisor read in the case's variables.
 */
final class DossierInventory {

  /** Each document: the variable holding its date, and its name with the form number (mẫu). */
  static final String[][] DOCUMENTS = {
      {"certificateIssueDate", "Giấy chứng nhận học lớp bồi dưỡng nhận thức về Đảng"},
      {"applicationDate", "Đơn xin vào Đảng (1-KNĐ)"},
      {"lyLichCertifiedDate", "Lý lịch của người xin vào Đảng (2-KNĐ) và các văn bản thẩm tra"},
      {"introducer1LetterDate", "Giấy giới thiệu người vào Đảng (3-KNĐ)"},
      {"introducer2LetterDate", "Giấy giới thiệu người vào Đảng thứ hai (3-KNĐ)"},
      {"introResolutionDate", "Nghị quyết giới thiệu của Đoàn / Công đoàn (4-KNĐ)"},
      {"commentSummaryDate", "Tổng hợp ý kiến nhận xét của đoàn thể và chi ủy nơi cư trú (5-KNĐ)"},
      {"resolutionDate", "Nghị quyết đề nghị kết nạp của chi bộ (6-KNĐ)"},
      {"appraisalDate", "Báo cáo thẩm định của đảng ủy bộ phận (7-KNĐ)"},
      {"dangUyResolutionDate", "Nghị quyết đề nghị kết nạp của đảng ủy cơ sở (8-KNĐ)"},
      {"decisionDate", "Quyết định kết nạp đảng viên (9-KNĐ)"},
      {"partyRecordDate", "Lý lịch đảng viên"},
      {"partyCardSlipDate", "Phiếu đảng viên"}};

  private DossierInventory() {}

  static String describe(AdmissionCase c) {
    List<String> lines = new ArrayList<>();
    for (String[] doc : DOCUMENTS) {
      LocalDate date = c.date(doc[0]);
      if (date != null) {
        lines.add("✔ " + doc[1] + " – " + AdmissionChecks.fmt(date));
      }
    }
    return String.join("\n", lines);
  }
}
