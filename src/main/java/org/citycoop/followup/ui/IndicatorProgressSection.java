package org.citycoop.followup.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.Optional;
import org.citycoop.followup.FollowUpService;
import org.citycoop.followup.IndicatorProgress;
import org.citycoop.project.Project;
import org.citycoop.project.ui.ProjectPageSection;
import org.citycoop.security.CityCoopUser;

/**
 * The project page's indicators, once there is an action plan: a chart per indicator with actual
 * values (baseline, target and the follow-up rounds), the same figures in the table, and as CSV.
 */
@org.springframework.stereotype.Component
class IndicatorProgressSection implements ProjectPageSection {

    private final FollowUpService followUps;

    IndicatorProgressSection(FollowUpService followUps) {
        this.followUps = followUps;
    }

    @Override
    public Optional<Component> of(Project project, CityCoopUser user) {
        List<IndicatorProgress> progress = followUps.indicatorProgress(project.code(), user);
        if (progress.isEmpty()) {
            return Optional.empty();
        }
        VerticalLayout section = new VerticalLayout();
        section.setPadding(false);
        section.addClassName("project-indicators");
        section.add(new H3(section.getTranslation("followup.indicators")));
        Div charts = new Div();
        charts.addClassName("indicator-charts");
        progress.stream().filter(indicator -> !indicator.actuals().isEmpty()).map(IndicatorChart::new).forEach(charts::add);
        if (charts.getComponentCount() > 0) {
            section.add(charts);
        }
        section.add(new IndicatorTable(progress, true), IndicatorCsv.link(section, project.code(), progress));
        return Optional.of(section);
    }
}
