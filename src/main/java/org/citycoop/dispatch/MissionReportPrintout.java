package org.citycoop.dispatch;

import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.citycoop.base.pdf.NothingToPrintException;
import org.citycoop.base.pdf.OfficialDocument;
import org.citycoop.base.pdf.OfficialDocument.Column;
import org.citycoop.base.pdf.OfficialDocument.Fact;
import org.citycoop.base.pdf.PrintTexts;
import org.citycoop.dispatch.Dispatch.Report;
import org.citycoop.project.Project;
import org.citycoop.project.ProjectService;
import org.citycoop.security.CityCoopUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The report of a mission of specialists (出張復命書), once submitted: where and when, who went,
 * the terms of reference, and what the mission did, found and recommends.
 */
@Service
public class MissionReportPrintout {

    private final ProjectService projects;
    private final DispatchService dispatches;
    private final Clock clock;

    MissionReportPrintout(ProjectService projects, DispatchService dispatches, Clock clock) {
        this.projects = projects;
        this.dispatches = dispatches;
        this.clock = clock;
    }

    /** Writes the report of dispatch {@code dispatchId} of the project to {@code out}, in the language of {@code locale}. */
    @Transactional(readOnly = true)
    public void write(String projectCode, long dispatchId, Locale locale, CityCoopUser user, OutputStream out) {
        Project project = projects.require(projectCode, user);
        Dispatch dispatch = dispatches.dispatchesOf(projectCode, user).stream()
                .filter(candidate -> candidate.id() == dispatchId && candidate.report().isPresent()).findFirst()
                .orElseThrow(() -> new NothingToPrintException("mission report of dispatch " + dispatchId, projectCode));
        Report report = dispatch.report().orElseThrow();
        PrintTexts texts = PrintTexts.of(locale);
        OfficialDocument document = OfficialDocument.titled(texts, texts.get("print.mission.title"), project.leadName().in(locale),
                project.code(), project.title(), LocalDate.now(clock));
        document.facts(List.of(
                new Fact(texts.get("print.mission.purpose"), dispatch.terms().purpose()),
                new Fact(texts.get("print.mission.destination"), project.partnerName().withOther(locale) + ", " + dispatch.destinationName().in(locale)),
                new Fact(texts.get("print.mission.dates"), texts.get("print.mission.days",
                        texts.get("print.period", texts.date(dispatch.departureOn()), texts.date(dispatch.returnOn())),
                        dispatch.durationDays())),
                new Fact(texts.get("print.mission.cost"), dispatch.costEstimateJpy() == null ? "–" : texts.yen(dispatch.costEstimateJpy())),
                new Fact(texts.get("print.mission.reported-by"), texts.get("print.by-on", report.submittedBy(), texts.date(report.submittedAt()))),
                new Fact(texts.get("print.mission.acknowledged-by"), report.acknowledgedBy() == null ? "–" : report.acknowledgedBy())));
        document.heading(texts.get("print.mission.specialists")).table(
                List.of(Column.text(texts.get("print.mission.name"), 0.22f), Column.text(texts.get("print.mission.organisation"), 0.26f),
                        Column.text(texts.get("print.mission.position"), 0.22f), Column.text(texts.get("print.mission.expertise"), 0.30f)),
                dispatch.specialists().stream().map(member -> List.of(member.specialist().name(), member.organisationName().in(locale),
                        member.specialist().position(), member.specialist().expertise())).toList());
        document.heading(texts.get("print.mission.tasks")).paragraph(dispatch.terms().tasks());
        document.heading(texts.get("print.mission.activities")).paragraph(report.activities());
        document.heading(texts.get("print.mission.findings")).paragraph(report.findings());
        document.heading(texts.get("print.mission.recommendations")).paragraph(report.recommendations());
        document.writeTo(out);
    }
}
