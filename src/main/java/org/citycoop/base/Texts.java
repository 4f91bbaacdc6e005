package org.citycoop.base;

/** Free-text fields: trimmed, length-checked, empty means absent. */
public final class Texts {

    private Texts() {
    }

    public static String optional(String text, String field, String label, int maxLength) {
        String clean = text == null ? "" : text.strip();
        if (clean.length() > maxLength) {
            throw InvalidInputException.of(field, label + ": shorten it to at most " + maxLength + " characters.");
        }
        return clean.isEmpty() ? null : clean;
    }

    public static String required(String text, String field, String label, int maxLength) {
        String clean = optional(text, field, label, maxLength);
        if (clean == null) {
            throw InvalidInputException.of(field, label + ": this is required; please fill it in.");
        }
        return clean;
    }
}
