package vn.nq21.workflow.admission;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.nq21.workflow.support.CaseDriver.vars;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.nq21.workflow.engine.SubmissionRejectedException;
import vn.nq21.workflow.registry.Member;
import vn.nq21.workflow.registry.MemberStatus;
import vn.nq21.workflow.registry.NewPerson;
import vn.nq21.workflow.registry.ReasonCode;
import vn.nq21.workflow.support.ProcessTestBase;

/**
 * A chi ủy that opens an admission case for someone who left the Party is told, from the registry, whether and when
 * they may be considered again (R-KN-22, R-KN-23), instead of a bare "wrong status".
 */
class ReadmissionAtOpeningTest extends ProcessTestBase {

  @Test
  void theClerkIsToldWhyAndUntilWhenAFormerMemberCannotBeOpened() {
    AdmissionDriver d = new AdmissionDriver(engine);
    d.on("2026-01-05");
    String record = "RA-OPEN-" + System.nanoTime();
    Member m = registry.register(new NewPerson(record, "Đỗ Văn Từng Là Đảng Viên", "NAM", LocalDate.of(1980, 1, 1),
        null, "cb-thon-dong", MemberStatus.CHINH_THUC, LocalDate.of(2026, 1, 2)), null);
    registry.changeStatus(m.id(), MemberStatus.XOA_TEN, LocalDate.of(2026, 2, 2), ReasonCode.KHONG_DONG_DANG_PHI,
        "Quyết định xóa tên số 3-QĐ/ĐU", null);
    d.on("2026-03-02");
    assertThatThrownBy(() -> d.start("cb-thon-dong.chi-uy", vars("candidateRecordNumber", record)))
        .isInstanceOf(SubmissionRejectedException.class)
        .hasMessageContaining("ra khỏi Đảng ngày 02/02/2026")
        .hasMessageContaining("chưa đủ 36 tháng")
        .hasMessageContaining("sớm nhất từ ngày 02/02/2029");
  }
}
