package org.citycoop.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.citycoop.CityCoopTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * The Camunda hardening table of STACK.md as the running engine has it, and the production
 * ({@code postgres}) profile's settings as application.yml declares them — read from the file, so
 * no second application context is started (security.md, "Configuration hardening").
 */
@CityCoopTest
class HardeningSettingsTest {

    @Autowired
    ProcessEngine engine;

    @Test
    void theEngineRunsWithTheHardenedSettings() {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();

        assertThat(configuration.isAuthorizationEnabled()).isTrue();
        assertThat(configuration.isAuthorizationEnabledForCustomCode()).as("delegates are CityCoop's code, checked by CityCoop").isFalse();
        assertThat(configuration.getDefaultSerializationFormat()).isEqualTo("application/json");
        assertThat(configuration.isJavaSerializationFormatEnabled()).isFalse();
        assertThat(configuration.isDeserializationTypeValidationEnabled()).isTrue();
        assertThat(configuration.getDeserializationAllowedPackages()).isEqualTo("org.citycoop");
        assertThat(configuration.isEnableExpressionsInAdhocQueries()).isFalse();
        assertThat(configuration.isEnableExpressionsInStoredQueries()).isFalse();
        assertThat(configuration.isEnableXxeProcessing()).isFalse();
        assertThat(configuration.getQueryMaxResultsLimit()).isEqualTo(500);
        assertThat(configuration.isEnablePasswordPolicy()).isTrue();
        assertThat(configuration.isWebappsAuthenticationLoggingEnabled()).isTrue();
        assertThat(configuration.getFailedJobRetryTimeCycle()).isEqualTo("R3/PT5M");
        assertThat(configuration.getHistoryCleanupBatchWindowStartTime()).isEqualTo("01:00");
        assertThat(configuration.getHistoryCleanupBatchWindowEndTime()).isEqualTo("05:00");
        assertThat(configuration.isEnforceHistoryTimeToLive()).as("a model without historyTimeToLive is not deployed").isTrue();
    }

    @Test
    void productionServesCookiesSecureWithHstsAndTheEngineChangesNoSchema() throws IOException {
        PropertySource<?> postgres = postgresProfile();

        assertThat(postgres.getProperty("server.servlet.session.cookie.secure")).isEqualTo(true);
        assertThat(postgres.getProperty("camunda.bpm.database.schema-update")).isEqualTo(false);
        assertThat(postgres.getProperty("camunda.bpm.webapp.csrf.enable-secure-cookie")).isEqualTo(true);
        assertThat(postgres.getProperty("camunda.bpm.webapp.session-cookie.enable-secure-cookie")).isEqualTo(true);
        assertThat(postgres.getProperty("camunda.bpm.webapp.header-security.hsts-disabled")).isEqualTo(false);
    }

    private static PropertySource<?> postgresProfile() throws IOException {
        List<PropertySource<?>> documents = new YamlPropertySourceLoader().load("application.yml", new ClassPathResource("application.yml"));
        return documents.stream()
                .filter(document -> "postgres".equals(String.valueOf(document.getProperty("spring.config.activate.on-profile"))))
                .findFirst().orElseThrow();
    }
}
