package org.citycoop.project.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import java.io.OutputStream;
import java.util.Locale;
import org.citycoop.base.ui.PdfDownload;
import org.citycoop.project.AgreementSummaryPrintout;
import org.citycoop.project.CompletionReportPrintout;
import org.citycoop.project.EvaluationPrintout;
import org.citycoop.security.CityCoopUser;
import org.citycoop.security.CurrentUser;

/** The links that print a project's documents, in the language of the screen they are on. */
final class PrintLinks {

    private PrintLinks() {
    }

    static Anchor agreement(Component owner, AgreementSummaryPrintout printout, String code, CurrentUser currentUser) {
        return link(owner, "print.link.agreement", code + "-agreement.pdf", printout::write, code, currentUser);
    }

    static Anchor completionReport(Component owner, CompletionReportPrintout printout, String code, CurrentUser currentUser) {
        return link(owner, "print.link.completion", code + "-completion-report.pdf", printout::write, code, currentUser);
    }

    static Anchor evaluation(Component owner, EvaluationPrintout printout, String code, CurrentUser currentUser) {
        return link(owner, "print.link.evaluation", code + "-evaluation.pdf", printout::write, code, currentUser);
    }

    /** What the three printouts of a whole project have in common: the project, the language, the reader. */
    private interface ProjectPrintout {
        void write(String projectCode, Locale locale, CityCoopUser user, OutputStream out);
    }

    private static Anchor link(Component owner, String textKey, String fileName, ProjectPrintout printout, String code,
                               CurrentUser currentUser) {
        return PdfDownload.link(owner.getTranslation(textKey), fileName,
                (locale, out) -> printout.write(code, locale, currentUser.require(), out));
    }
}
