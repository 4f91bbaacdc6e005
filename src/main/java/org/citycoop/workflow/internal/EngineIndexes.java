package org.citycoop.workflow.internal;

import jakarta.annotation.PostConstruct;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Indexes that the engine's own statements need on its tables and its create scripts do not make
 * (DD018). Flyway cannot create them: the engine creates its tables after the migrations have run
 * ({@link EngineStartsAfterFlyway}). So they are created here, once the engine is up, where missing;
 * concurrently, so that the tables stay writable while one is built.
 */
@Component
class EngineIndexes {

    private static final Logger log = LoggerFactory.getLogger(EngineIndexes.class);

    /**
     * Completing a task, the engine looks for its sub-tasks ({@code select * from ACT_RU_TASK where
     * PARENT_TASK_ID_ = ?}); without an index that reads every open task: 69–89 ms of each completion
     * over 100,000 open tasks, the slowest statement of the lifecycle benchmark (src/docs/benchmarks.md).
     */
    static final List<String> INDEXES = List.of("""
            create index concurrently if not exists cc_idx_ru_task_parent on act_ru_task (parent_task_id_)
                where parent_task_id_ is not null""");

    private final JdbcClient jdbc;

    /** Takes the engine so that Spring builds it, and with it the engine's tables, first. */
    EngineIndexes(ProcessEngine engine, JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @PostConstruct
    void createMissing() {
        for (String index : INDEXES) {
            try {
                jdbc.sql(index).update();
            } catch (DataAccessException refused) {
                // e.g. a production account without DDL rights: the application works, task completions are slower
                log.warn("Could not create an index on the engine's tables; ask the database administrator to run: {}",
                        index, refused);
            }
        }
    }
}
