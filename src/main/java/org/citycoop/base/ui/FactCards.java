package org.citycoop.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/**
 * Recorded facts above a task's form, the same way on every screen: cards of the {@code project-summary}
 * style holding label-and-value facts, notes in the comment style, dates in the user's locale.
 */
public final class FactCards {

    private FactCards() {
    }

    public static Div card(String title, Component... facts) {
        Div card = new Div(new H3(title));
        card.add(facts);
        card.addClassName("project-summary");
        return card;
    }

    /**
     * A section of the project page in the card style, named by {@code className} (e.g.
     * {@code project-timeline}) so that it can be found; other features add theirs the same way.
     */
    public static Div section(String className, String title, Component... content) {
        Div section = new Div(new H3(title));
        section.add(content);
        section.addClassNames("project-section", className);
        return section;
    }

    /** A list entry: the main text, then who and when in a quieter line. */
    public static ListItem entry(String text, String meta) {
        Span main = new Span(text);
        Span quiet = new Span(meta);
        quiet.addClassName("entry-meta");
        return new ListItem(main, quiet);
    }

    /** A label and its value; the value keeps its line breaks. */
    /**
     * Marks a fact whose value is a name with the other form beside it (DD029): its lines break
     * between the words and forms, not inside a Japanese name ("インドネシ|ア").
     */
    public static Div names(Div fact) {
        fact.addClassName("fact-names");
        return fact;
    }

    public static Div fact(String labelText, String value) {
        Span label = new Span(labelText);
        label.addClassName("fact-label");
        Span text = new Span(value == null ? "" : value);
        text.addClassName("fact-value");
        text.getStyle().set("white-space", "pre-line");
        Div fact = new Div(label, text);
        fact.addClassName("fact");
        return fact;
    }

    /** The fact across the whole width of its card, for long texts. */
    public static Div wide(Div fact) {
        fact.getStyle().set("grid-column", "1 / -1");
        return fact;
    }

    /** Something the reader must act on (a refusal, a block, a question), in the comment style. */
    public static Div note(String title, String text) {
        Paragraph body = new Paragraph(text == null ? "" : text);
        body.getStyle().set("white-space", "pre-line");
        Div note = new Div(new Span(title), body);
        note.addClassName("manager-comment");
        return note;
    }
}
