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

/** The summary of the agreement (MoU) with the partner city, once confirmed: the parties, their signatories and the dates. */
@Service
public class AgreementSummaryPrintout {

    private final ProjectPrintouts printouts;
    private final ProjectLifecycleService lifecycle;

    AgreementSummaryPrintout(ProjectPrintouts printouts, ProjectLifecycleService lifecycle) {
        this.printouts = printouts;
        this.lifecycle = lifecycle;
    }

    /** Writes the summary to {@code out} in the language of {@code locale}, for those who may see the project. */
    @Transactional(readOnly = true)
    public void write(String projectCode, Locale locale, CityCoopUser user, OutputStream out) {
        printouts.write(projectCode, user, locale, out, "print.agreement.title", "agreement",
                () -> lifecycle.agreement(projectCode, user), AgreementSummaryPrintout::body);
    }

    private static void body(OfficialDocument document, PrintTexts texts, Project project, CooperationAgreement agreement) {
        document.heading(texts.get("print.agreement.parties")).table(
                List.of(Column.text(texts.get("print.agreement.party"), 0.22f),
                        Column.text(texts.get("print.agreement.organisation"), 0.39f),
                        Column.text(texts.get("print.agreement.signatory"), 0.39f)),
                List.of(List.of(texts.get("print.agreement.lead"), project.leadName().withOther(texts.locale()), agreement.leadSignatory()),
                        List.of(texts.get("print.agreement.partner"), project.partnerName().withOther(texts.locale()), agreement.partnerSignatory())));
        document.heading(texts.get("print.agreement.term")).facts(List.of(
                new Fact(texts.get("print.agreement.signed-on"), texts.date(agreement.signedOn())),
                new Fact(texts.get("print.agreement.expires-on"), texts.date(agreement.expiresOn()))));
    }
}
