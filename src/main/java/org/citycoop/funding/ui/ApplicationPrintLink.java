package org.citycoop.funding.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import org.citycoop.base.ui.PdfDownload;
import org.citycoop.funding.FundingApplicationPrintout;
import org.citycoop.security.CurrentUser;

/** The link that prints a funding application, in the language of the screen it is on: on the project page and the task screens. */
public final class ApplicationPrintLink {

    private ApplicationPrintLink() {
    }

    public static Anchor of(Component owner, FundingApplicationPrintout printout, String projectCode, int round, CurrentUser currentUser) {
        return PdfDownload.link(owner.getTranslation("print.link.funding"), projectCode + "-funding-application-" + round + ".pdf",
                (locale, out) -> printout.write(projectCode, round, locale, currentUser.require(), out));
    }
}
