package org.citycoop.project;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.citycoop.base.pdf.OfficialDocument;
import org.citycoop.base.pdf.OfficialDocument.Fact;
import org.citycoop.base.pdf.PrintTexts;

/** What the project's printed documents share: the title block and the facts of the project. */
final class ProjectPrintouts {

    private ProjectPrintouts() {
    }

    /** A document of the project issued today by its lead, titled by the text of {@code titleKey}, opening with the project's facts. */
    static OfficialDocument start(Project project, String titleKey, Locale locale, Clock clock) {
        PrintTexts texts = PrintTexts.of(locale);
        return OfficialDocument.titled(texts, texts.get(titleKey), project.leadName(), project.code(), project.title(),
                LocalDate.now(clock)).facts(List.of(
                new Fact(texts.get("print.project.lead"), project.leadName()),
                new Fact(texts.get("print.project.partner"), project.partnerName()),
                new Fact(texts.get("print.project.theme"), project.themeName() + " · " + project.cooperationTypeName()),
                new Fact(texts.get("print.project.period"),
                        texts.get("print.period", texts.date(project.plannedStart()), texts.date(project.plannedEnd()))),
                new Fact(texts.get("print.project.budget"), texts.yen(project.budgetJpy()))));
    }
}
