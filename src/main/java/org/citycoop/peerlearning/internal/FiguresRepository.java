package org.citycoop.peerlearning.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.citycoop.indicator.Indicator;
import org.citycoop.name.Name;
import org.citycoop.peerlearning.IndicatorFigures;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The action plans' indicator targets with the latest value reported in follow-up, read for many projects at once. */
@Repository
public class FiguresRepository {

    private final JdbcClient jdbc;

    FiguresRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The project's figures, in the order of its action plan. */
    public List<ProjectFigures> ofProjects(Collection<Long> projectIds) {
        if (projectIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select plan.project_id, target.indicator_code, indicator.name, indicator.name_ja, indicator.unit, indicator.direction,
                               indicator.theme_code, target.baseline, target.target, latest.actual_value, latest.measured_on
                        from action_plan plan
                        join action_plan_indicator target on target.action_plan_id = plan.id
                        join indicator on indicator.code = target.indicator_code
                        left join lateral (select progress.actual_value, progress.measured_on
                                           from follow_up_progress progress
                                           join follow_up_round round on round.id = progress.round_id
                                           where progress.target_id = target.id
                                           order by progress.measured_on desc, round.round_no desc limit 1) latest on true
                        where plan.project_id in (:projects)
                        order by plan.project_id, target.id""")
                .param("projects", projectIds)
                .query((rs, row) -> new ProjectFigures(rs.getLong("project_id"), new IndicatorFigures(
                        new Indicator(rs.getString("indicator_code"), new Name(rs.getString("name"), rs.getString("name_ja")), rs.getString("unit"),
                                Indicator.Direction.valueOf(rs.getString("direction")), rs.getString("theme_code")),
                        rs.getBigDecimal("baseline"), rs.getBigDecimal("target"), rs.getBigDecimal("actual_value"),
                        rs.getObject("measured_on", LocalDate.class))))
                .list();
    }

    public record ProjectFigures(long projectId, IndicatorFigures figures) {
    }
}
