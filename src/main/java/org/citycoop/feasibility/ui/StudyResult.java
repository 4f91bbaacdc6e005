package org.citycoop.feasibility.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import org.citycoop.feasibility.FeasibilityService;
import org.citycoop.feasibility.FeasibilityStudy;
import org.citycoop.security.CityCoopUser;

/**
 * The result of a project's feasibility study as another feature's screen shows it (the
 * go/no-go decision): where the study stands, its findings and a link to the report.
 */
public final class StudyResult {

    private StudyResult() {
    }

    public static Component of(Component owner, FeasibilityService feasibility, String projectCode, CityCoopUser user) {
        return feasibility.findByProjectCode(projectCode, user)
                .<Component>map(study -> result(owner, feasibility, study, user))
                .orElseGet(() -> new Paragraph(owner.getTranslation("feasibility.result.none")));
    }

    private static Component result(Component owner, FeasibilityService feasibility, FeasibilityStudy study, CityCoopUser user) {
        Div result = new Div(new Paragraph(owner.getTranslation("feasibility.result.status",
                owner.getTranslation("feasibility.status." + study.status().name()))));
        result.setWidthFull();
        if (study.hasReport()) {
            result.add(StudyFacts.findings(owner, study,
                    ReportLink.of(feasibility, study.projectCode(), user, study.reportFileName())));
        }
        return result;
    }
}
