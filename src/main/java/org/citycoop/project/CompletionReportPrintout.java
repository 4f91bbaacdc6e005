package org.citycoop.project;

import java.io.OutputStream;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.citycoop.base.pdf.NothingToPrintException;
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

    private final ProjectService projects;
    private final ImplementationService implementation;
    private final Clock clock;

    CompletionReportPrintout(ProjectService projects, ImplementationService implementation, Clock clock) {
        this.projects = projects;
        this.implementation = implementation;
        this.clock = clock;
    }

    /** Writes the report to {@code out} in the language of {@code locale}, for those who may see the project. */
    @Transactional(readOnly = true)
    public void write(String projectCode, Locale locale, CityCoopUser user, OutputStream out) {
        Project project = projects.require(projectCode, user);
        CompletionReport report = implementation.completionReport(projectCode, user)
                .orElseThrow(() -> new NothingToPrintException("completion report", projectCode));
        PrintTexts texts = PrintTexts.of(locale);
        OfficialDocument document = ProjectPrintouts.start(project, "print.completion.title", locale, clock);
        document.heading(texts.get("print.completion.report")).facts(List.of(
                new Fact(texts.get("print.written-by"), report.writtenBy()),
                new Fact(texts.get("print.written-on"), texts.date(report.writtenAt()))));
        document.heading(texts.get("print.completion.outcomes")).paragraph(report.outcomes());
        document.heading(texts.get("print.completion.lessons")).paragraph(report.lessons());
        implementation.actionPlan(projectCode, user).filter(plan -> !plan.targets().isEmpty()).ifPresent(plan ->
                document.heading(texts.get("print.completion.targets")).table(
                        List.of(Column.text(texts.get("print.completion.indicator"), 0.43f),
                                Column.amount(texts.get("print.completion.baseline"), 0.17f),
                                Column.amount(texts.get("print.completion.target"), 0.17f),
                                Column.text(texts.get("print.completion.target-date"), 0.23f)),
                        plan.targets().stream().map(target -> List.of(target.indicator().name() + " (" + target.indicator().unit() + ")",
                                texts.number(target.baseline()), texts.number(target.target()),
                                texts.date(target.targetDate()))).toList()));
        document.writeTo(out);
    }
}
