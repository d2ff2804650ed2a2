package vn.nq21.workflow.removal;

import static vn.nq21.workflow.casework.CaseDates.fmt;

import java.time.LocalDate;
import org.springframework.stereotype.Component;
import vn.nq21.workflow.casework.CaseReader;
import vn.nq21.workflow.casework.Problems;
import vn.nq21.workflow.engine.CaseVariables;
import vn.nq21.workflow.registry.Hold;
import vn.nq21.workflow.registry.Member;
import vn.nq21.workflow.registry.MemberHolds;
import vn.nq21.workflow.registry.MemberRegistry;
import vn.nq21.workflow.registry.MemberStatus;
import vn.nq21.workflow.review.DecisionGuard;

/**
 * R-RK-05 at the competent body's decision (XT06, XR04): while a discipline case proposing khai trừ is open for the
 * member (the registry's DE_NGHI_KHAI_TRU, set by an authorised clerk), xóa tên and xin ra are not decided; and the
 * member must still be an official member on the decision's date.
 */
@Component
class KhaiTruPrecedence implements DecisionGuard {

  private final MemberRegistry registry;
  private final MemberHolds holds;

  KhaiTruPrecedence(MemberRegistry registry, MemberHolds holds) {
    this.registry = registry;
    this.holds = holds;
  }

  @Override
  public String procedure() {
    return RemovalSteps.PROCESS_KEY;
  }

  @Override
  public void check(CaseReader c, Problems p, LocalDate decisionDate) {
    Member member = registry.require(c.id(CaseVariables.MEMBER));
    holds.on(member.id(), decisionDate).stream().filter(h -> h.hold() == Hold.DE_NGHI_KHAI_TRU).forEach(h -> p.add(
        member.fullName() + " đang bị xem xét kỷ luật với đề nghị khai trừ (từ ngày " + fmt(h.validFrom()) + ": "
            + h.reason() + "): chưa quyết định xóa tên được. Vi phạm đến mức khai trừ phải xử lý bằng kỷ luật, không"
            + " dùng xóa tên hay xin ra (R-RK-05); quyết định khi việc kỷ luật đã kết thúc."));
    if (registry.statusOn(member.id(), decisionDate) != MemberStatus.CHINH_THUC) {
      p.add(member.fullName() + " không phải đảng viên chính thức vào ngày " + fmt(decisionDate) + " (“"
          + registry.statusOn(member.id(), decisionDate).label() + "”).");
    }
  }
}
