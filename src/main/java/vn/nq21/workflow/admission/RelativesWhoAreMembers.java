package vn.nq21.workflow.admission;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.nq21.workflow.casework.CaseReader;
import vn.nq21.workflow.casework.Problems;
import vn.nq21.workflow.registry.Member;
import vn.nq21.workflow.registry.MemberRegistry;
import vn.nq21.workflow.registry.MemberStatus;

/**
 * R-KN-07a at the verification step (KN06): the candidate's relatives who are party members, each with the relation
 * and the số thẻ đảng viên, marked "không phải thẩm tra (là đảng viên)". The form has {@value #SLOTS} of them
 * ({@code relative1Name} …), each shown once the one before is filled: form-js's dynamic list cannot be used, as
 * Tasklist 7.24 keeps the complete button disabled once a row is edited. Only a father, mother, sibling or
 * child is spared a separate verification, and only when fully declared in the lý lịch; a spouse or a parent-in-law
 * who is a member is still verified (R-KN-07). A card the registry knows must be that person's and a member's; a card
 * it does not know (another province) is taken as declared. Those accepted are kept in words on the case.
 */
@Component
class RelativesWhoAreMembers {

  static final int SLOTS = 6;
  static final String TEXT = "relativesExemptText";

  /** The relations R-KN-07a spares, with how a clerk names them. */
  private static final Map<String, String> SPARED = Map.of("CHA_DE", "cha đẻ", "ME_DE", "mẹ đẻ",
      "ANH_CHI_EM_RUOT", "anh, chị, em ruột", "CON_DE", "con đẻ");
  private static final Map<String, String> VERIFIED_ANYWAY = Map.of("VO_CHONG", "vợ (chồng)",
      "CHA_ME_VO_CHONG", "cha, mẹ vợ (chồng)", "NGUOI_NUOI_DUONG", "người trực tiếp nuôi dưỡng");
  private static final Set<MemberStatus> MEMBERS = Set.of(MemberStatus.DU_BI, MemberStatus.CHINH_THUC);

  private final MemberRegistry registry;

  RelativesWhoAreMembers(MemberRegistry registry) {
    this.registry = registry;
  }

  void check(CaseReader c, Problems p) {
    List<String> accepted = new ArrayList<>();
    for (int i = 1; i <= SLOTS; i++) {
      String slot = "relative" + i;
      String name = c.text(slot + "Name");
      String relation = c.text(slot + "Relation");
      String card = c.text(slot + "Card");
      String organization = c.text(slot + "Org");
      if (name == null && relation == null && card == null && organization == null) {
        continue;
      }
      String where = "Người thân là đảng viên thứ " + i;
      String named = name == null ? "" : " (" + name + ")";
      int before = p.list().size();
      if (name == null) {
        p.add(where + ": chưa nhập họ và tên.");
      }
      if (card == null) {
        p.add(where + named + ": chưa nhập số thẻ đảng viên.");
      }
      if (relation == null) {
        p.add(where + ": chưa chọn quan hệ với người vào Đảng.");
      } else if (VERIFIED_ANYWAY.containsKey(relation)) {
        p.add(where + " (" + (name == null ? "" : name + ", ") + VERIFIED_ANYWAY.get(relation) + "): vẫn phải thẩm tra; chỉ cha, mẹ, anh,"
            + " chị, em, con là đảng viên mới không phải thẩm tra riêng (R-KN-07a). Ghi người này vào “Những người đã"
            + " thẩm tra, xác minh”.");
      } else if (!SPARED.containsKey(relation)) {
        p.add(where + ": quan hệ “" + relation + "” không có trong danh sách.");
      }
      if (!c.flag(slot + "Declared")) {
        p.add(where + named + ": chỉ không phải thẩm tra khi đã khai đầy đủ trong lý"
            + " lịch người xin vào Đảng (R-KN-07a); đánh dấu ô đã khai đầy đủ.");
      }
      if (name != null && card != null) {
        Optional<Member> holder = registry.findByCardNumber(card);
        if (holder.isPresent() && !same(holder.get().fullName(), name)) {
          p.add(where + ": số thẻ " + card + " trong sổ đảng viên là của " + holder.get().fullName() + ", không phải "
              + name + ".");
        } else if (holder.isPresent() && !MEMBERS.contains(holder.get().status())) {
          p.add(where + ": " + name + " (thẻ số " + card + ") không còn là đảng viên theo sổ ("
              + holder.get().status().label() + "): phải thẩm tra như người thân khác.");
        }
      }
      if (p.list().size() == before) {
        accepted.add(name + " (" + SPARED.get(relation) + ", thẻ đảng viên số " + card
            + (organization == null ? "" : ", " + organization) + ")");
      }
    }
    if (p.ok()) {
      c.update(TEXT, accepted.isEmpty() ? null : "Không phải thẩm tra (là đảng viên): " + String.join("; ", accepted)
          + ".");
    }
  }

  private static boolean same(String a, String b) {
    return normal(a).equals(normal(b));
  }

  private static String normal(String name) {
    return Normalizer.normalize(name, Normalizer.Form.NFC).trim().replaceAll("\\s+", " ")
        .toLowerCase(Locale.forLanguageTag("vi"));
  }
}
