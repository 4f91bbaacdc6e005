package org.citycoop.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;

/** Recorded facts as label and value, in cards of the {@code project-summary} style above a task's form. */
public final class FactCard {

    private FactCard() {
    }

    public static Div card(String title, Component... facts) {
        Div card = new Div(new H3(title));
        card.add(facts);
        card.addClassName("project-summary");
        return card;
    }

    /** One fact: its label above its value; a value of several lines keeps its line breaks. */
    public static Div fact(String label, String value) {
        Span caption = new Span(label);
        caption.addClassName("fact-label");
        Span text = new Span(value == null ? "" : value);
        text.addClassName("fact-value");
        text.getStyle().set("white-space", "pre-line");
        Div fact = new Div(caption, text);
        fact.addClassName("fact");
        return fact;
    }
}
