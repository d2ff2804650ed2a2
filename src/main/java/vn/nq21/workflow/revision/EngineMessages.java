package vn.nq21.workflow.revision;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The engine's migration validation messages in Vietnamese. The engine writes them in English; an admin reads them
 * here. A message not in the list (a new engine version, an unusual model) is shown with a Vietnamese prefix and the
 * engine's own words, never dropped.
 */
final class EngineMessages {

  private static final Map<String, String> KNOWN = new LinkedHashMap<>();

  static {
    KNOWN.put("There is no migration instruction for this instance's activity",
        "phiên bản đích không có bước tương ứng với bước hồ sơ đang đứng (bước bị bỏ hoặc đổi id); hãy thêm một"
            + " ánh xạ “bước cũ > bước mới” hoặc để hồ sơ này ở phiên bản đang dùng");
    KNOWN.put("The type of the source activity is not supported for activity instance migration",
        "engine không chuyển được hồ sơ đang đứng ở loại bước này");
    KNOWN.put("Activities have incompatible types", "hai bước khác loại nhau (ví dụ việc của người với hồ sơ con),"
        + " không ánh xạ được");
    KNOWN.put("Transition instance is assigned to no sequence flow and target activity has more than one outgoing"
        + " sequence flow", "hồ sơ đang chờ chạy nền ở một bước mà phiên bản mới có nhiều lối ra");
    KNOWN.put("Transition instance is assigned to a sequence flow that cannot be matched in the target activity",
        "hồ sơ đang chờ chạy nền trên một luồng không có trong phiên bản mới");
    KNOWN.put("Target activity is not asyncBefore", "hồ sơ đang chờ chạy nền trước bước này, nhưng bước mới không chạy"
        + " nền");
    KNOWN.put("Target activity is not asyncAfter", "hồ sơ đang chờ chạy nền sau bước này, nhưng bước mới không chạy"
        + " nền");
    KNOWN.put("Cannot update event trigger because the activity does not define a persistent event trigger",
        "bước này không có hẹn giờ hoặc sự kiện để cập nhật");
    KNOWN.put("Must map the inner activity of a multi-instance body when the body is mapped",
        "bước lặp nhiều lần: phải ánh xạ cả bước bên trong");
    KNOWN.put("The target gateway must have at least the same number of incoming sequence flows that the source"
        + " gateway has", "cổng hợp nhất ở phiên bản mới có ít lối vào hơn phiên bản cũ");
    KNOWN.put("Conditional event has to migrate with update event trigger.", "sự kiện điều kiện phải được cập nhật"
        + " khi chuyển");
  }

  private EngineMessages() {}

  static String vietnamese(String message) {
    if (message == null || message.isBlank()) {
      return "engine báo lỗi không kèm lời giải thích";
    }
    for (Map.Entry<String, String> known : KNOWN.entrySet()) {
      if (message.contains(known.getKey())) {
        return known.getValue();
      }
    }
    return "engine từ chối: " + message;
  }
}
