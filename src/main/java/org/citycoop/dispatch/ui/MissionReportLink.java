package org.citycoop.dispatch.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import org.citycoop.base.ui.PdfDownload;
import org.citycoop.dispatch.MissionReportPrintout;
import org.citycoop.security.CurrentUser;

/** The link that prints a dispatch's mission report, in the language of the screen it is on (PdfDownload). */
final class MissionReportLink {

    private MissionReportLink() {
    }

    static Anchor of(Component owner, MissionReportPrintout printout, String projectCode, long dispatchId, CurrentUser currentUser) {
        return PdfDownload.link(owner.getTranslation("print.link.mission"), projectCode + "-mission-report-" + dispatchId + ".pdf",
                (locale, out) -> printout.write(projectCode, dispatchId, locale, currentUser.require(), out));
    }
}
