package vn.nq21.workflow.support;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import vn.nq21.workflow.Nq21WorkflowApplication;

/**
 * The application started as an operator starts it: its own JVM, with the test's class path (plus, for a test that
 * changes the models "in the jar", a folder appended to it), until its health endpoint answers UP.
 */
public final class ApplicationProcess {

  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private ApplicationProcess() {}

  /** Starts the application on {@code port}; its output goes to {@code log}. */
  public static Process start(int port, List<String> args, Map<String, String> env, Path log, Path appendToClasspath)
      throws IOException, InterruptedException {
    String classpath = System.getProperty("java.class.path")
        + (appendToClasspath == null ? "" : File.pathSeparator + appendToClasspath.toAbsolutePath());
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx768m", "-cp", classpath, Nq21WorkflowApplication.class.getName(), "--server.port=" + port));
    command.addAll(args);
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().putAll(env);
    Process process = builder.start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new AssertionError("the application stopped at start; see " + log);
      }
      try {
        HttpResponse<String> health = HTTP.send(HttpRequest.newBuilder(
            URI.create("http://127.0.0.1:" + port + "/actuator/health")).GET().build(),
            HttpResponse.BodyHandlers.ofString());
        if (health.statusCode() == 200 && health.body().contains("UP")) {
          return process;
        }
      } catch (IOException e) {
        // not listening yet
      }
      Thread.sleep(250);
    }
    process.destroyForcibly();
    throw new AssertionError("the application did not become healthy in 180 s; see " + log);
  }

  /** Stops the application as a service manager does (SIGTERM), and waits for it to end. */
  public static void stop(Process process) throws InterruptedException {
    process.destroy();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      process.waitFor(30, TimeUnit.SECONDS);
    }
  }

  public static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
