package org.citycoop.workflow;

/** What a task is about, for the inbox: the project's title and partner city. */
public record TaskSubject(String title, String partner) {
}
