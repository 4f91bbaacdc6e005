package org.citycoop.project.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import org.citycoop.base.ui.FactCards;
import org.citycoop.base.ui.Formats;
import org.citycoop.project.Project;

/**
 * The facts of a project at a glance, shown above every project task. The parties are named in the
 * user's language with the other form beside it: officers and partners know them by either (DD029).
 */
class ProjectSummary extends Div {

    ProjectSummary(Project project) {
        addClassName("project-summary");
        add(new H3(project.code() + " · " + project.title()));
        add(FactCards.names(Facts.fact(this, "project.field.lead", project.leadName().withOther(getLocale()))),
                FactCards.names(Facts.fact(this, "project.field.partner", project.partnerName().withOther(getLocale())
                        + " · " + project.partnerCountry().in(getLocale()))),
                Facts.fact(this, "project.field.region", getTranslation("region." + project.region())),
                Facts.fact(this, "project.field.theme", getTranslation(project.themeKey())),
                Facts.fact(this, "project.field.type", getTranslation(project.cooperationTypeKey())),
                Facts.fact(this, "project.field.period", Facts.period(project.plannedStart(), project.plannedEnd())),
                Facts.fact(this, "project.field.budget", Formats.yen(project.budgetJpy())),
                Facts.fact(this, "project.field.status", getTranslation("project.status." + project.status().name())));
    }
}
