package org.citycoop.project;

import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import org.citycoop.base.pdf.OfficialDocument;
import org.citycoop.base.pdf.OfficialDocument.Column;
import org.citycoop.base.pdf.OfficialDocument.Fact;
import org.citycoop.base.pdf.PrintTexts;
import org.citycoop.security.CityCoopUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The completion report as the lead files it: outcomes, lessons learned, and the indicator targets
 * of the partner's action plan that the follow-up measured against.
 */
@Service
public class CompletionReportPrintout {

    private final ProjectPrintouts printouts;
    private final ImplementationService implementation;

    CompletionReportPrintout(ProjectPrintouts printouts, ImplementationService implementation) {
        this.printouts = printouts;
        this.implementation = implementation;
    }

    /** Writes the report to {@code out} in the language of {@code locale}, for those who may see the project. */
    @Transactional(readOnly = true)
    public void write(String projectCode, Locale locale, CityCoopUser user, OutputStream out) {
        printouts.write(projectCode, user, locale, out, "print.completion.title", "completion report",
                () -> implementation.completionReport(projectCode, user),
                (document, texts, project, report) -> body(document, texts, report, project, user));
    }

    private void body(OfficialDocument document, PrintTexts texts, CompletionReport report, Project project, CityCoopUser user) {
        document.heading(texts.get("print.completion.report")).facts(List.of(
                new Fact(texts.get("print.written-by"), report.writtenBy()),
                new Fact(texts.get("print.written-on"), texts.date(report.writtenAt()))));
        document.heading(texts.get("print.completion.outcomes")).paragraph(report.outcomes());
        document.heading(texts.get("print.completion.lessons")).paragraph(report.lessons());
        implementation.actionPlan(project.code(), user).filter(plan -> !plan.targets().isEmpty()).ifPresent(plan ->
                document.heading(texts.get("print.completion.targets")).table(
                        List.of(Column.text(texts.get("print.completion.indicator"), 0.43f),
                                Column.amount(texts.get("print.completion.baseline"), 0.17f),
                                Column.amount(texts.get("print.completion.target"), 0.17f),
                                Column.text(texts.get("print.completion.target-date"), 0.23f)),
                        plan.targets().stream().map(target -> List.of(texts.name(target.indicator().name()) + " (" + target.indicator().unit() + ")",
                                texts.number(target.baseline()), texts.number(target.target()),
                                texts.date(target.targetDate()))).toList()));
    }
}
