package org.citycoop.base.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Text as the document's font can print it: characters the font lacks become their letter without
 * accents (ẵ → a) or "?", instead of failing the whole document; lines are wrapped to a width.
 */
final class PdfText {

    /** Characters a Japanese line may not start with (kinsoku): closing marks and small punctuation. */
    private static final String NO_LINE_START = "、。，．,.)）」』】〕・ー：；？！ぁぃぅぇぉっゃゅょァィゥェォッャュョ";

    private final PDType0Font font;
    private final Map<Integer, String> printable = new HashMap<>();

    PdfText(PDType0Font font) {
        this.font = font;
    }

    PDType0Font font() {
        return font;
    }

    float width(String line, float size) {
        try {
            return font.getStringWidth(line) / 1000 * size;
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    /**
     * {@code text} in lines no wider than {@code width}: its own line breaks kept, broken between words,
     * or between two Japanese characters, or inside a word too long for a line; one empty line for no text.
     */
    List<String> wrap(String text, float size, float width) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : printableOf(text == null ? "" : text).split("\n", -1)) {
            wrapParagraph(paragraph.stripTrailing(), size, width, lines);
        }
        return lines;
    }

    private void wrapParagraph(String paragraph, float size, float width, List<String> lines) {
        String rest = paragraph;
        while (width(rest, size) > width) {
            int fits = longestFit(rest, size, width);
            int cut = lastBreak(rest, fits);
            lines.add(rest.substring(0, cut).stripTrailing());
            rest = rest.substring(cut).stripLeading();
        }
        lines.add(rest);
    }

    /** How many characters from the start fit in the width (at least one, so that wrapping always ends). */
    private int longestFit(String text, float size, float width) {
        int end = 1;
        while (end < text.length() && width(text.substring(0, end + 1), size) <= width) {
            end++;
        }
        return end;
    }

    /** Where to break at or before {@code fits}: after a space, or before a character of a Japanese line; else at {@code fits}. */
    private static int lastBreak(String text, int fits) {
        for (int i = fits; i > 0; i--) {
            char before = text.charAt(i - 1);
            char after = text.charAt(i);
            if (before == ' ' || (isIdeographicLine(before, after) && NO_LINE_START.indexOf(after) < 0)) {
                return i;
            }
        }
        return fits;
    }

    private static boolean isIdeographicLine(char before, char after) {
        return isWide(before) || isWide(after);
    }

    private static boolean isWide(char c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || (c >= '\u3000' && c <= '\u303F') || (c >= '\uFF00' && c <= '\uFFEF');
    }

    private String printableOf(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.replace("\r\n", "\n").replace('\r', '\n').replace('\t', ' ').codePoints()
                .forEach(codePoint -> out.append(codePoint == '\n' ? "\n" : printable.computeIfAbsent(codePoint, this::printableCharacter)));
        return out.toString();
    }

    private String printableCharacter(int codePoint) {
        if (Character.isISOControl(codePoint)) {
            return "";
        }
        String character = Character.toString(codePoint);
        if (canPrint(character)) {
            return character;
        }
        String withoutAccents = Normalizer.normalize(character, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return !withoutAccents.isEmpty() && canPrint(withoutAccents) ? withoutAccents : "?";
    }

    private boolean canPrint(String character) {
        try {
            font.encode(character);
            return true;
        } catch (IllegalArgumentException | IOException noGlyph) {
            return false;
        }
    }
}
