package vn.nq21.workflow.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * A test class that starts its own application (another database, a start-up meant to fail).
 * Surefire runs each such class in a fresh JVM (see pom.xml), because every started engine takes
 * the name "default" in Camunda's static engine registry.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag(SeparateJvm.TAG)
public @interface SeparateJvm {
  String TAG = "separate-jvm";
}
