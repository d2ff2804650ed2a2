package vn.nq21.workflow.engine.modelcheck;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The variable names each procedure's code reads or writes, per process key: the registry the model
 * checks use for rule 7 (a form field is a variable of its process), at deploy time and in the build.
 *
 * <p>Where the names come from: a procedure's package declares its processes with {@link Procedure} on
 * its {@code package-info.java}; the names are the string constants compiled into the classes of that
 * package and the packages below it (the literals of {@code c.text("certificateNumber")},
 * {@code setVariable("authorityGroup", …)}, constants such as {@code CaseVariables.CASE_ORG} that javac
 * copies in, and composed names such as {@code "introducer" + n + "RecordNumber"}; see
 * {@link KnownVariables}), those of the shared packages it declares it uses, plus the fields the annotation
 * declares as recorded only. Reading the compiled
 * classes means nothing is kept by hand, and the jar the engine runs answers the same as the build: only
 * the classes next to the annotated {@code package-info}, never test classes of the same package.
 */
@Component
public class ProcessVariables {

  /** Where procedure packages are looked for. */
  public static final String ROOT_PACKAGE = "vn.nq21.workflow";

  private static final String PACKAGE_INFO = "package-info.class";

  private final Map<String, KnownVariables> byProcess;

  /** Reads the procedures of this application from its class path. */
  public ProcessVariables() {
    this(read(ProcessVariables.class.getClassLoader(), ROOT_PACKAGE));
  }

  private ProcessVariables(Map<String, KnownVariables> byProcess) {
    this.byProcess = Collections.unmodifiableMap(byProcess);
  }

  /** Reads the procedures below {@code rootPackage} on {@code classLoader}'s class path. */
  public static ProcessVariables scan(ClassLoader classLoader, String rootPackage) {
    return new ProcessVariables(read(classLoader, rootPackage));
  }

  /** The names the code of {@code processKey} uses; {@link KnownVariables#NONE} when no package declares it. */
  public KnownVariables of(String processKey) {
    return byProcess.getOrDefault(processKey, KnownVariables.NONE);
  }

  /** The process keys some package declares. */
  public Set<String> processKeys() {
    return byProcess.keySet();
  }

  private static Map<String, KnownVariables> read(ClassLoader classLoader, String rootPackage) {
    ResourcePatternResolver resolver = new PathMatchingResourcePatternResolver(classLoader);
    String root = rootPackage.replace('.', '/');
    Map<String, KnownVariables> byProcess = new TreeMap<>();
    try {
      for (Resource info : resolver.getResources("classpath*:" + root + "/**/" + PACKAGE_INFO)) {
        String url = info.getURL().toString();
        int start = url.lastIndexOf("/" + root + "/") + 1;
        String path = url.substring(start, url.length() - PACKAGE_INFO.length() - 1);
        Procedure procedure = Class.forName(path.replace('/', '.') + ".package-info", false, classLoader)
            .getAnnotation(Procedure.class);
        if (procedure == null) {
          continue;
        }
        // the classes of this class path entry only: the same package in test classes does not count
        List<String> constants = new ArrayList<>();
        for (Resource type : resolver.getResources(url.substring(0, start) + path + "/**/*.class")) {
          constants.addAll(ClassConstants.strings(type.getContentAsByteArray()));
        }
        for (Class<?> shared : procedure.uses()) {
          // the shared class's own package, from where that class was loaded (never test classes beside it)
          String classFile = shared.getSimpleName() + ".class";
          String sharedUrl = shared.getResource(classFile).toString();
          String folder = sharedUrl.substring(0, sharedUrl.length() - classFile.length());
          for (Resource type : resolver.getResources(folder + "*.class")) {
            constants.addAll(ClassConstants.strings(type.getContentAsByteArray()));
          }
        }
        KnownVariables names = KnownVariables.fromConstants(constants)
            .and(KnownVariables.of(Arrays.asList(procedure.recordedOnly())));
        for (String key : procedure.processKeys()) {
          byProcess.merge(key, names, KnownVariables::and);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Không đọc được mã của các thủ tục dưới " + rootPackage, e);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("Không nạp được package-info dưới " + rootPackage, e);
    }
    return byProcess;
  }

  @Override
  public String toString() {
    return "ProcessVariables" + byProcess;
  }
}
