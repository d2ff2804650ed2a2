package vn.nq21.workflow.engine.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.Test;

/** The submission contract on a form with one field of each kind, value by value, at each limit. */
class SubmissionContractTest {

  static final String FORM = """
      {"id": "thu", "components": [
        {"id": "F1", "type": "textfield", "key": "ten", "label": "Tên", "validate": {"maxLength": 10}},
        {"id": "F2", "type": "textarea", "key": "ghiChu", "label": "Ghi chú"},
        {"id": "F3", "type": "number", "key": "soPhieu", "label": "Số phiếu", "validate": {"min": 0, "max": 99}},
        {"id": "F4", "type": "number", "key": "tien", "label": "Số tiền"},
        {"id": "F10", "type": "number", "key": "soNguoi", "label": "Số người", "decimalDigits": 0},
        {"id": "F11", "type": "datetime", "subtype": "time", "key": "gio", "timeLabel": "Giờ"},
        {"id": "F5", "type": "checkbox", "key": "dongY", "label": "Đồng ý"},
        {"id": "F6", "type": "datetime", "subtype": "date", "key": "ngay", "dateLabel": "Ngày"},
        {"id": "F7", "type": "radio", "key": "ketQua", "label": "Kết quả",
         "values": [{"label": "Đạt", "value": "DAT"}, {"label": "Không đạt", "value": "KHONG_DAT"}]},
        {"id": "F8", "type": "checklist", "key": "giayTo", "label": "Giấy tờ",
         "values": [{"label": "Đơn", "value": "DON"}, {"label": "Lý lịch", "value": "LY_LICH"}]},
        {"id": "F9", "type": "textfield", "key": "chiXem", "label": "Chỉ xem", "disabled": true},
        {"id": "T1", "type": "text", "text": "Không gửi gì"}
      ]}""";

  final SubmissionContract contract = new SubmissionContract(new SubmissionLimits(null, 50, 200, null));
  final FormFile form = read();

  private static FormFile read() {
    try {
      return FormFile.read("thu.form", FORM.getBytes(StandardCharsets.UTF_8));
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }

  private List<String> problems(VariableMap submitted) {
    return contract.problems(form, "Bước thử", submitted);
  }

  @Test
  void aSubmissionThatKeepsToTheFormPasses() {
    assertThat(problems(Variables.createVariables().putValue("ten", "Lan").putValue("ghiChu", "")
        .putValue("soPhieu", 7).putValue("tien", 1_500_000L).putValue("dongY", true).putValue("ngay", "2026-03-15")
        .putValue("ketQua", "DAT").putValueTyped("giayTo", SpinValues.jsonValue("[\"DON\", \"LY_LICH\"]").create())
        .putValue("soPhieu", null))).isEmpty();
  }

  @Test
  void namesTheFormDoesNotHaveAreRefused() {
    assertThat(problems(Variables.createVariables().putValue("bienLa", "x"))).singleElement().asString()
        .contains("không có trường “bienLa”");
    assertThat(problems(Variables.createVariables().putValue("bien\nGia mao dong log", "x"))).singleElement()
        .asString().doesNotContain("\n");
    assertThat(problems(Variables.createVariables().putValue("caseOrgId", "cb-khac"))).singleElement().asString()
        .contains("định danh");
    assertThat(problems(Variables.createVariables().putValue("chiXem", "đổi"))).singleElement().asString()
        .contains("chỉ để xem");
    assertThat(contract.problems(null, "Không biểu mẫu", Variables.createVariables().putValue("ten", "x")))
        .hasSize(1);
  }

  @Test
  void typesAreTheFormsTypes() {
    assertThat(problems(Variables.createVariables().putValueTyped("ten", SpinValues.jsonValue("{\"a\":1}").create())))
        .singleElement().asString().contains("cần văn bản");
    assertThat(problems(Variables.createVariables().putValue("soPhieu", "7"))).singleElement().asString()
        .contains("cần một số");
    assertThat(problems(Variables.createVariables().putValue("dongY", "true"))).singleElement().asString()
        .contains("đúng/sai");
    assertThat(problems(Variables.createVariables().putValue("ngay", "15/03/2026"))).singleElement().asString()
        .contains("không phải ngày hợp lệ");
    assertThat(problems(Variables.createVariables().putValue("ngay", new Date()))).isEmpty();
    assertThat(problems(Variables.createVariables().putValue("gio", "11:30"))).isEmpty();
    assertThat(problems(Variables.createVariables().putValue("gio", "11:30+07:00"))).isEmpty();
    assertThat(problems(Variables.createVariables().putValue("gio", "25:00"))).hasSize(1);
    assertThat(problems(Variables.createVariables().putValueTyped("giayTo", Variables.serializedObjectValue("[\"DON\"]")
        .serializationDataFormat("application/json").objectTypeName("java.util.ArrayList").create())))
        .singleElement().asString().contains("danh sách");
    assertThat(problems(Variables.createVariables().putValue("giayTo", "DON"))).singleElement().asString()
        .contains("danh sách");
  }

  @Test
  void limitsAreTheFormsOwnOrTheConfiguredOnes() {
    assertThat(problems(Variables.createVariables().putValue("ten", "a".repeat(10)))).isEmpty();
    assertThat(problems(Variables.createVariables().putValue("ten", "a".repeat(11)))).singleElement().asString()
        .contains("quá giới hạn 10 ký tự");
    assertThat(problems(Variables.createVariables().putValue("ghiChu", "a".repeat(50)))).isEmpty();
    assertThat(problems(Variables.createVariables().putValue("ghiChu", "a".repeat(51)))).singleElement().asString()
        .contains("quá giới hạn 50 ký tự");
    assertThat(problems(Variables.createVariables().putValue("soPhieu", 99))).isEmpty();
    assertThat(problems(Variables.createVariables().putValue("soPhieu", 100))).singleElement().asString()
        .contains("từ 0 đến 99");
    assertThat(problems(Variables.createVariables().putValue("soPhieu", -1))).hasSize(1);
    assertThat(problems(Variables.createVariables().putValue("tien", 1_000_000_001L))).singleElement().asString()
        .contains("đến 1000000000");
    assertThat(problems(Variables.createVariables().putValue("tien", Double.NaN))).hasSize(1);
    assertThat(problems(Variables.createVariables().putValue("soNguoi", 7))).isEmpty();
    assertThat(problems(Variables.createVariables().putValue("soNguoi", 2.7))).singleElement().asString()
        .contains("số nguyên");
    assertThat(problems(Variables.createVariables().putValue("soNguoi", 3.0))).isEmpty();
  }

  @Test
  void choicesAreTheFormsOptions() {
    assertThat(problems(Variables.createVariables().putValue("ketQua", "KHAC"))).singleElement().asString()
        .contains("lựa chọn");
    assertThat(problems(Variables.createVariables().putValueTyped("giayTo",
        SpinValues.jsonValue("[\"DON\", \"<b>KHAC</b>\"]").create()))).singleElement().asString().contains("lựa chọn");
    assertThat(problems(Variables.createVariables().putValueTyped("giayTo",
        SpinValues.jsonValue("[\"DON\"").create()))).singleElement().asString().contains("Json không hợp lệ");
    assertThat(problems(Variables.createVariables().putValueTyped("giayTo",
        SpinValues.jsonValue("[\"" + "x".repeat(300) + "\"]").create()))).singleElement().asString()
        .contains("quá lớn");
  }
}
