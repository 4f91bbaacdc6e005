package org.citycoop.project;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.citycoop.base.pdf.OfficialDocument;
import org.citycoop.base.pdf.OfficialDocument.Fact;
import org.citycoop.base.pdf.PrintTexts;

/**
 * What the project's printed documents share: the title block and the facts of the project. The
 * parties are named in the document's language with the other form beside it: both sides read it (DD029).
 */
final class ProjectPrintouts {

    private ProjectPrintouts() {
    }

    /** A document of the project issued today by its lead, titled by the text of {@code titleKey}, opening with the project's facts. */
    static OfficialDocument start(Project project, String titleKey, Locale locale, Clock clock) {
        PrintTexts texts = PrintTexts.of(locale);
        return OfficialDocument.titled(texts, texts.get(titleKey), project.leadName().in(locale), project.code(), project.title(),
                LocalDate.now(clock)).facts(List.of(
                new Fact(texts.get("print.project.lead"), project.leadName().withOther(locale)),
                new Fact(texts.get("print.project.partner"), project.partnerName().withOther(locale)),
                new Fact(texts.get("print.project.theme"), project.themeName() + " · " + project.cooperationTypeName()),
                new Fact(texts.get("print.project.period"),
                        texts.get("print.period", texts.date(project.plannedStart()), texts.date(project.plannedEnd()))),
                new Fact(texts.get("print.project.budget"), texts.yen(project.budgetJpy()))));
    }
}
