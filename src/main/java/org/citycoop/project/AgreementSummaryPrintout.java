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

/** The summary of the agreement (MoU) with the partner city, once confirmed: the parties, their signatories and the dates. */
@Service
public class AgreementSummaryPrintout {

    private final ProjectService projects;
    private final ProjectLifecycleService lifecycle;
    private final Clock clock;

    AgreementSummaryPrintout(ProjectService projects, ProjectLifecycleService lifecycle, Clock clock) {
        this.projects = projects;
        this.lifecycle = lifecycle;
        this.clock = clock;
    }

    /** Writes the summary to {@code out} in the language of {@code locale}, for those who may see the project. */
    @Transactional(readOnly = true)
    public void write(String projectCode, Locale locale, CityCoopUser user, OutputStream out) {
        Project project = projects.require(projectCode, user);
        CooperationAgreement agreement = lifecycle.agreement(projectCode, user)
                .orElseThrow(() -> new NothingToPrintException("agreement", projectCode));
        PrintTexts texts = PrintTexts.of(locale);
        OfficialDocument document = ProjectPrintouts.start(project, "print.agreement.title", locale, clock);
        document.heading(texts.get("print.agreement.parties")).table(
                List.of(Column.text(texts.get("print.agreement.party"), 0.22f),
                        Column.text(texts.get("print.agreement.organisation"), 0.39f),
                        Column.text(texts.get("print.agreement.signatory"), 0.39f)),
                List.of(List.of(texts.get("print.agreement.lead"), project.leadName().withOther(locale), agreement.leadSignatory()),
                        List.of(texts.get("print.agreement.partner"), project.partnerName().withOther(locale), agreement.partnerSignatory())));
        document.heading(texts.get("print.agreement.term")).facts(List.of(
                new Fact(texts.get("print.agreement.signed-on"), texts.date(agreement.signedOn())),
                new Fact(texts.get("print.agreement.expires-on"), texts.date(agreement.expiresOn()))));
        document.writeTo(out);
    }
}
