package org.citycoop.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every audit action the main code records has a sentence in the i18n bundle ({@code audit.<CODE>}),
 * so the project timeline never shows a raw code. The codes are read from the code itself: each call
 * of {@link AuditTrail}'s record methods, its action argument evaluated as far as source can tell —
 * literals, {@code a ? "X" : "Y"}, {@code "PREFIX_" + value.name()} of an enum (all its constants),
 * and a parameter of the enclosing method (the arguments of each call of that method in the file).
 * An action this cannot evaluate fails the test: write it so that a reader can see its codes too.
 */
class AuditWordingTest {

    private static final Path MAIN = Path.of("src/main/java");
    private static final Pattern RECORD = Pattern.compile("\\baudit\\.(record|recordForProjectCode|recordReferenceChange)\\(");
    private static final Pattern METHOD = Pattern.compile(
            "(?m)^\\s*(?:(?:public|protected|private|static|final|synchronized)\\s+)*[\\w<>\\[\\], ?]+\\s+"
            + "((?!(?:if|for|while|switch|catch)\\b)\\w+)\\(([^)]*)\\)\\s*(?:throws [\\w., ]+)?\\{");
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*");

    @Test
    void everyActionRecordedInTheMainCodeHasASentence() throws IOException {
        Set<String> actions = new TreeSet<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                actions.addAll(new Source(file).recordedActions());
            }
        }
        Properties bundle = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources/vaadin-i18n/translations.properties"),
                StandardCharsets.UTF_8)) {
            bundle.load(reader);
        }

        // the scan reaches the codes made of parts, not only the literal ones
        assertThat(actions).contains("PROJECT_PROPOSED", "COMMENT_ADDED", "TASK_COMMENT_ADDED", "PROPOSAL_APPROVE",
                "STATUS_SUSPENDED", "GO_NO_GO_NO_GO", "DISPATCH_REFUSED_BY_HEAD", "TASK_ESCALATED", "INDICATOR_SAVED");
        assertThat(actions).allSatisfy(action -> assertThat(action).matches(CODE));
        assertThat(actions.stream().filter(action -> !bundle.containsKey("audit." + action)))
                .as("audit actions without a sentence (audit.<CODE> in translations.properties)").isEmpty();
        // the sentences are formatted with who did it: an apostrophe must be doubled or MessageFormat drops it
        assertThat(actions).allSatisfy(action -> assertThat(bundle.getProperty("audit." + action)).doesNotContainPattern("(?<!')'(?!')"));
    }

    /** One source file and what its audit calls can record. */
    private static final class Source {

        private final Path path;
        private final String text;

        Source(Path path) throws IOException {
            this.path = path;
            this.text = Files.readString(path);
        }

        Set<String> recordedActions() {
            Set<String> actions = new LinkedHashSet<>();
            Matcher call = RECORD.matcher(text);
            while (call.find()) {
                List<String> args = arguments(call.end() - 1);
                String action = args.get(call.group(1).equals("recordReferenceChange") ? 1 : 2);
                actions.addAll(actionsOf(action, call.start()));
            }
            return actions;
        }

        /** An expression using parameters of its method is evaluated once per call of that method in the file. */
        private Set<String> actionsOf(String expression, int at) {
            try {
                return values(expression, at, Map.of());
            } catch (Unresolved unbound) {
                return actionsOfEachCall(expression, at);
            }
        }

        private Set<String> actionsOfEachCall(String expression, int at) {
            Matcher method = enclosingMethod(at);
            List<String> params = parameterNames(method.group(2));
            Set<String> values = new LinkedHashSet<>();
            Matcher call = Pattern.compile("\\b" + method.group(1) + "\\(").matcher(text);
            while (call.find()) {
                if (call.start() != method.start(1)) {
                    List<String> args = arguments(call.end() - 1);
                    Map<String, String> bound = new HashMap<>();
                    for (int i = 0; i < params.size(); i++) {
                        bound.put(params.get(i), args.get(i));
                    }
                    values.addAll(values(expression, call.start(), bound));
                }
            }
            assertThat(values).as("calls of %s in %s", method.group(1), path).isNotEmpty();
            return values;
        }

        private Set<String> values(String expression, int at, Map<String, String> bound) {
            Set<String> values = Set.of("");
            for (String part : split(expression.strip(), '+', "({[", ")}]")) {
                Set<String> next = new LinkedHashSet<>();
                Set<String> ofPart = valuesOfPart(part.strip(), at, bound);
                values.forEach(prefix -> ofPart.forEach(suffix -> next.add(prefix + suffix)));
                values = next;
            }
            return values;
        }

        private Set<String> valuesOfPart(String part, int at, Map<String, String> bound) {
            if (part.startsWith("\"") && part.endsWith("\"")) {
                return Set.of(part.substring(1, part.length() - 1));
            }
            int question = topLevel(part, '?');
            if (question >= 0) {
                int colon = topLevel(part.substring(question), ':') + question;
                Set<String> both = new LinkedHashSet<>(values(part.substring(question + 1, colon), at, bound));
                both.addAll(values(part.substring(colon + 1), at, bound));
                return both;
            }
            if (part.startsWith("(") && part.endsWith(")")) {
                return values(part.substring(1, part.length() - 1), at, bound);
            }
            Matcher name = Pattern.compile("(\\w+)\\.name\\(\\)").matcher(part);
            if (name.matches()) {
                return enumConstants(name.group(1), at);
            }
            if (bound.containsKey(part)) {
                return values(bound.get(part), at, Map.of());
            }
            throw new Unresolved("Cannot tell the audit action codes of `" + part + "` in " + path
                    + "; build the action from literals, ?:, enum .name() or a parameter");
        }

        /** The constants of the enum type a variable is declared with in the method around {@code at}. */
        private Set<String> enumConstants(String variable, int at) {
            Matcher declared = Pattern.compile("\\b([A-Z]\\w*)\\s+" + variable + "\\s*[=;,)]")
                    .matcher(text.substring(enclosingMethod(at).start(), at));
            String type = null;
            while (declared.find()) {
                type = declared.group(1);
            }
            assertThat(type).as("type of %s in %s", variable, path).isNotNull();
            Matcher imported = Pattern.compile("import ([\\w.]+\\." + type + ");").matcher(text);
            Matcher pkg = Pattern.compile("package ([\\w.]+);").matcher(text);
            String className = imported.find() ? imported.group(1) : (pkg.find() ? pkg.group(1) + "." : "") + type;
            try {
                Object[] constants = Class.forName(className).getEnumConstants();
                assertThat(constants).as("%s is an enum", className).isNotNull();
                Set<String> names = new LinkedHashSet<>();
                Arrays.stream(constants).forEach(constant -> names.add(((Enum<?>) constant).name()));
                return names;
            } catch (ClassNotFoundException notFound) {
                throw new AssertionError("Cannot load " + className + " for " + variable + " in " + path, notFound);
            }
        }

        private Matcher enclosingMethod(int at) {
            Matcher method = METHOD.matcher(text);
            int lastStart = -1;
            while (method.find() && method.start() < at) {
                lastStart = method.start();
            }
            assertThat(lastStart).as("method around offset %d of %s", at, path).isNotNegative();
            method.find(lastStart);
            return method;
        }

        private static List<String> parameterNames(String declaration) {
            return declaration.isBlank() ? List.of() : split(declaration, ',', "(<", ")>").stream()
                    .map(param -> param.strip().substring(param.strip().lastIndexOf(' ') + 1)).toList();
        }

        /** The arguments of the call whose opening parenthesis is at {@code open}. */
        private List<String> arguments(int open) {
            int depth = 0;
            for (int i = open; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '"') {
                    i = endOfString(text, i);
                } else if (c == '(' || c == '{' || c == '[') {
                    depth++;
                } else if ((c == ')' || c == '}' || c == ']') && --depth == 0) {
                    return split(text.substring(open + 1, i), ',', "({[", ")}]");
                }
            }
            throw new AssertionError("Unclosed call in " + path);
        }
    }

    private static final class Unresolved extends RuntimeException {
        Unresolved(String message) {
            super(message);
        }
    }

    /** The parts of {@code expression} between separators outside strings and the given brackets. */
    private static List<String> split(String expression, char separator, String opening, String closing) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int from = 0;
        for (int i = 0; i < expression.length(); i++) {
            char c = expression.charAt(i);
            if (c == '"') {
                i = endOfString(expression, i);
            } else if (opening.indexOf(c) >= 0) {
                depth++;
            } else if (closing.indexOf(c) >= 0) {
                depth--;
            } else if (c == separator && depth == 0) {
                parts.add(expression.substring(from, i));
                from = i + 1;
            }
        }
        parts.add(expression.substring(from));
        return parts;
    }

    private static int topLevel(String expression, char wanted) {
        int depth = 0;
        for (int i = 0; i < expression.length(); i++) {
            char c = expression.charAt(i);
            if (c == '"') {
                i = endOfString(expression, i);
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == wanted && depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private static int endOfString(String text, int quote) {
        int i = quote + 1;
        while (text.charAt(i) != '"') {
            i += text.charAt(i) == '\\' ? 2 : 1;
        }
        return i;
    }
}
