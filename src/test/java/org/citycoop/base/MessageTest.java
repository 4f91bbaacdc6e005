package org.citycoop.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.citycoop.base.InvalidInputException.FieldProblem;
import org.citycoop.dashboard.JfyRange;
import org.citycoop.followup.FollowUpSchedule;
import org.citycoop.project.ProjectNotAvailableException;
import org.junit.jupiter.api.Test;

/**
 * The server's problems keep a key and its arguments and are rendered in the reader's language
 * (DD030): the same refusal in Japanese and in English, the field label translated with it, dates
 * and yen as each language writes them, and English for the log.
 */
class MessageTest {

    @Test
    void aValidationProblemReadsInJapaneseWithItsLabelTranslated() {
        assertThatThrownBy(() -> Texts.required(" ", "comment", Message.of("problem.label.comment"), 2000))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> {
                    FieldProblem problem = refused.problems().get(0);
                    assertThat(problem.field()).isEqualTo("comment");
                    assertThat(problem.message(Locale.JAPANESE)).isEqualTo("コメント: 入力してください。");
                    assertThat(problem.message(Locale.ENGLISH)).isEqualTo("Comment: this is required; please fill it in.");
                    assertThat(problem.message()).as("the log and the tests read English").isEqualTo(problem.message(Locale.ENGLISH));
                    assertThat(refused.getMessage()).isEqualTo("comment: Comment: this is required; please fill it in.");
                });
        assertThatThrownBy(() -> Texts.optional("x".repeat(2001), "comment", Message.of("problem.label.comment"), 2000))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems().get(0).message(Locale.JAPANESE))
                        .as("the number grouped as in the reader's language").isEqualTo("コメント: 2,000文字以内に短くしてください。"));
        assertThatThrownBy(() -> JfyRange.of(2013, null))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems().get(0).message(Locale.JAPANESE))
                        .isEqualTo("集計の最後の年度を指定してください（例: 2017）。"));
    }

    @Test
    void aProblemInsideAProblemIsRenderedInTheSameLanguage() {
        assertThatThrownBy(() -> FollowUpSchedule.parse("R20/P6M"))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> {
                    assertThat(refused.problems().get(0).message(Locale.JAPANESE))
                            .startsWith("日程: 1回から12回の間で計画してください。 R<回数>/<間隔> の形式で");
                    assertThat(refused.problems().get(0).message(Locale.ENGLISH))
                            .startsWith("Schedule: plan between 1 and 12 rounds. Write it as R<rounds>/<period>");
                });
    }

    @Test
    void anImportProblemReadsInJapanese() {
        byte[] latin1 = "code,name\nKIT,Kitaky\u00fcshu\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> CsvTable.read(latin1, List.of("code", "name")))
                .isInstanceOfSatisfying(ImportRejectedException.class, rejected -> {
                    ImportProblem problem = rejected.problems().get(0);
                    assertThat(problem.line()).isEqualTo(1);
                    assertThat(problem.reason(Locale.JAPANESE)).isEqualTo("ファイルがUTF-8のテキストではありません。「CSV UTF-8」形式で保存してください。");
                    assertThat(problem.reason()).isEqualTo("The file is not UTF-8 text: save it as \"CSV UTF-8\".");
                });
        assertThatThrownBy(() -> CsvTable.read("code\nKIT\n".getBytes(StandardCharsets.UTF_8), List.of("code", "name")))
                .isInstanceOfSatisfying(ImportRejectedException.class, rejected -> assertThat(rejected.problems().get(0).reason(Locale.JAPANESE))
                        .isEqualTo("見出し行に name がありません。1行目には列名 code,name を書いてください。"));
    }

    @Test
    void aNotAvailableRecordIsToldInJapaneseAndLoggedInEnglish() {
        ProjectNotAvailableException gone = new ProjectNotAvailableException("KIT-2026-999");
        assertThat(Message.of(gone.messageKey()).in(Locale.JAPANESE)).isNotBlank().doesNotStartWith("!{")
                .isNotEqualTo(Message.of(gone.messageKey()).in(Locale.ENGLISH));
        assertThat(gone.getMessage()).isEqualTo("Project KIT-2026-999 is not available to you");
    }

    @Test
    void datesAndYenAreWrittenAsEachLanguageWritesThem() {
        Message due = Message.of("followup.problem.schedule.passed", LocalDate.of(2027, 4, 1));
        assertThat(due.in(Locale.JAPANESE)).contains("2027年4月1日");
        assertThat(due.in(Locale.ENGLISH)).contains("1 Apr 2027");
        Message amount = Message.of("funding.problem.draft.amount", new Message.Yen(23_000_000));
        assertThat(amount.in(Locale.JAPANESE)).contains("23,000,000円");
        assertThat(amount.in(Locale.ENGLISH)).contains("¥23,000,000");
    }

    @Test
    void aListKeptInAnAuditRowIsWordedInTheReadersLanguageWhenReadBack() {
        Message reminder = Message.of("audit-detail.training.logistics-due", "Composting training", new Message.Items(List.of(
                Message.of("audit-detail.training.logistics-item", Message.of("training.logistics.VISAS"), LocalDate.of(2027, 4, 1)),
                Message.of("audit-detail.training.logistics-item", Message.of("training.logistics.TRAVEL"), LocalDate.of(2027, 4, 3)))));

        Message readBack = StoredMessage.read(reminder.key(), StoredMessage.argumentsOf(reminder));

        assertThat(readBack.in(Locale.ENGLISH)).isEqualTo("Composting training: Visas by 1 Apr 2027, Travel by 3 Apr 2027");
        assertThat(readBack.in(Locale.JAPANESE)).startsWith("Composting training：査証（ビザ）（期限 2027年4月1日）、")
                .endsWith("（期限 2027年4月3日）");
    }

    @Test
    void sentencesRunOnAsEachLanguageRunsThem() {
        Message reasons = Message.of("audit-detail.funding.not-eligible", new Message.Sentences(List.of(
                Message.of("funding.eligibility.jica-grassroots.region"), Message.of("funding.eligibility.jica-grassroots.duration"))));

        assertThat(StoredMessage.read(reasons.key(), StoredMessage.argumentsOf(reasons)).in(Locale.ENGLISH))
                .startsWith("Not eligible: Partner region: ").contains("choose another scheme. Duration: ");
        assertThat(reasons.in(Locale.JAPANESE)).startsWith("対象外：相手都市の地域: ").contains("別の制度を選んでください。期間");
    }

    @Test
    void aBeanValidationTemplateIsFilledWithItsAttributesInEitherLanguage() {
        Message size = Message.ofTemplate("{project.title.size}", Map.of("max", 200));
        assertThat(size.in(Locale.ENGLISH)).isEqualTo("Title: shorten it to at most 200 characters.");
        assertThat(size.in(Locale.JAPANESE)).contains("200").doesNotContain("{max}").isNotEqualTo(size.in(Locale.ENGLISH));
    }

    @Test
    void aKeyNoBundleHasShowsAsMissingRatherThanFailing() {
        assertThat(Message.of("problem.no-such-key").in(Locale.JAPANESE)).isEqualTo("!{problem.no-such-key}");
    }
}
