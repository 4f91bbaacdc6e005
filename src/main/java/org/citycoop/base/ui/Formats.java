package org.citycoop.base.ui;

import java.text.NumberFormat;
import java.util.Locale;

/** How screens write values, the same way everywhere. */
public final class Formats {

    private Formats() {
    }

    /**
     * Yen with the ordinary sign, as forms show it: {@code Locale.JAPAN}'s currency format
     * writes the full-width "￥", which would differ from the form's prefix.
     */
    public static String yen(long amount) {
        return "¥" + NumberFormat.getIntegerInstance(Locale.JAPAN).format(amount);
    }
}
