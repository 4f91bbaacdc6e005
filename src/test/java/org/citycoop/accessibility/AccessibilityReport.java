package org.citycoop.accessibility;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What axe-core found on every screen, as {@code target/accessibility-report.md}: the screens and who
 * opened them, the violations by impact (with rule, element and screen), the violations set aside as
 * known upstream issues, how many elements axe could not decide on ("incomplete"), by rule, and what the
 * second contrast check (DD036) says of the colour contrast axe could not decide.
 */
final class AccessibilityReport {

    static final Path FILE = Path.of("target", "accessibility-report.md");

    private record Entry(ScreenCatalogue.Screen screen, String url, AxeScan.Result result) { }

    private final List<Entry> entries = new ArrayList<>();
    private final List<String> unopened = new ArrayList<>();

    void add(ScreenCatalogue.Screen screen, String url, AxeScan.Result result) {
        entries.add(new Entry(screen, url, result));
    }

    void couldNotOpen(ScreenCatalogue.Screen screen, String why) {
        unopened.add(screen.route() + ": " + why);
    }

    List<String> unopened() {
        return List.copyOf(unopened);
    }

    /** The serious and critical violations, one line each: rule, element, screen. */
    List<String> blocking() {
        return entries.stream().flatMap(entry -> entry.result().blocking().stream()
                        .map(finding -> line(finding, entry)))
                .toList();
    }

    /** The texts whose colour contrast the second check (DD036) found too low, one line each. */
    List<String> contrastFailures() {
        return entries.stream().flatMap(entry -> entry.result().contrast().stream().filter(EffectiveContrast.Judgement::fails)
                .map(judgement -> line(judgement, entry))).toList();
    }

    void write() {
        StringBuilder md = new StringBuilder("# Accessibility report\n\n")
                .append("axe-core ").append(String.join(", ", AxeScan.TAGS))
                .append(", every screen at 1280×800 in headless Chromium, requests to other hosts blocked (EveryScreenTest, DD031).\n\n");
        md.append("## Screens (").append(entries.size()).append(" opened, ").append(unopened.size()).append(" not)\n\n")
                .append("| route | user | violations | set aside | incomplete | contrast: second check pass / fail / exempt / undecided |\n")
                .append("|---|---|---|---|---|---|\n");
        for (Entry entry : entries) {
            md.append("| `").append(entry.screen().route()).append("` | ").append(entry.screen().user() == null ? "(signed out)" : entry.screen().user())
                    .append(" | ").append(entry.result().violations().size()).append(" | ").append(entry.result().setAside().size())
                    .append(" | ").append(entry.result().incomplete().size())
                    .append(" | ").append(verdicts(List.of(entry))).append(" |\n");
        }
        unopened.forEach(line -> md.append("\nNot opened: ").append(line).append('\n'));
        md.append("\n## Violations by impact\n");
        for (String impact : List.of("critical", "serious", "moderate", "minor")) {
            List<String> lines = entries.stream().flatMap(entry -> entry.result().violations().stream()
                    .filter(finding -> finding.impact().equals(impact)).map(finding -> line(finding, entry))).toList();
            md.append("\n### ").append(impact).append(" (").append(lines.size()).append(")\n\n");
            lines.forEach(line -> md.append("- ").append(line).append('\n'));
        }
        md.append("\n## Set aside as known upstream Vaadin issues (KnownUpstreamIssue, DD031)\n\n");
        entries.forEach(entry -> entry.result().setAside().forEach(finding -> md.append("- ").append(line(finding, entry)).append('\n')));
        md.append("\n## Incomplete: elements axe could not decide on, by rule\n\n");
        Map<String, Long> incomplete = new TreeMap<>(entries.stream().flatMap(entry -> entry.result().incomplete().stream())
                .collect(Collectors.groupingBy(AxeScan.Finding::rule, Collectors.counting())));
        incomplete.forEach((rule, count) -> md.append("- ").append(rule).append(": ").append(count).append('\n'));
        md.append("\nWhy, by rule and reason:\n\n");
        Map<String, Long> reasons = new TreeMap<>(entries.stream().flatMap(entry -> entry.result().incomplete().stream())
                .collect(Collectors.groupingBy(finding -> finding.rule() + ": " + finding.reason(), Collectors.counting())));
        reasons.forEach((reason, count) -> md.append("- ").append(reason).append(" (").append(count).append(")\n"));
        writeContrast(md);
        try {
            Files.createDirectories(FILE.getParent());
            Files.writeString(FILE, md);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeContrast(StringBuilder md) {
        long decidedFailing = entries.stream().flatMap(entry -> entry.result().violations().stream())
                .filter(finding -> finding.rule().equals(EffectiveContrast.RULE)).count();
        long undecided = entries.stream().flatMap(entry -> entry.result().incomplete().stream())
                .filter(finding -> finding.rule().equals(EffectiveContrast.RULE)).count();
        List<EffectiveContrast.Judgement> judged = entries.stream().flatMap(entry -> entry.result().contrast().stream()).toList();
        md.append("\n## Colour contrast where axe could not decide (second check, DD036)\n\n")
                .append("axe decided every other text on every screen (its passes are not listed, DD031); it found ")
                .append(decidedFailing).append(" too low and left ").append(undecided).append(" undecided. ")
                .append("The second check judged those from the computed text colour and the backgrounds of the element's ")
                .append("ancestors in the flat tree, blended (4.5:1; 3:1 for large text and symbols; disabled controls exempt): ")
                .append(verdicts(entries)).append(" (pass / fail / exempt / undecided).\n\n### Too low (")
                .append(contrastFailures().size()).append(")\n\n");
        contrastFailures().forEach(line -> md.append("- ").append(line).append('\n'));
        md.append("\n### Still undecided, with why\n\n");
        entries.forEach(entry -> entry.result().contrast().stream().filter(EffectiveContrast.Judgement::undecided)
                .forEach(judgement -> md.append("- `").append(judgement.target()).append("` on ").append(entry.screen().route())
                        .append(" — ").append(judgement.why()).append('\n')));
        md.append("\n### Lowest contrast that passed, by colours\n\n");
        judged.stream().filter(judgement -> "pass".equals(judgement.verdict()))
                .collect(Collectors.toMap(judgement -> judgement.foreground() + " on " + judgement.background(),
                        EffectiveContrast.Judgement::ratio, Math::min, TreeMap::new))
                .entrySet().stream().sorted(Map.Entry.comparingByValue()).limit(10)
                .forEach(pair -> md.append("- ").append(pair.getKey()).append(": ").append(pair.getValue()).append(":1\n"));
    }

    private static String verdicts(List<Entry> of) {
        Map<String, Long> count = of.stream().flatMap(entry -> entry.result().contrast().stream())
                .collect(Collectors.groupingBy(EffectiveContrast.Judgement::verdict, Collectors.counting()));
        return List.of("pass", "fail", "exempt", "undecided").stream().map(verdict -> String.valueOf(count.getOrDefault(verdict, 0L)))
                .collect(Collectors.joining(" / "));
    }

    private static String line(EffectiveContrast.Judgement judgement, Entry entry) {
        return "`" + judgement.target() + "` \"" + judgement.text() + "\" on " + entry.screen().route() + " — " + judgement.ratio()
                + ":1, needs " + judgement.required() + ":1 (" + judgement.foreground() + " on " + judgement.background() + ")";
    }

    private static String line(AxeScan.Finding finding, Entry entry) {
        return finding.rule() + " (" + finding.impact() + ") at `" + finding.target() + "` on " + entry.screen().route()
                + " — " + finding.help();
    }
}
