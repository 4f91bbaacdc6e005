package org.citycoop.project.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Optional;
import org.citycoop.base.ui.FactCards;

/** Recorded facts as label and value, in cards of the {@code project-summary} style above a task's form. */
final class Facts {

    private Facts() {
    }

    static Div card(String title, Component... facts) {
        return FactCards.card(title, facts);
    }

    static Div fact(Component owner, String labelKey, String value) {
        return FactCards.fact(owner.getTranslation(labelKey), value);
    }

    /** A fact with a long text: it takes the whole width of the card. */
    static Div wideFact(Component owner, String labelKey, String value) {
        Div fact = fact(owner, labelKey, value);
        fact.getStyle().set("grid-column", "1 / -1");
        return fact;
    }

    static String period(LocalDate start, LocalDate end) {
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale());
        // an imported historical project may not know its end
        return date.format(start) + " – " + (end == null ? "" : date.format(end));
    }

    static Locale locale() {
        return Optional.ofNullable(UI.getCurrent()).map(UI::getLocale).orElse(Locale.ENGLISH);
    }

    static String date(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale()).format(date);
    }
}
