package org.citycoop.workflow.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.citycoop.CityCoopTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The index on the engine's open tasks is there on a database the engine has just created (DD018). */
@CityCoopTest
class EngineIndexesTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EngineIndexes indexes;

    @Test
    void theSubTaskIndexExistsAndIsValidAfterStart() {
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
                        where c.relname = 'cc_idx_ru_task_parent'""")
                .query(Boolean.class).single();
    }
}
