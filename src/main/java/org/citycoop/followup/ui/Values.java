package org.citycoop.followup.ui;

import com.vaadin.flow.component.UI;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Optional;

/** How the follow-up screens write numbers and dates. */
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
}
