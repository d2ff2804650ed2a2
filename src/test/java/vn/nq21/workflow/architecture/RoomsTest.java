package vn.nq21.workflow.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Which room of the application may import which, checked on the compiled production classes: the demo
 * sits on top and nothing imports it; the shared rooms never import a procedure; procedures never import
 * each other; no two rooms import each other in a circle.
 */
class RoomsTest {

  static final String ROOT = "vn.nq21.workflow";
  /** The procedures' rooms, today's and those to come. */
  static final String[] PROCEDURES = {ROOT + ".admission..", ROOT + ".probation..", ROOT + ".transfer..",
      ROOT + ".exemption..", ROOT + ".removal.."};
  /** The rooms every procedure may use. */
  static final String[] SHARED = {ROOT + ".casework..", ROOT + ".votes..", ROOT + ".review..", ROOT + ".engine..",
      ROOT + ".organization..", ROOT + ".registry..", ROOT + ".calendar..", ROOT + ".rules..", ROOT + ".security..",
      ROOT + ".tasklist..", ROOT + ".ledgers..", ROOT + ".memberrecord..", ROOT + ".revision..", ROOT + ".caseview.."};

  static final JavaClasses CLASSES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(ROOT);

  @Test
  void nothingImportsTheDemo() {
    noClasses().that().resideOutsideOfPackage(ROOT + ".demo..").should().dependOnClassesThat()
        .resideInAPackage(ROOT + ".demo..").check(CLASSES);
  }

  @Test
  void sharedRoomsDoNotImportAProcedure() {
    noClasses().that().resideInAnyPackage(SHARED).should().dependOnClassesThat().resideInAnyPackage(PROCEDURES)
        .check(CLASSES);
  }

  @Test
  void proceduresDoNotImportEachOther() {
    slices().matching(ROOT + ".(admission|probation|transfer|exemption|removal)..").should().notDependOnEachOther()
        .check(CLASSES);
  }

  @Test
  void noTwoRoomsImportEachOtherInACircle() {
    slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(CLASSES);
  }
}
