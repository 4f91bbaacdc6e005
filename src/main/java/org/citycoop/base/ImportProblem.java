package org.citycoop.base;

import java.util.Locale;

/**
 * One reason a row of an imported file was refused: the file's line (the header is line 1), the
 * column, what is wrong — a message rendered in the reader's language where it is shown (DD030).
 */
public record ImportProblem(int line, String column, Message text) {

    public static ImportProblem of(int line, String column, String key, Object... args) {
        return new ImportProblem(line, column, Message.of(key, args));
    }

    public String reason(Locale locale) {
        return text.in(locale);
    }

    /** The English reason: for the log, and what tests compare. */
    public String reason() {
        return text.toString();
    }
}
