package vn.nq21.workflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import vn.nq21.workflow.support.SeparateJvm;

/**
 * The real Tasklist and Cockpit in a headless Chromium (Debian's, driven by playwright-core): the demo
 * clerk of chi bộ thôn Đông opens an admission case through the start form, records the certificate,
 * gets an application date before the certificate refused with the Vietnamese message (the task stays
 * open), corrects it and completes the task; the supervisor of xã An Phú then sees the case in Cockpit.
 * The browser steps are {@code src/test/e2e/tasklist-e2e.mjs} (screenshots in target/e2e-screenshots);
 * {@code src/test/e2e/setup.sh} first installs chromium (apt-get, as root) and playwright-core (npm ci)
 * when they are missing, and says so.
 */
@SeparateJvm
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"spring.datasource.url=jdbc:h2:mem:nq21-browser;DB_CLOSE_DELAY=-1"})
@ActiveProfiles("demo")
class TasklistBrowserTest {

  private static final Path E2E = Path.of("src", "test", "e2e");

  @LocalServerPort
  int port;

  @Test
  void anAdmissionCaseThroughTasklistAndCockpit() throws Exception {
    assertThat(run(new ProcessBuilder("sh", E2E.resolve("setup.sh").toString()), 15))
        .as("src/test/e2e/setup.sh (chromium and playwright-core) exit code").isZero();

    Path shots = Path.of("target", "e2e-screenshots");
    Files.createDirectories(shots);
    ProcessBuilder browser = new ProcessBuilder("node", E2E.resolve("tasklist-e2e.mjs").toString());
    browser.environment().put("BASE_URL", "http://localhost:" + port);
    browser.environment().put("SHOTS", shots.toAbsolutePath().toString());
    assertThat(run(browser, 5))
        .as("node src/test/e2e/tasklist-e2e.mjs exit code (steps above; failure.png/.html in %s)", shots)
        .isZero();
  }

  /**
   * Runs the command from the project directory, its output (stdout and stderr) copied line by line to this
   * JVM's System.out, so it shows in the build log. (Not inheritIO: surefire talks to its forked JVM over
   * the fork's own stdout, and a child writing there directly corrupts that channel - "corrupted channel"
   * .dumpstream files - and its lines never reach the log.) Kills the command after the limit.
   */
  private static int run(ProcessBuilder command, int limitMinutes) throws Exception {
    Process process = command.directory(new File(".").getAbsoluteFile()).redirectErrorStream(true).start();
    Thread pump = new Thread(() -> {
      try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line; (line = out.readLine()) != null; ) {
          System.out.println(line);
        }
      } catch (IOException e) {
        System.out.println("[e2e] output lost: " + e);
      }
    }, "e2e-output");
    pump.start();
    if (!process.waitFor(limitMinutes, TimeUnit.MINUTES)) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
      throw new AssertionError(String.join(" ", command.command()) + " took longer than " + limitMinutes + " min");
    }
    pump.join(TimeUnit.SECONDS.toMillis(10));
    System.out.flush();
    return process.exitValue();
  }
}
