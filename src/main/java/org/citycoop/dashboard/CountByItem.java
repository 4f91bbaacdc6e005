package org.citycoop.dashboard;

/** How many of something (projects, trainees, dispatches) fall to one item: a theme or a country. */
public record CountByItem(String code, String name, long count) {
}
