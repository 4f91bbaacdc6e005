package org.citycoop.workflow.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.citycoop.CityCoopTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The reports' index on the engine's task history is there on a database the engine has just created (DD018). */
@CityCoopTest
class EngineHistoryIndexesTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EngineHistoryIndexes indexes;

    @Test
    void theCycleTimeIndexExistsAndIsValidAfterStart() {
        assertThat(validIndex()).isTrue();
    }

    @Test
    void creatingTheIndexesAgainChangesNothing() {
        indexes.createMissing();

        assertThat(validIndex()).isTrue();
    }

    private boolean validIndex() {
        return jdbc.sql("""
                        select coalesce(bool_and(i.indisvalid), false) from pg_index i
                        join pg_class c on c.oid = i.indexrelid
                        where c.relname = 'cc_idx_hi_taskinst_root_done'""")
                .query(Boolean.class).single();
    }
}
