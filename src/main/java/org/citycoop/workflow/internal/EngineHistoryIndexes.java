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
 * Indexes that CityCoop's reports need on the engine's history tables (DD018). Flyway cannot
 * create them: the engine creates its tables after the migrations have run
 * ({@link EngineStartsAfterFlyway}). So they are created here, once the engine is up, where missing;
 * concurrently, so that a large history stays writable while one is built.
 */
@Component
class EngineHistoryIndexes {

    private static final Logger log = LoggerFactory.getLogger(EngineHistoryIndexes.class);

    /**
     * The cycle time per phase (dashboard) reads the finished tasks of each root process instance:
     * with their key and duration in the index, it reads no table row (a manager's figure ÷ 4 in the
     * benchmark, src/docs/benchmarks.md).
     */
    static final List<String> INDEXES = List.of("""
            create index concurrently if not exists cc_idx_hi_taskinst_root_done on act_hi_taskinst (root_proc_inst_id_)
                include (task_def_key_, duration_) where end_time_ is not null""");

    private final JdbcClient jdbc;

    /** Takes the engine so that Spring builds it, and with it the engine's tables, first. */
    EngineHistoryIndexes(ProcessEngine engine, JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @PostConstruct
    void createMissing() {
        for (String index : INDEXES) {
            try {
                jdbc.sql(index).update();
            } catch (DataAccessException refused) {
                // e.g. a production account without DDL rights: the application works, the reports are slower
                log.warn("Could not create an index on the engine's history; ask the database administrator to run: {}",
                        index, refused);
            }
        }
    }
}
