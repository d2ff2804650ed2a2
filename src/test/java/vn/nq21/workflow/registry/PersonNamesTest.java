package vn.nq21.workflow.registry;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A person's name is letters and the few signs names carry; never markup. */
class PersonNamesTest {

  @ParameterizedTest
  @ValueSource(strings = {"Nguyễn Văn An", "Đặng Thị Hương", "H'Hen Niê", "Y-Moan Êban", "Ksor H’Bơ Khăp",
      "Lò Văn Páo", "Nguyễn T. Lan"})
  void namesPeopleHaveAreAccepted(String name) {
    assertThat(PersonNames.problem(name)).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"<strong>Lê</strong>", "Lê <img src=x>", "**Lê**", "Lê_Văn", "[Lê](http://x)", "![a](b)",
      "Lê `Văn`", "Lê # Văn", "'Lê", "123", "  "})
  void markupAndSignsAreRefused(String name) {
    assertThat(PersonNames.problem(name)).isNotNull();
  }

  @ParameterizedTest
  @ValueSource(ints = {101})
  void aNameHasALimit(int length) {
    assertThat(PersonNames.problem("a".repeat(length))).contains("100");
  }
}
