package vn.nq21.workflow.security;

import java.net.ConnectException;
import java.sql.SQLException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;

/**
 * Turns the two start-up failures an operator meets first (settings, database) into a short message
 * that says what to set, instead of a stack trace.
 */
public class StartupFailureAnalyzer implements FailureAnalyzer {

  private final FailureAnalyzer settings = new AbstractFailureAnalyzer<ProductionSettingsException>() {
    @Override
    protected FailureAnalysis analyze(Throwable root, ProductionSettingsException cause) {
      return new FailureAnalysis(cause.getMessage(),
          "Đặt các biến môi trường nêu trên (xem README, mục Vận hành / Operations) rồi khởi động lại.", cause);
    }
  };

  private final FailureAnalyzer database = new AbstractFailureAnalyzer<SQLException>() {
    @Override
    protected FailureAnalysis analyze(Throwable root, SQLException cause) {
      Throwable c = cause;
      boolean connection = "08001".equals(cause.getSQLState()) || "28P01".equals(cause.getSQLState())
          || "3D000".equals(cause.getSQLState());
      while (c != null && !connection) {
        connection = c instanceof ConnectException;
        c = c.getCause();
      }
      if (!connection) {
        return null;
      }
      return new FailureAnalysis("Không kết nối được cơ sở dữ liệu: " + cause.getMessage(),
          "Kiểm tra NQ21_DB_URL (máy chủ, cổng, tên cơ sở dữ liệu), NQ21_DB_USER và NQ21_DB_PASSWORD,"
              + " và rằng PostgreSQL đang chạy và cho phép kết nối từ máy này.", cause);
    }
  };

  @Override
  public FailureAnalysis analyze(Throwable failure) {
    FailureAnalysis analysis = settings.analyze(failure);
    return analysis != null ? analysis : database.analyze(failure);
  }
}
