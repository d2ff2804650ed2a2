package vn.nq21.workflow.admission.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.io.ClassPathResource;
import vn.nq21.workflow.admission.rules.AdmissionSettings.AgeMode;

/** {@code config/admission.yaml} binds, and says the same as the defaults built into {@link AdmissionSettings}. */
class AdmissionSettingsTest {

  @Test
  void shippedFileBindsToTheBuiltInDefaults() throws Exception {
    var sources = new YamlPropertySourceLoader().load("admission", new ClassPathResource("config/admission.yaml"));
    AdmissionSettings bound = new Binder(ConfigurationPropertySources.from(sources))
        .bind("nq21.admission", AdmissionSettings.class).get();
    assertThat(bound).isEqualTo(AdmissionSettings.defaults());
    assertThat(bound.ageMode()).isEqualTo(AgeMode.FULL_MONTHS);
  }

  @Test
  void settingsOutsideTheirRangeAreRefusedNamingTheKey() {
    assertThatThrownBy(() -> new AdmissionSettings(AgeMode.FULL_MONTHS, 30, -1, 12, true))
        .hasMessageContaining("nq21.admission.resubmission-min-months");
    assertThatThrownBy(() -> new AdmissionSettings(AgeMode.FULL_MONTHS, 12, 0, 12, true))
        .hasMessageContaining("nq21.admission.doan-max-age");
  }
}
