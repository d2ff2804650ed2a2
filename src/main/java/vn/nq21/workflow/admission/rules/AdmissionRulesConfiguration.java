package vn.nq21.workflow.admission.rules;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds {@link AdmissionSettings} ({@code nq21.admission.*}). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AdmissionSettings.class)
public class AdmissionRulesConfiguration {}
