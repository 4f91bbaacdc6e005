package org.citycoop.dispatch;

import java.time.LocalDate;
import org.citycoop.name.Name;

/** The project and planned item a dispatch belongs to, as the dispatch screens show them. */
public record DispatchProject(long id, String code, String title, String leadCode, Name leadName, Name partnerName,
                              String partnerCountryIso2, long itemId, String itemTitle, LocalDate plannedStart,
                              LocalDate plannedEnd) {
}
