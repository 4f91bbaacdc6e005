package org.citycoop.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.citycoop.dispatch.ApprovalDecision;
import org.citycoop.dispatch.ApprovalLevel;
import org.citycoop.dispatch.DispatchStatus;
import org.citycoop.dispatch.ReportResponse;
import org.citycoop.dispatch.SafetyBlockChoice;
import org.citycoop.feasibility.StudyReviewDecision;
import org.citycoop.feasibility.StudyStatus;
import org.citycoop.followup.ReviewOutcome;
import org.citycoop.funding.FundingApplicationStatus;
import org.citycoop.funding.FundingDecision;
import org.citycoop.marketplace.ReasonKind;
import org.citycoop.project.ParticipantRole;
import org.citycoop.marketplace.RequestForm;
import org.citycoop.marketplace.RequestStatus;
import org.citycoop.notification.Delivery;
import org.citycoop.notification.NotificationKind;
import org.citycoop.funding.InternalApprovalDecision;
import org.citycoop.indicator.Indicator;
import org.citycoop.organisation.ConsentRule;
import org.citycoop.organisation.OrganisationKind;
import org.citycoop.project.DacCriterion;
import org.citycoop.project.PlannedItem;
import org.citycoop.project.ProjectStatus;
import org.citycoop.project.ScreeningDecision;
import org.citycoop.security.Roles;
import org.citycoop.training.Gender;
import org.citycoop.training.LogisticsKind;
import org.citycoop.training.SessionKind;
import org.citycoop.training.SessionMethod;
import org.citycoop.workflow.InboxColumn;
import org.citycoop.workflow.InboxFilter;
import org.citycoop.workflow.Phase;
import org.junit.jupiter.api.Test;

/**
 * English and Japanese say the same things: every key of the screens' bundle and of the bean
 * validation bundle has a text in both languages, with the same placeholders; and every key the
 * main code asks for exists. Keys in the code are found as string literals of the bundles' key
 * shape; keys built from a prefix ({@code "region." + code}) are checked with the values listed
 * here for each prefix, so a new prefix in the code fails this test until its values are listed.
 */
class TranslationsCompleteTest {

    private static final Path MAIN = Path.of("src/main/java");
    private static final Bundles SCREENS = new Bundles("src/main/resources/vaadin-i18n/translations");
    private static final Bundles VALIDATION = new Bundles("src/main/resources/ValidationMessages");
    /** The printed documents' own texts (DD024; both languages checked by PrintTextsTest): keys the code names may be there. */
    private static final Bundles DOCUMENTS = new Bundles("src/main/resources/print/documents");
    /** That bundle's base name, which PrintTexts names in a literal shaped like a key. */
    private static final String DOCUMENTS_BUNDLE_NAME = "print.documents";

    /** A string literal shaped like a key, and whether a {@code +} follows it (the start of a built key). */
    private static final Pattern KEY_LITERAL = Pattern.compile("\"([a-z][a-z0-9-]*(?:\\.[A-Za-z0-9_-]+)*\\.?)\"(\\s*\\+)?");
    /** A bean validation message template in an annotation: {@code message = "{project.title.required}"}. */
    private static final Pattern TEMPLATE_LITERAL = Pattern.compile("\"\\{([a-zA-Z][\\w.-]*)}\"");
    /** A call that makes a message of the server (DD030): its arguments name a key, never a sentence. */
    private static final Pattern MESSAGE_CALL = Pattern.compile("(?:Message\\.of|InvalidInputException\\.of|FieldProblem\\.of"
            + "|ImportProblem\\.of|ImportRejectedException\\.ofFile|new InvalidPasswordException)\\(");
    private static final Pattern STRING_LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    /** Three words or more: a sentence written where a key belongs. */
    private static final Pattern SENTENCE = Pattern.compile("\\S+ \\S+ \\S+");
    /** An apostrophe MessageFormat would swallow: alone, not doubled. */
    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

    /**
     * A literal handed straight to a call that puts text on a screen: a component's label, header, text,
     * placeholder, helper, tooltip, or a notification. An HTTP header ({@code setHeader("Content-Type", …)},
     * a second argument follows) is not screen text.
     */
    private static final Pattern SCREEN_TEXT_CALL = Pattern.compile("\\b(setText|setHeader|setLabel|setPlaceholder|setHelperText"
            + "|setTitle|setAriaLabel|Notification\\.show|setEmptyStateText|setConfirmText|setCancelText|setRejectText|setHeaderTitle"
            + "|setEmptySelectionCaption|setErrorMessage|setTooltipText|new (?:Span|Button|H[1-6]|Paragraph|NativeLabel|ListItem"
            + "|Checkbox|Tab|TextField|PasswordField|ComboBox|Select|DatePicker|TextArea|IntegerField|NumberField|Details"
            + "|RadioButtonGroup|ConfirmDialog))\\(\\s*\"((?:[^\"\\\\]|\\\\.)*)\"(\\s*,)?");
    /** A word of a language (a code such as KIT-2025-003 has none in lower case). */
    private static final Pattern WORD = Pattern.compile("[a-z]{2,}");

    /** The values each key prefix of the main code is completed with. */
    private static final Map<String, List<String>> COMPLETIONS = completions();
    /**
     * Names of the product, of Camunda's tool, of a file and of a kind of organisation: the same in
     * Japanese; and problem.of and reviewer.compare.value, messages that are only their argument (a row's
     * problem, a decision table's reason, a compared value written in the reader's language).
     */
    private static final Set<String> SAME_IN_BOTH_LANGUAGES = Set.of("app.name", "nav.cockpit", "followup.csv.file", "organisation.kind.NGO",
            "problem.of", "reviewer.compare.value");
    /** audit.<CODE>: AuditWordingTest reads the codes from the calls that record them; parity checks the Japanese. */
    private static final String AUDIT_PREFIX = "audit.";

    @Test
    void everyKeyHasATextInBothLanguages() throws IOException {
        for (Bundles bundles : List.of(SCREENS, VALIDATION)) {
            Map<String, String> english = bundles.english();
            Map<String, String> japanese = bundles.japanese();
            assertThat(english).as("keys of %s", bundles.base).hasSizeGreaterThan(70);
            assertThat(difference(english.keySet(), japanese.keySet())).as("keys of %s without Japanese", bundles.base).isEmpty();
            assertThat(difference(japanese.keySet(), english.keySet())).as("keys only in the Japanese %s", bundles.base).isEmpty();
            assertThat(blankKeys(english)).as("empty English texts in %s", bundles.base).isEmpty();
            assertThat(blankKeys(japanese)).as("empty Japanese texts in %s", bundles.base).isEmpty();
            // a Japanese text equal to the English one is a translation forgotten, but for names
            assertThat(japanese.keySet().stream().filter(key -> japanese.get(key).equals(english.get(key)))
                    .filter(key -> !SAME_IN_BOTH_LANGUAGES.contains(key))).as("Japanese texts of %s still in English", bundles.base).isEmpty();
        }
    }

    @Test
    void bothLanguagesHaveTheSamePlaceholders() throws IOException {
        for (Bundles bundles : List.of(SCREENS, VALIDATION)) {
            Map<String, String> japanese = bundles.japanese();
            List<String> different = new ArrayList<>();
            bundles.english().forEach((key, english) -> {
                if (japanese.containsKey(key) && !placeholders(english).equals(placeholders(japanese.get(key)))) {
                    different.add(key + ": " + placeholders(english) + " in English, " + placeholders(japanese.get(key)) + " in Japanese");
                }
            });
            assertThat(different).as("placeholders that differ in %s", bundles.base).isEmpty();
        }
        // the comparison sees the argument and its format, not only the braces
        assertThat(placeholders("{0,choice,1#1 second|1<{0} seconds} and {1}")).containsExactly("0,choice", "1");
        assertThat(placeholders("{max} characters")).containsExactly("max");
    }

    /** Vaadin formats a text given parameters with MessageFormat, which drops a lone apostrophe. */
    @Test
    void textsWithPlaceholdersDoubleTheirApostrophes() throws IOException {
        List<String> lone = new ArrayList<>();
        for (Map<String, String> bundle : List.of(SCREENS.english(), SCREENS.japanese())) {
            bundle.forEach((key, text) -> {
                if (!placeholders(text).isEmpty() && LONE_APOSTROPHE.matcher(text).find()) {
                    lone.add(key + "=" + text);
                }
            });
        }
        assertThat(lone).as("texts with placeholders and a lone apostrophe (write '' for one)").isEmpty();
    }

    @Test
    void everyKeyTheCodeNamesExists() throws IOException {
        Set<String> screenKeys = screenAndDocumentKeys();
        Set<String> validationKeys = VALIDATION.english().keySet();
        Set<String> namespaces = screenKeys.stream().map(key -> key.substring(0, key.indexOf('.') + 1)).collect(Collectors.toSet());
        List<String> missing = new ArrayList<>();
        int literals = 0;
        for (SourceFile source : sources()) {
            Matcher literal = KEY_LITERAL.matcher(source.text);
            while (literal.find()) {
                String key = literal.group(1);
                if (key.equals(DOCUMENTS_BUNDLE_NAME)) {
                    continue;
                }
                boolean built = literal.group(2) != null || key.endsWith(".");
                if (namespaces.stream().noneMatch(key::startsWith)) {
                    continue;
                }
                literals++;
                boolean found = built ? screenKeys.stream().anyMatch(known -> known.startsWith(key))
                        : screenKeys.contains(key) || validationKeys.contains(key);
                if (!found) {
                    missing.add(source.where(literal.start()) + " " + key + (built ? " (no key starts so)" : ""));
                }
            }
            Matcher template = TEMPLATE_LITERAL.matcher(source.text);
            while (template.find()) {
                literals++;
                if (!validationKeys.contains(template.group(1))) {
                    missing.add(source.where(template.start()) + " {" + template.group(1) + "} (not in ValidationMessages)");
                }
            }
        }
        // the scan reaches the screens' keys, the validation templates and the built ones
        assertThat(literals).isGreaterThan(500);
        assertThat(missing).as("keys named in src/main/java that no bundle has").isEmpty();
    }

    /**
     * Each problem, import reason and message the server makes names a key of the bundles, whatever
     * its namespace (a new one would escape the scan above), and none is an English sentence.
     */
    @Test
    void everyMessageOfTheServerNamesAKeyThatExists() throws IOException {
        Set<String> keys = screenAndDocumentKeys();
        keys.addAll(VALIDATION.english().keySet());
        List<String> wrong = new ArrayList<>();
        int calls = 0;
        for (SourceFile source : sources()) {
            Matcher call = MESSAGE_CALL.matcher(source.text);
            while (call.find()) {
                calls++;
                String arguments = argumentsFrom(source.text, call.end());
                List<String> literals = STRING_LITERAL.matcher(arguments).results().map(literal -> literal.group(1)).toList();
                literals.stream().filter(literal -> SENTENCE.matcher(literal).find())
                        .forEach(sentence -> wrong.add(source.where(call.start()) + " a sentence, not a key: " + sentence));
                boolean built = arguments.matches("(?s)\\s*\"[^\"]*\"\\s*\\+.*");
                if (!literals.isEmpty() && !built && literals.stream().noneMatch(keys::contains)
                        && literals.stream().anyMatch(literal -> literal.matches("[a-z][\\w-]*(\\.[\\w-]+)+"))) {
                    wrong.add(source.where(call.start()) + " no key of the bundles among " + literals);
                }
            }
        }
        assertThat(calls).as("calls that make messages").isGreaterThan(150);
        assertThat(wrong).as("messages of the server without a key in the bundles").isEmpty();
    }

    /** The text of a call's arguments, from just after its opening parenthesis to the matching one. */
    private static String argumentsFrom(String text, int start) {
        int depth = 1;
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                for (i++; text.charAt(i) != '"'; i++) {
                    if (text.charAt(i) == '\\') {
                        i++;
                    }
                }
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return text.substring(start, i);
            }
        }
        return text.substring(start);
    }

    /** Screens take their words from the bundles (STYLE.md): a new inline English label or notification fails here. */
    @Test
    void noScreenTextIsWrittenInTheCode() throws IOException {
        List<String> inline = new ArrayList<>();
        for (SourceFile source : sources()) {
            Matcher call = SCREEN_TEXT_CALL.matcher(source.text);
            while (call.find()) {
                if (isScreenText(call) && WORD.matcher(call.group(2)).find()) {
                    inline.add(source.where(call.start()) + " \"" + call.group(2) + "\"");
                }
            }
        }
        assertThat(inline).as("texts written in the code where a bundle key belongs").isEmpty();
        // the check sees a label, but not an HTTP header or a code used as an example
        assertThat(screenText("grid.addColumn(x).setHeader(\"Partner city\")")).isTrue();
        assertThat(screenText("new Button(\"Save\", click -> save())")).isTrue();
        assertThat(screenText("response.setHeader(\"Content-Disposition\", value)")).isFalse();
    }

    private static boolean isScreenText(Matcher call) {
        return !(call.group(1).equals("setHeader") && call.group(3) != null); // an HTTP header has a value after its name
    }

    private static boolean screenText(String code) {
        Matcher call = SCREEN_TEXT_CALL.matcher(code);
        return call.find() && isScreenText(call);
    }

    @Test
    void everyKeyBuiltFromAPrefixExistsForEachValue() throws IOException {
        Set<String> screenKeys = screenAndDocumentKeys();
        Set<String> namespaces = screenKeys.stream().map(key -> key.substring(0, key.indexOf('.') + 1)).collect(Collectors.toSet());
        Map<String, String> prefixesInCode = new TreeMap<>();
        for (SourceFile source : sources()) {
            Matcher literal = KEY_LITERAL.matcher(source.text);
            while (literal.find()) {
                String prefix = literal.group(1);
                if (prefix.endsWith(".") && namespaces.stream().anyMatch(prefix::startsWith)) {
                    prefixesInCode.putIfAbsent(prefix, source.where(literal.start()));
                }
            }
        }
        prefixesInCode.remove(AUDIT_PREFIX);
        assertThat(difference(prefixesInCode.keySet(), COMPLETIONS.keySet()).stream().map(prefixesInCode::get))
                .as("keys built from a prefix whose values this test does not know: add them to completions()").isEmpty();
        assertThat(difference(COMPLETIONS.keySet(), prefixesInCode.keySet()))
                .as("prefixes listed here that the code no longer uses").isEmpty();
        List<String> missing = new ArrayList<>();
        COMPLETIONS.forEach((prefix, values) -> values.stream().map(value -> prefix + value)
                .filter(key -> !screenKeys.contains(key)).forEach(missing::add));
        assertThat(missing).as("built keys without a text").isEmpty();
    }

    private static Map<String, List<String>> completions() {
        Map<String, List<String>> values = new LinkedHashMap<>();
        values.put("consent.rule.", names(ConsentRule.class));
        values.put("dashboard.range.invalid.", List.of("fromJfy", "toJfy"));
        values.put("dispatch.acknowledge.", names(ReportResponse.class));
        values.put("dispatch.acknowledge.done.", names(ReportResponse.class));
        values.put("dispatch.approval.", List.of("true", "false"));
        values.put("dispatch.approval-level.", names(ApprovalLevel.class));
        values.put("dispatch.approve.", names(ApprovalDecision.class));
        values.put("dispatch.approve.done.", names(ApprovalDecision.class));
        values.put("dispatch.blocked.", names(SafetyBlockChoice.class));
        values.put("dispatch.blocked.done.", names(SafetyBlockChoice.class));
        values.put("dispatch.role.", List.of(Roles.MANAGER, Roles.HEAD));
        values.put("dispatch.safety-block.", List.of("no-level", "level-3", "level-4"));
        values.put("feasibility.review.done.", names(StudyReviewDecision.class));
        values.put("feasibility.status.", names(StudyStatus.class));
        values.put("followup.review.outcome.", names(ReviewOutcome.class));
        values.put("funding.approve.", names(InternalApprovalDecision.class));
        values.put("funding.approve.done.", names(InternalApprovalDecision.class));
        values.put("funding.decide.", names(FundingDecision.class));
        values.put("funding.decide.done.", names(FundingDecision.class));
        values.put("funding.eligibility.", eligibilityReasons());
        // V22 renamed MOEJ_JCM_CITY to the import format's code; FundingEligibilityDecisionTest checks these three are all
        values.put("funding.scheme-name.", List.of("JICA_GRASSROOTS_LG", "MOE_JCM_C2C", "JAIF"));
        values.put("funding.scheme-description.", List.of("JICA_GRASSROOTS_LG", "MOE_JCM_C2C", "JAIF"));
        values.put("funding.criterion.", schemeReferenceCodes("funding_scoring_criterion", "code", "JICA_GRASSROOTS_LG.RELEVANCE"));
        values.put("funding.checklist.", schemeReferenceCodes("funding_checklist_item", "code", "JAIF.RESULTS_FRAMEWORK"));
        values.put("funding.report-title.", schemeReferenceCodes("funding_reporting_rule", "kind", "MOE_JCM_C2C.COMPLETION_REPORT"));
        values.put("funding.submission-problem.", List.of("scheme-closed", "draft-incomplete", "budget-differs"));
        values.put("funding.status.", names(FundingApplicationStatus.class));
        values.put("implementation.evaluation.criterion.", names(DacCriterion.class));
        values.put("implementation.evaluation.question.", names(DacCriterion.class));
        values.put("implementation.evaluation.rating.", List.of("A", "B", "C", "D"));
        values.put("implementation.item.kind.", names(PlannedItem.ItemKind.class));
        values.put("import.done.", List.of("ORGANISATIONS", "PROJECTS"));
        values.put("import.kind.", List.of("ORGANISATIONS", "PROJECTS"));
        // InboxColumns.key: FOLLOW_UP -> follow-up
        values.put("inbox.column.", names(InboxColumn.class).stream().map(name -> name.toLowerCase(Locale.ROOT).replace('_', '-')).toList());
        values.put("inbox.due.", names(InboxFilter.Due.class));
        values.put("inbox.phase.", names(Phase.class));
        values.put("inbox.role.", Roles.ALL);
        values.put("indicator.direction.", names(Indicator.Direction.class));
        values.put("organisation.kind.", names(OrganisationKind.class));
        values.put("project.status.", names(ProjectStatus.class));
        values.put("projectpage.dispatch.status.", names(DispatchStatus.class));
        values.put("region.", referenceCodes("region", "SOUTHEAST_ASIA"));
        values.put("theme.", referenceCodes("theme", "WASTE"));
        values.put("cooperation-type.", referenceCodes("cooperation_type", "TECHNICAL_COOPERATION"));
        values.put("project-list.csv.", List.of("code", "title", "lead", "partner", "country", "region", "theme", "type",
                "planned-start", "planned-end", "fiscal-year", "budget", "status"));
        values.put("reviewer.compare.field.", List.of("objectives", "activities", "budgetLines", "requestedAmountJpy", "durationMonths"));
        values.put("screening.done.", names(ScreeningDecision.class));
        values.put("task.name.", userTaskIds());
        values.put("training.gender.", names(Gender.class));
        values.put("training.logistics.", names(LogisticsKind.class));
        values.put("training.session.kind.", names(SessionKind.class));
        values.put("training.session.method.", names(SessionMethod.class));
        values.put("travel-safety.level.", List.of("1", "2", "3", "4"));
        values.put("marketplace.field.", List.of("title", "problem", "themeCode", "city", "countryIso2", "expectedOutcomes",
                "preferredForms", "timingFrom", "timingTo", "languages", "answer", "comment", "status", "description", "keywords",
                "referenceProjects", "experienceCountries", "traineesPerYear", "specialistWeeksPerYear", "products", "contacts",
                "priorities", "schemeCodes"));
        values.put("marketplace.reason.", names(ReasonKind.class));
        values.put("marketplace.status.", names(RequestStatus.class));
        values.put("marketplace.form.", names(RequestForm.class));
        values.put("project.participant-role.", names(ParticipantRole.class));
        values.put("notification.", names(NotificationKind.class));
        values.put("notification.decision.", names(FundingDecision.class));
        values.put("notification-settings.kind.", names(NotificationKind.class));
        values.put("notification-settings.delivery.", names(Delivery.class));
        values.put("notification-settings.language.", List.of("en", "ja"));
        values.put("print.funding.decision.", names(FundingDecision.class));
        return values;
    }

    private static Set<String> screenAndDocumentKeys() throws IOException {
        Set<String> keys = new java.util.HashSet<>(SCREENS.english().keySet());
        keys.addAll(DOCUMENTS.english().keySet());
        return keys;
    }

    private static List<String> names(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
    }

    /** Regions, themes and cooperation types are rows of reference tables: read from the migrations that insert them. */
    private static List<String> referenceCodes(String table, String oneOfThem) {
        try (Stream<Path> migrations = Files.list(Path.of("db/migration"))) {
            List<String> codes = new ArrayList<>();
            for (Path migration : migrations.toList()) {
                Matcher insert = Pattern.compile("(?s)insert into " + table + " \\(code, name[^)]*\\) values(.*?);").matcher(Files.readString(migration));
                while (insert.find()) {
                    Matcher code = Pattern.compile("\\('([A-Z_]+)',").matcher(insert.group(1));
                    while (code.find()) {
                        codes.add(code.group(1));
                    }
                }
            }
            assertThat(codes).as(table + " codes in db/migration").contains(oneOfThem);
            return codes;
        } catch (IOException e) {
            throw new AssertionError("Cannot read db/migration", e);
        }
    }

    /**
     * Scoring criteria, checklist items and reporting rules are rows per scheme: {@code SCHEME.CODE} of each row the
     * migrations insert, under the scheme code a later migration gave it ({@code update ... set scheme_code}, V22).
     */
    private static List<String> schemeReferenceCodes(String table, String codeColumn, String oneOfThem) {
        try (Stream<Path> files = Files.list(Path.of("db/migration"))) {
            List<String> migrations = new ArrayList<>();
            for (Path migration : files.sorted().toList()) {
                migrations.add(Files.readString(migration));
            }
            Map<String, String> renamed = new LinkedHashMap<>();
            Pattern rename = Pattern.compile("update " + table + " set scheme_code = '([A-Z0-9_]+)' where scheme_code = '([A-Z0-9_]+)';");
            migrations.forEach(text -> rename.matcher(text).results().forEach(update -> renamed.put(update.group(2), update.group(1))));
            List<String> codes = new ArrayList<>();
            Pattern insert = Pattern.compile("(?s)insert into " + table + " \\(scheme_code, " + codeColumn + "[^)]*\\) values(.*?);");
            for (String text : migrations) {
                Matcher rows = insert.matcher(text);
                while (rows.find()) {
                    Matcher row = Pattern.compile("\\('([A-Z0-9_]+)', '([A-Z0-9_]+)',").matcher(rows.group(1));
                    while (row.find()) {
                        codes.add(renamed.getOrDefault(row.group(1), row.group(1)) + "." + row.group(2));
                    }
                }
            }
            assertThat(codes).as(table + " rows in db/migration").contains(oneOfThem);
            return codes;
        } catch (IOException e) {
            throw new AssertionError("Cannot read db/migration", e);
        }
    }

    /** The task names on the screens are keyed by the ids of the models' user tasks. */
    private static List<String> userTaskIds() {
        try (Stream<Path> models = Files.walk(Path.of("bpmn"))) {
            List<String> ids = new ArrayList<>();
            for (Path model : models.filter(path -> path.toString().endsWith(".bpmn")).toList()) {
                Matcher task = Pattern.compile("<(?:bpmn:)?userTask id=\"([^\"]+)\"").matcher(Files.readString(model));
                while (task.find()) {
                    ids.add(task.group(1));
                }
            }
            assertThat(ids).as("user tasks in bpmn/").contains("Task_ScreenProposal", "Task_SubmitMissionReport");
            return ids;
        } catch (IOException e) {
            throw new AssertionError("Cannot read bpmn/", e);
        }
    }

    /** The reasons the funding eligibility decision table gives are keys (DD030): read from its outputs. */
    private static List<String> eligibilityReasons() {
        try {
            Matcher reason = Pattern.compile("<outputEntry id=\"Rule_\\w+_Reason\">\\s*<text>\"funding\\.eligibility\\.([^\"]+)\"</text>")
                    .matcher(Files.readString(Path.of("bpmn/funding/funding-eligibility.dmn")));
            List<String> reasons = reason.results().map(found -> found.group(1)).toList();
            assertThat(reasons).as("reasons of the eligibility table").hasSize(13);
            return reasons;
        } catch (IOException e) {
            throw new AssertionError("Cannot read the eligibility table", e);
        }
    }

    /** The arguments of a text, each with its format type: {@code {1,number}} gives {@code 1,number}. */
    static List<String> placeholders(String text) {
        List<String> found = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '{' && depth++ == 0) {
                start = i + 1;
            } else if (c == '}' && --depth == 0) {
                String[] parts = text.substring(start, i).split(",", 3);
                found.add(parts.length == 1 ? parts[0].strip() : parts[0].strip() + "," + parts[1].strip());
            }
        }
        found.sort(null);
        return found;
    }

    private static Set<String> difference(Set<String> all, Set<String> without) {
        Set<String> left = new TreeSet<>(all);
        left.removeAll(without);
        return left;
    }

    private static List<String> blankKeys(Map<String, String> bundle) {
        return bundle.entrySet().stream().filter(text -> text.getValue().isBlank()).map(Map.Entry::getKey).toList();
    }

    private static List<SourceFile> sources() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            List<SourceFile> sources = new ArrayList<>();
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                sources.add(new SourceFile(file, Files.readString(file)));
            }
            return sources;
        }
    }

    private record SourceFile(Path path, String text) {

        String where(int offset) {
            return path.getFileName() + ":" + (text.substring(0, offset).split("\n", -1).length);
        }
    }

    /** An English bundle ({@code base.properties}) and its Japanese one ({@code base_ja.properties}), read as UTF-8. */
    private record Bundles(String base) {

        Map<String, String> english() throws IOException {
            return read(Path.of(base + ".properties"));
        }

        Map<String, String> japanese() throws IOException {
            return read(Path.of(base + "_ja.properties"));
        }

        private static Map<String, String> read(Path file) throws IOException {
            Properties properties = new Properties();
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            Map<String, String> texts = new TreeMap<>();
            properties.stringPropertyNames().forEach(key -> texts.put(key, properties.getProperty(key)));
            return texts;
        }
    }
}
