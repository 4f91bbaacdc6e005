package org.citycoop.base;

import java.math.BigDecimal;

/** Numbers typed by people (indicator values): plain decimals, refused with a message that says what to type. */
public final class Numbers {

    private static final BigDecimal LIMIT = new BigDecimal("100000000000000");

    private Numbers() {
    }

    /** The number in {@code text} (e.g. {@code 42.5} or {@code -3}), or an {@link InvalidInputException} on {@code field}. */
    public static BigDecimal required(String text, String field, Message label) {
        String clean = text == null ? "" : text.strip().replace(" ", "");
        if (clean.isEmpty()) {
            throw InvalidInputException.of(field, "problem.number.missing", label);
        }
        if (!clean.matches("-?\\d+(\\.\\d+)?")) {
            throw InvalidInputException.of(field, "problem.number.invalid", label, text.strip());
        }
        BigDecimal value = new BigDecimal(clean);
        if (value.abs().compareTo(LIMIT) >= 0 || value.scale() > 4) {
            throw InvalidInputException.of(field, "problem.number.too-large", label);
        }
        return value;
    }
}
