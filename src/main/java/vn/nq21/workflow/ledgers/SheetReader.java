package vn.nq21.workflow.ledgers;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Reads the sheet a clerk uploads, CSV (comma or semicolon, UTF-8) or Excel (.xlsx, .xls: the first sheet), into
 * rows keyed by column. The first row names the columns; a name is compared without accents, case or spacing, so
 * "Số lý lịch", "so_ly_lich" and "SO LY LICH" are the same column. A date typed as an Excel date reads as
 * yyyy-MM-dd. Line numbers are the sheet's own, header included, so a clerk finds the line the message names.
 */
public final class SheetReader {

  /** One line of the sheet: its number as the clerk sees it, and its cells by normalised column name. */
  public record SheetRow(int line, Map<String, String> cells) {

    public String get(String column) {
      String value = cells.get(column);
      return value == null || value.isBlank() ? null : value.trim();
    }
  }

  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(SheetReader.class);

  private SheetReader() {}

  public static List<SheetRow> read(String fileName, byte[] content) {
    String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
    try {
      if (name.endsWith(".xlsx") || name.endsWith(".xls")) {
        return excel(content);
      }
      if (name.endsWith(".csv") || name.endsWith(".txt")) {
        return csv(new String(content, StandardCharsets.UTF_8));
      }
    } catch (IOException | RuntimeException e) {
      // the library's own (English) words go to the log; the clerk reads what to do
      LOG.info("Không đọc được tệp {}: {}", fileName, e.toString());
      throw new LedgerImportException(List.of("Không đọc được tệp “" + fileName + "”: tệp hỏng, không phải bảng tính,"
          + " hoặc dòng đầu có hai cột trùng tên. Lưu lại từ Excel dưới dạng .xlsx hoặc .csv (UTF-8) rồi nhập lại."));
    }
    throw new LedgerImportException(List.of("Tệp “" + fileName + "” không phải .csv, .xlsx hoặc .xls."));
  }

  static List<SheetRow> csv(String text) throws IOException {
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    String firstLine = body.lines().findFirst().orElse("");
    char delimiter = count(firstLine, ';') > count(firstLine, ',') ? ';' : ',';
    CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
        .setIgnoreEmptyLines(true).setTrim(true).get();
    List<SheetRow> rows = new ArrayList<>();
    try (Reader reader = new java.io.StringReader(body); CSVParser parser = CSVParser.parse(reader, format)) {
      List<String> header = parser.getHeaderNames().stream().map(SheetReader::column).toList();
      int counted = 0;
      int line = 1;
      for (CSVRecord record : parser) {
        // the line the record starts on, as an editor numbers it (blank lines and multi-line cells included)
        int start = (int) record.getCharacterPosition();
        for (; counted < start && counted < body.length(); counted++) {
          if (body.charAt(counted) == '\n') {
            line++;
          }
        }
        Map<String, String> cells = new LinkedHashMap<>();
        for (int i = 0; i < header.size() && i < record.size(); i++) {
          cells.put(header.get(i), record.get(i));
        }
        if (cells.values().stream().anyMatch(v -> v != null && !v.isBlank())) {
          rows.add(new SheetRow(line, cells));
        }
      }
    }
    return rows;
  }

  static List<SheetRow> excel(byte[] content) throws IOException {
    List<SheetRow> rows = new ArrayList<>();
    DataFormatter formatter = new DataFormatter(new Locale("vi", "VN"));
    try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(content))) {
      Sheet sheet = workbook.getSheetAt(0);
      Row headerRow = sheet.getRow(sheet.getFirstRowNum());
      if (headerRow == null) {
        return rows;
      }
      List<String> header = new ArrayList<>();
      for (int c = 0; c < headerRow.getLastCellNum(); c++) {
        Cell cell = headerRow.getCell(c);
        header.add(cell == null ? "" : column(formatter.formatCellValue(cell)));
      }
      for (int r = sheet.getFirstRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
        Row row = sheet.getRow(r);
        if (row == null) {
          continue;
        }
        Map<String, String> cells = new LinkedHashMap<>();
        for (int c = 0; c < header.size(); c++) {
          Cell cell = row.getCell(c);
          cells.put(header.get(c), cell == null ? null : text(cell, formatter));
        }
        if (cells.values().stream().anyMatch(v -> v != null && !v.isBlank())) {
          rows.add(new SheetRow(r + 1, cells));
        }
      }
    }
    return rows;
  }

  private static String text(Cell cell, DataFormatter formatter) {
    if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
      return cell.getLocalDateTimeCellValue().toLocalDate().toString();
    }
    if (cell.getCellType() == CellType.NUMERIC) {
      double value = cell.getNumericCellValue();
      return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
    return formatter.formatCellValue(cell);
  }

  /** A column's name without accents, case or spacing: "Số lý lịch" → "so_ly_lich". */
  public static String column(String name) {
    String plain = Normalizer.normalize(name == null ? "" : name.strip(), Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "").replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT);
    return plain.replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
  }

  private static long count(String text, char c) {
    return text.chars().filter(ch -> ch == c).count();
  }
}
