package org.citycoop.base.internal;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.spring.ProcessEngineFactoryBean;
import org.springframework.boot.autoconfigure.AbstractDependsOnBeanFactoryPostProcessor;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * On shutdown the engine still writes (job executor, history); the embedded PostgreSQL must
 * outlive it. The engine reaches the data source without a bean dependency Spring can see.
 */
@Component
@Profile("!postgres")
class EngineStopsBeforeEmbeddedPostgres extends AbstractDependsOnBeanFactoryPostProcessor {

    EngineStopsBeforeEmbeddedPostgres() {
        super(ProcessEngine.class, ProcessEngineFactoryBean.class, "embeddedPostgres");
    }
}
