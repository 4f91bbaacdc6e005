package org.citycoop.followup.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Optional;

/** How the follow-up screens write numbers, dates and facts. */
final class Values {

    private Values() {
    }

    /** 45.0000 → 45, 12.5000 → 12.5: as the partner typed it. */
    static String number(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    static String date(LocalDate date) {
        Locale locale = Optional.ofNullable(UI.getCurrent()).map(UI::getLocale).orElse(Locale.ENGLISH);
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
    }

    /** A card of facts in the {@code project-summary} style. */
    static Div card(String title, Component... facts) {
        Div card = new Div(new H3(title));
        card.add(facts);
        card.addClassName("project-summary");
        return card;
    }

    static Div fact(String label, String value) {
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
