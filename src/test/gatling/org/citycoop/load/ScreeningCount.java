package org.citycoop.load;

import org.springframework.jdbc.core.simple.JdbcClient;

/** {@link ScreeningCountMBean} read from the engine's history and the project tables. */
class ScreeningCount implements ScreeningCountMBean {

    static final String NAME = "org.citycoop.load:type=ScreeningCount";

    private final JdbcClient jdbc;

    ScreeningCount(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long completedScreeningTasks() {
        return jdbc.sql("""
                        select count(*) from act_hi_taskinst t join act_hi_procinst p on p.id_ = t.proc_inst_id_
                        where t.task_def_key_ = 'Task_ScreenProposal' and t.end_time_ is not null
                          and t.delete_reason_ = 'completed' and p.business_key_ like 'LT%'""")
                .query(Long.class).single();
    }

    @Override
    public long projectsApprovedOnceByTheirUser() {
        return jdbc.sql("""
                        select count(*) from project p join organisation o on o.id = p.lead_organisation_id
                        where o.code like 'LT%' and (select count(*) from project_screening s where s.project_id = p.id
                              and s.decision = 'APPROVE' and s.decided_by = 'load' || substr(o.code, 3)) = 1""")
                .query(Long.class).single();
    }

    @Override
    public long projectsScreenedMoreThanOnce() {
        return jdbc.sql("""
                        select count(*) from (select s.project_id from project_screening s join project p on p.id = s.project_id
                              join organisation o on o.id = p.lead_organisation_id
                              where o.code like 'LT%' group by s.project_id having count(*) > 1) twice""")
                .query(Long.class).single();
    }
}
