package org.citycoop.base;

/**
 * Free-text fields: trimmed, length-checked, empty means absent. {@code label} is the field's name
 * as the user reads it (a message, so that it is translated with the problem: DD030).
 */
public final class Texts {

    private Texts() {
    }

    public static String optional(String text, String field, Message label, int maxLength) {
        String clean = text == null ? "" : text.strip();
        if (clean.length() > maxLength) {
            throw InvalidInputException.of(field, "problem.too-long", label, maxLength);
        }
        return clean.isEmpty() ? null : clean;
    }

    public static String required(String text, String field, Message label, int maxLength) {
        String clean = optional(text, field, label, maxLength);
        if (clean == null) {
            throw InvalidInputException.of(field, "problem.required", label);
        }
        return clean;
    }
}
