package org.citycoop.feasibility.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import org.citycoop.feasibility.FeasibilityService;
import org.citycoop.security.CityCoopUser;

/** A link that downloads the study's report; the file is read when clicked, under the service's access rule. */
final class ReportLink {

    private ReportLink() {
    }

    static Anchor of(FeasibilityService feasibility, String projectCode, CityCoopUser user, String text) {
        DownloadHandler download = DownloadHandler.fromInputStream(event -> feasibility.reportOf(projectCode, user)
                .map(file -> new DownloadResponse(new ByteArrayInputStream(file.content()), file.fileName(),
                        file.contentType(), file.content().length))
                .orElseGet(() -> DownloadResponse.error(HttpStatusCode.NOT_FOUND)));
        return new Anchor(download, AttachmentType.DOWNLOAD, text);
    }
}
