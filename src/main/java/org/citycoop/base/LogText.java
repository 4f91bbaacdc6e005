package org.citycoop.base;

/**
 * Text from outside (a username as typed, a file name) made safe for one log line: line breaks and
 * other control characters are written as escapes, so input cannot start a forged log line.
 */
public final class LogText {

    private LogText() {
    }

    public static String encode(String text) {
        if (text == null) {
            return "-";
        }
        StringBuilder encoded = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '\r' -> encoded.append("\\r");
                case '\n' -> encoded.append("\\n");
                case '\t' -> encoded.append("\\t");
                case '\\' -> encoded.append("\\\\");
                default -> {
                    if (Character.isISOControl(c) || c == 0x2028 || c == 0x2029) {
                        encoded.append(String.format("\\u%04x", c));
                    } else {
                        encoded.appendCodePoint(c);
                    }
                }
            }
        });
        return encoded.toString();
    }
}
