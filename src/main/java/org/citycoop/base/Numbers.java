package org.citycoop.base;

import java.math.BigDecimal;

/** Numbers typed by people (indicator values): plain decimals, refused with a message that says what to type. */
public final class Numbers {

    private static final BigDecimal LIMIT = new BigDecimal("100000000000000");

    private Numbers() {
    }

    /** The number in {@code text} (e.g. {@code 42.5} or {@code -3}), or an {@link InvalidInputException} on {@code field}. */
    public static BigDecimal required(String text, String field, String label) {
        String clean = text == null ? "" : text.strip().replace(" ", "");
        if (clean.isEmpty()) {
            throw InvalidInputException.of(field, label + ": enter a number, e.g. 42.5.");
        }
        if (!clean.matches("-?\\d+(\\.\\d+)?")) {
            throw InvalidInputException.of(field, label + ": \"" + text.strip() + "\" is not a number; enter digits with"
                    + " a point for decimals, e.g. 42.5.");
        }
        BigDecimal value = new BigDecimal(clean);
        if (value.abs().compareTo(LIMIT) >= 0 || value.scale() > 4) {
            throw InvalidInputException.of(field, label + ": enter a number below 100 trillion with at most 4 decimals.");
        }
        return value;
    }
}
