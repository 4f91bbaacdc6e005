package org.citycoop.project.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import java.time.LocalDate;
import org.citycoop.base.ui.FactCards;
import org.citycoop.base.ui.Formats;

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

    /** An imported historical project may not know its end: the period then ends open. */
    static String period(LocalDate start, LocalDate end) {
        return Formats.date(start) + " – " + Formats.date(end);
    }
}
