package org.citycoop.workflow;

import org.citycoop.name.Name;

/** What a task is about, for the inbox: the project's title and partner city (both forms of its name, DD029). */
public record TaskSubject(String title, Name partner) {
}
