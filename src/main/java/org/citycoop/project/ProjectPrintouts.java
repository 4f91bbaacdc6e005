package org.citycoop.project;

import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.citycoop.base.pdf.NothingToPrintException;
import org.citycoop.base.pdf.OfficialDocument;
import org.citycoop.base.pdf.OfficialDocument.Fact;
import org.citycoop.base.pdf.PrintTexts;
import org.citycoop.security.CityCoopUser;
import org.springframework.stereotype.Component;

/**
 * The frame of the project's printed documents: the project is looked up as the user may see it
 * (another organisation's project is not found), then the record the document prints, then the
 * title block and the project's facts; each document adds only its own body. The parties are named
 * in the document's language with the other form beside it: both sides read it (DD029).
 */
@Component
class ProjectPrintouts {

    private final ProjectService projects;
    private final Clock clock;

    ProjectPrintouts(ProjectService projects, Clock clock) {
        this.projects = projects;
        this.clock = clock;
    }

    /** What one document adds after the project's facts. */
    @FunctionalInterface
    interface Body<R> {
        void write(OfficialDocument document, PrintTexts texts, Project project, R printed);
    }

    /**
     * Writes the document titled by {@code titleKey} to {@code out}, in the language of {@code locale}.
     * {@code what} names the record in the error when {@code record} finds none.
     */
    <R> void write(String projectCode, CityCoopUser user, Locale locale, OutputStream out, String titleKey,
                   String what, Supplier<Optional<R>> record, Body<R> body) {
        Project project = projects.require(projectCode, user);
        R printed = record.get().orElseThrow(() -> new NothingToPrintException(what, projectCode));
        PrintTexts texts = PrintTexts.of(locale);
        OfficialDocument document = start(project, texts.get(titleKey), texts);
        body.write(document, texts, project, printed);
        document.writeTo(out);
    }

    /** A document of the project issued today by its lead, opening with the project's facts. */
    private OfficialDocument start(Project project, String title, PrintTexts texts) {
        Locale locale = texts.locale();
        return OfficialDocument.titled(texts, title, project.leadName().in(locale), project.code(), project.title(),
                LocalDate.now(clock)).facts(List.of(
                new Fact(texts.get("print.project.lead"), project.leadName().withOther(locale)),
                new Fact(texts.get("print.project.partner"), project.partnerName().withOther(locale)),
                new Fact(texts.get("print.project.theme"), texts.get(project.themeKey()) + " · " + texts.get(project.cooperationTypeKey())),
                new Fact(texts.get("print.project.period"),
                        texts.get("print.period", texts.date(project.plannedStart()), texts.date(project.plannedEnd()))),
                new Fact(texts.get("print.project.budget"), texts.yen(project.budgetJpy()))));
    }
}
