package org.citycoop.project;

import java.time.Instant;
import java.util.Locale;
import org.citycoop.base.AuditTrail;
import org.citycoop.base.Message;
import org.citycoop.name.Name;

/**
 * One entry of a project's audit trail, with the project it belongs to and who did it; {@code worded} is
 * the detail as a message for the reader's language (DD035), null for a detail typed or older.
 */
public record ProjectActivity(String projectCode, String projectTitle, Name actorName, String action,
                              String detail, Instant occurredAt, Message worded) {

    /** The detail in the reader's language when it was recorded in words; as written otherwise. */
    public String detailIn(Locale locale) {
        return AuditTrail.detailIn(locale, detail, worded);
    }
}
