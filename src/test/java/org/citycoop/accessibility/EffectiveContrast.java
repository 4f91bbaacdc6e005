package org.citycoop.accessibility;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The second colour-contrast check (DD036), for exactly the elements axe-core left undecided on
 * {@code color-contrast}: their computed text colour against the background they are drawn on by
 * design — the backgrounds of their ancestors in the flat tree, shadow hosts and slots included,
 * alpha-blended from the page's white up, every stop of a gradient tried — at 4.5:1, or 3:1 for large
 * text (24px, or 18.66px bold) and for the non-text characters axe names; disabled controls are exempt.
 * It runs in the same page visit, right after axe (whose script it uses to find the elements).
 */
final class EffectiveContrast {

    static final String RULE = "color-contrast";
    private static final String SCRIPT = script();
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What the check says of one element: pass, fail, exempt (disabled) or undecided, and why. */
    record Judgement(String target, String verdict, double ratio, double required, String foreground, String background,
                     String text, String why) {
        boolean fails() {
            return "fail".equals(verdict);
        }

        boolean undecided() {
            return "undecided".equals(verdict);
        }
    }

    private EffectiveContrast() {
    }

    /** Judges the undecided {@code color-contrast} findings among {@code incomplete}; none when there are none. */
    static List<Judgement> of(Page page, List<AxeScan.Finding> incomplete) {
        List<Map<String, Object>> items = incomplete.stream().filter(finding -> finding.rule().equals(RULE))
                .map(finding -> Map.<String, Object>of("target", finding.path(), "nonText", finding.nonText()))
                .toList();
        if (items.isEmpty()) {
            return List.of();
        }
        try {
            Object answer = page.evaluate(SCRIPT, JSON.writeValueAsString(items));
            return JSON.convertValue(answer, JSON.getTypeFactory().constructCollectionType(List.class, Judgement.class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String script() {
        try (InputStream in = EffectiveContrast.class.getResourceAsStream("effective-contrast.js")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
