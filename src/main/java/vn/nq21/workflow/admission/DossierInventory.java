package vn.nq21.workflow.admission;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Danh mục hồ sơ: which documents of §13.2 of the domain specification the case has collected so far —
 * (a)(b) for an admission, (c) for a recognition — with their dates, as text the clerk and the supervisor
 * read in the case's variables.
 */
final class DossierInventory {

  /** Each document of an admission: the variable holding its date, and its name with the form number (mẫu). */
  static final String[][] ADMISSION = {
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

  /** §13.2(c): the recognition dossier. */
  static final String[][] RECOGNITION = {
      {"newMemberCertificateDate", "Giấy chứng nhận học lớp bồi dưỡng đảng viên mới"},
      {"selfReviewDate", "Bản tự kiểm điểm của đảng viên dự bị (10-KNĐ)"},
      {"helperReportDate", "Bản nhận xét của người giúp đỡ (11-KNĐ)"},
      {"probationCommentSummaryDate", "Tổng hợp ý kiến nhận xét của đoàn thể và chi ủy nơi cư trú (12-KNĐ)"},
      {"resolutionDate", "Nghị quyết của chi bộ về công nhận hoặc xóa tên (13-KNĐ)"},
      {"appraisalDate", "Báo cáo thẩm định của đảng ủy bộ phận (14-KNĐ)"},
      {"dangUyResolutionDate", "Nghị quyết của đảng ủy cơ sở (15-KNĐ)"},
      {"decisionDate", "Quyết định công nhận đảng viên chính thức hoặc xóa tên (16-KNĐ)"}};

  private DossierInventory() {}

  static String describe(AdmissionCase c, String processKey) {
    List<String> lines = new ArrayList<>();
    boolean admission = !ProbationSteps.PROCESS_KEY.equals(processKey);
    for (String[] doc : admission ? ADMISSION : RECOGNITION) {
      if (admission && doc[0].equals("decisionDate") && !"KET_NAP".equals(c.text("decisionOutcome"))) {
        continue; // a refusal is a written notice, not the admission decision
      }
      LocalDate date = c.date(doc[0]);
      if (date != null) {
        lines.add("✔ " + doc[1] + " – " + AdmissionChecks.fmt(date));
      }
    }
    return String.join("\n", lines);
  }
}
