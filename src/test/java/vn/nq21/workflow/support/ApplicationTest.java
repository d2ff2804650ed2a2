package vn.nq21.workflow.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The one Spring context the H2 tests share: the demo application on a private in-memory H2 database,
 * on a random port. One configuration means one cached context, and so one process engine named
 * "default" in Camunda's static engine registry, which the REST API looks engines up in. Tests that
 * need another context are tagged {@link SeparateJvm#TAG} and run in a JVM of their own.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
// Process test coverage: every test class reports which flow nodes and sequence flows it ran
// (target/process-test-coverage/; the library registers its test listener itself);
// ProcessCoverageSummary adds them up per model after the tests.
@Import(ProcessEngineCoverageConfiguration.class)
public @interface ApplicationTest {}
