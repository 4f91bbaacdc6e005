package org.citycoop.project.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.citycoop.base.ui.Formats;
import org.citycoop.project.Project;

/** The facts of a project at a glance, shown above every project task. */
class ProjectSummary extends Div {

    ProjectSummary(Project project) {
        addClassName("project-summary");
        Locale locale = getLocale();
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        add(new H3(project.code() + " · " + project.title()));
        add(fact("project.field.lead", project.leadName()),
                fact("project.field.partner", project.partnerName() + " (" + project.partnerCountry() + ")"),
                fact("project.field.region", getTranslation("region." + project.region())),
                fact("project.field.theme", project.themeName()),
                fact("project.field.type", project.cooperationTypeName()),
                fact("project.field.period", date.format(project.plannedStart()) + " – " + date.format(project.plannedEnd())),
                fact("project.field.budget", Formats.yen(project.budgetJpy())),
                fact("project.field.status", getTranslation("project.status." + project.status().name())));
    }

    private Div fact(String labelKey, String value) {
        return Facts.fact(this, labelKey, value);
    }
}
