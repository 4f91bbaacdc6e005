package org.citycoop.peerlearning.ui;

import com.vaadin.flow.component.Component;
import java.math.BigDecimal;
import org.citycoop.base.ui.Formats;
import org.citycoop.peerlearning.IndicatorFigures;

/** How the screens write indicator figures: plain numbers with the unit, and what the latest value means. */
final class Figures {

    private Figures() {
    }

    static String value(BigDecimal value, String unit) {
        return value.stripTrailingZeros().toPlainString() + " " + unit;
    }

    /** "12 t/day (1 Dec 2026)", or "no report yet". */
    static String latest(Component screen, IndicatorFigures figures) {
        if (figures.latest() == null) {
            return screen.getTranslation("peer.figures.no-report");
        }
        return value(figures.latest(), figures.indicator().unit()) + " (" + Formats.date(figures.latestOn()) + ")";
    }

    /** Target reached, improved on the baseline, not yet better, or no report. */
    static String standing(Component screen, IndicatorFigures figures) {
        if (figures.latest() == null) {
            return "";
        }
        return screen.getTranslation(figures.targetReached() ? "peer.figures.reached"
                : figures.improved() ? "peer.figures.improved" : "peer.figures.not-better");
    }
}
