package vn.nq21.workflow.benchmark;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import javax.sql.DataSource;

/**
 * Counts the SQL statements a thread runs between {@link #start()} and {@link #stop()}: a wrapper around the
 * DataSource that hands out counting connections only while counting is on, so the timed runs use the plain
 * connections. A statement is one execution or one row added to a JDBC batch (the engine flushes its inserts and
 * updates in batches); {@code executeBatch} itself is not counted again.
 */
final class SqlCounter {

  /** Statements per kind (SELECT, INSERT, UPDATE, DELETE, OTHER) and per statement text, summed over steps. */
  static final class Tally {
    final Map<String, LongAdder> byKind = new ConcurrentHashMap<>();
    final Map<String, LongAdder> byStatement = new ConcurrentHashMap<>();
    final LongAdder steps = new LongAdder();

    void add(Map<String, Integer> kinds, Map<String, Integer> statements) {
      kinds.forEach((k, n) -> byKind.computeIfAbsent(k, x -> new LongAdder()).add(n));
      statements.forEach((s, n) -> byStatement.computeIfAbsent(s, x -> new LongAdder()).add(n));
      steps.increment();
    }

    double perStep(String kind) {
      long n = steps.sum();
      return n == 0 ? 0 : byKind.getOrDefault(kind, new LongAdder()).sum() / (double) n;
    }

    double totalPerStep() {
      long n = steps.sum();
      return n == 0 ? 0 : byKind.values().stream().mapToLong(LongAdder::sum).sum() / (double) n;
    }

    /** The statements, most frequent first, with their count per step. */
    void print(PrintWriter out) {
      long n = Math.max(1, steps.sum());
      out.printf(Locale.ROOT, "%d task completions; per completion: %.1f statements (%s)%n", steps.sum(),
          totalPerStep(), kindsPerStep());
      byStatement.entrySet().stream()
          .sorted((a, b) -> Long.compare(b.getValue().sum(), a.getValue().sum()))
          .forEach(e -> out.printf(Locale.ROOT, "%6.2f  %s%n", e.getValue().sum() / (double) n, e.getKey()));
    }

    String kindsPerStep() {
      StringBuilder s = new StringBuilder();
      for (String kind : new String[] {"SELECT", "INSERT", "UPDATE", "DELETE", "OTHER"}) {
        s.append(s.length() == 0 ? "" : ", ").append(kind).append(' ')
            .append(String.format(Locale.ROOT, "%.1f", perStep(kind)));
      }
      return s.toString();
    }
  }

  private static volatile boolean enabled;
  private static final ThreadLocal<Map<String, Integer>> statements = new ThreadLocal<>();

  private SqlCounter() {}

  static void enable(boolean on) {
    enabled = on;
  }

  static void start() {
    statements.set(new TreeMap<>());
  }

  /** Ends counting on this thread; the statements it ran, by normalised text. */
  static Map<String, Integer> stop() {
    Map<String, Integer> counted = statements.get();
    statements.remove();
    return counted == null ? Map.of() : counted;
  }

  static Map<String, Integer> kinds(Map<String, Integer> byStatement) {
    Map<String, Integer> kinds = new TreeMap<>();
    byStatement.forEach((sql, n) -> kinds.merge(kind(sql), n, Integer::sum));
    return kinds;
  }

  static String kind(String sql) {
    String head = sql.length() > 6 ? sql.substring(0, 6).toUpperCase(Locale.ROOT) : sql.toUpperCase(Locale.ROOT);
    return switch (head) {
      case "SELECT" -> "SELECT";
      case "INSERT" -> "INSERT";
      case "UPDATE" -> "UPDATE";
      case "DELETE" -> "DELETE";
      default -> "OTHER";
    };
  }

  private static void record(String sql) {
    Map<String, Integer> counted = statements.get();
    if (counted != null && sql != null) {
      String normalised = sql.replaceAll("\\s+", " ").trim();
      if (normalised.length() > 160) {
        normalised = normalised.substring(0, 160) + "…";
      }
      counted.merge(normalised, 1, Integer::sum);
    }
  }

  /** The DataSource the application or the bare engine uses, counting while {@link #enable} is on. */
  static DataSource wrap(DataSource target) {
    return (DataSource) Proxy.newProxyInstance(SqlCounter.class.getClassLoader(), new Class<?>[] {DataSource.class},
        (proxy, method, args) -> {
          Object result = invoke(target, method, args);
          if (enabled && result instanceof Connection connection) {
            return proxy(Connection.class, connection, new ConnectionHandler(connection));
          }
          return result;
        });
  }

  private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  @SuppressWarnings("unchecked")
  private static <T> T proxy(Class<T> type, Object target, InvocationHandler handler) {
    return (T) Proxy.newProxyInstance(SqlCounter.class.getClassLoader(), new Class<?>[] {type}, handler);
  }

  private record ConnectionHandler(Connection target) implements InvocationHandler {
    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
      if (method.getName().equals("unwrap") && args[0] == Connection.class) {
        return target;
      }
      Object result = SqlCounter.invoke(target, method, args);
      if (result instanceof PreparedStatement statement && args != null && args[0] instanceof String sql) {
        Class<?> type = result instanceof java.sql.CallableStatement ? java.sql.CallableStatement.class
            : PreparedStatement.class;
        return proxy(type, statement, (p, m, a) -> {
          if (m.getName().equals("addBatch") || m.getName().startsWith("execute") && !m.getName().equals("executeBatch")
              && (a == null || a.length == 0)) {
            record(sql);
          }
          return SqlCounter.invoke(statement, m, a);
        });
      }
      if (result instanceof Statement statement) {
        return proxy(Statement.class, statement, (p, m, a) -> {
          if ((m.getName().startsWith("execute") || m.getName().equals("addBatch")) && a != null
              && a.length > 0 && a[0] instanceof String sql) {
            record(sql);
          }
          return SqlCounter.invoke(statement, m, a);
        });
      }
      return result;
    }
  }
}
