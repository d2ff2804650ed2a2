package vn.nq21.workflow.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The checks every procedure's forms pass, against that procedure's {@link FormContract}: a test class
 * per procedure extends this and adds what is its own. Each test collects all problems first, so one run
 * lists everything to fix.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class FormContractTests {

  protected FormChecks forms;

  /** The procedure's forms folder, start form and the variables every task form shows. */
  protected abstract FormContract contract();

  @BeforeAll
  void readForms() throws IOException, URISyntaxException {
    assertThat(getClass().getClassLoader().getResource(contract().folder()))
        .as("%s on the test classpath", contract().folder()).isNotNull();
    forms = FormChecks.read(contract());
  }

  @Test
  void everyFileIsJsonAndEveryContractFormHasOne() {
    assertThat(forms.unreadable()).as("files that are not valid JSON").isEmpty();
    assertThat(forms.names()).as("one form per contract entry, no others")
        .containsExactlyInAnyOrderElementsOf(contract().formIds());
  }

  @Test
  void headerNamesTheFileAndTheCamunda7Platform() {
    assertThat(forms.headerProblems()).isEmpty();
  }

  @Test
  void onlyComponentsThatFormJs187Renders() {
    assertThat(forms.componentProblems()).isEmpty();
  }

  @Test
  void inputsMatchTheVariableContract() {
    assertThat(forms.inputProblems()).isEmpty();
  }

  /** Labels are drawn on one line and clipped; see {@link FormChecks#labelLengthProblems()}. */
  @Test
  void labelsFitOnOneLine() {
    assertThat(forms.labelLengthProblems()).isEmpty();
  }

  @Test
  void everyFormOpensWithItsStepAndEveryTaskFormNamesThePerson() {
    assertThat(forms.openingProblems()).isEmpty();
  }

  @Test
  void templatesAndConditionsReadOnlyVariablesThatExist() {
    assertThat(forms.templateProblems()).isEmpty();
  }
}
