package org.citycoop.workflow.internal;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.spring.ProcessEngineFactoryBean;
import org.springframework.boot.autoconfigure.AbstractDependsOnBeanFactoryPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Flyway owns the domain schema and refuses a non-empty schema without its history table;
 * the engine would otherwise create its tables first. So the engine waits for Flyway.
 */
@Component
class EngineStartsAfterFlyway extends AbstractDependsOnBeanFactoryPostProcessor {

    EngineStartsAfterFlyway() {
        super(ProcessEngine.class, ProcessEngineFactoryBean.class, "flywayInitializer");
    }
}
