package org.citycoop.dashboard;

import org.citycoop.name.Name;

/** How many of something (projects, trainees, dispatches) fall to one item: a lead organisation, a theme or a country. */
public record CountByItem(String code, Name name, long count) {
}
