package org.citycoop.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.citycoop.CityCoopTest;
import org.citycoop.TestUsers;
import org.citycoop.funding.SubmissionComparison.FieldChange;
import org.citycoop.security.CityCoopUser;
import org.citycoop.workflow.TaskNotAvailableException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The reviewer workspace on the real PostgreSQL and engine: each agency's reviewer sees only the
 * agency's submitted applications, page by page, with the open task to go to; every submission
 * keeps what it said; a resubmission is compared field by field with the one before.
 */
@CityCoopTest
class ReviewerWorkspaceServiceTest {

    @Autowired ReviewerWorkspaceService workspace;
    @Autowired FundingService funding;
    @Autowired FundingFixtures fixtures;
    @Autowired TestUsers users;
    @Autowired JdbcClient jdbc;

    @Test
    void eachAgencysReviewerSeesOnlyTheAgencysSubmittedApplicationsWithTheirOpenTask() {
        String jica = fixtures.applicationAtScreening();
        String moej = fixtures.moejApplicationAtScreening();
        String drafting = fixtures.projectApplyingForFunding();
        CityCoopUser jicaReviewer = fixtures.jicaReviewer();
        CityCoopUser moeReviewer = users.get("moe.reviewer");

        List<ReviewerQueueEntry> jicaQueue = wholeQueue(jicaReviewer);
        assertThat(jicaQueue).extracting(entry -> entry.application().projectCode()).contains(jica).doesNotContain(moej, drafting);
        assertThat(jicaQueue).extracting(entry -> entry.application().schemeCode()).containsOnly(FundingFixtures.JICA);
        ReviewerQueueEntry mine = jicaQueue.stream().filter(entry -> entry.application().projectCode().equals(jica)).findFirst()
                .orElseThrow();
        assertThat(mine.task()).get().satisfies(task -> {
            assertThat(task.id()).isEqualTo(fixtures.taskId(jica, FundingProcess.TASK_SCREEN_APPLICATION));
            assertThat(task.route()).isEqualTo("task/" + FundingProcess.FORM_SCREEN_APPLICATION + "/" + task.id());
        });
        assertThat(mine.application().submission()).isEqualTo(1);

        List<ReviewerQueueEntry> moeQueue = wholeQueue(moeReviewer);
        assertThat(moeQueue).extracting(entry -> entry.application().projectCode()).contains(moej).doesNotContain(jica);
        assertThat(workspace.queueCounts(moeReviewer)).containsOnlyKeys(fixtures.scheme(FundingFixtures.MOEJ).code());
        assertThat(workspace.queueCounts(jicaReviewer)).containsOnlyKeys(fixtures.scheme(FundingFixtures.JICA).code());
        assertThat(workspace.queueSize(jicaReviewer)).isEqualTo(jicaQueue.size());

        // the city's officer has no queue at all
        assertThat(workspace.queue(fixtures.officer(), 0, 50)).isEmpty();
        assertThat(workspace.queueCounts(fixtures.officer())).isEmpty();
    }

    @Test
    void theQueueGoesByScheme_oldestSubmissionFirst_andLeavesOnceDecided() {
        String first = fixtures.applicationAtScreening();
        String second = fixtures.applicationAtScreening();
        List<String> order = wholeQueue(fixtures.jicaReviewer()).stream().map(entry -> entry.application().projectCode()).toList();
        assertThat(order.indexOf(first)).isLessThan(order.indexOf(second));

        funding.screen(fixtures.taskId(first, FundingProcess.TASK_SCREEN_APPLICATION),
                fixtures.review(fixtures.scheme(FundingFixtures.JICA), 4), fixtures.jicaReviewer());
        assertThat(wholeQueue(fixtures.jicaReviewer())).filteredOn(entry -> entry.application().projectCode().equals(first))
                .singleElement().satisfies(entry -> assertThat(entry.task()).get()
                        .extracting(task -> task.taskDefinitionKey()).isEqualTo(FundingProcess.TASK_DECIDE_APPLICATION));
        funding.decide(fixtures.taskId(first, FundingProcess.TASK_DECIDE_APPLICATION), FundingFixtures.approval(20_000_000L),
                fixtures.jicaReviewer());
        assertThat(wholeQueue(fixtures.jicaReviewer())).extracting(entry -> entry.application().projectCode())
                .doesNotContain(first).contains(second);
    }

    @Test
    void everySubmissionKeepsWhatItSaidAndTheResubmissionShowsWhatChanged() {
        String code = fixtures.resubmittedApplication();
        long applicationId = funding.application(code, 1, fixtures.officer()).orElseThrow().id();
        assertThat(jdbc.sql("select submission from funding_submission where application_id = :id order by submission")
                .param("id", applicationId).query(Integer.class).list()).containsExactly(1, 2);

        SubmissionComparison comparison = workspace.compare(fixtures.taskId(code, FundingProcess.TASK_SCREEN_APPLICATION),
                fixtures.jicaReviewer());
        assertThat(comparison.previous()).get().satisfies(previous -> {
            assertThat(previous.submission()).isEqualTo(1);
            assertThat(previous.requestedAmountJpy()).isEqualTo(24_000_000L);
            assertThat(previous.budgetLines()).extracting(BudgetLine::getItem)
                    .containsExactly("Training in Kitakyushu", "Dispatch of specialists");
        });
        assertThat(comparison.current().submission()).isEqualTo(2);
        assertThat(comparison.changedFields()).containsExactly("budgetLines", "requestedAmountJpy");
        assertThat(comparison.fields()).extracting(FieldChange::field)
                .containsExactly("objectives", "activities", "budgetLines", "requestedAmountJpy", "durationMonths");
        FieldChange amount = field(comparison, "requestedAmountJpy");
        assertThat(amount.previousIn(Locale.ENGLISH)).isEqualTo("¥24,000,000");
        assertThat(amount.currentIn(Locale.ENGLISH)).isEqualTo("¥22,000,000");
        assertThat(amount.currentIn(Locale.JAPANESE)).as("as a municipal budget table writes it").isEqualTo("22,000,000円");
        assertThat(field(comparison, "budgetLines").currentIn(Locale.ENGLISH)).isEqualTo("Training FY1: ¥12,000,000\nTraining FY2: ¥10,000,000");
        assertThat(field(comparison, "budgetLines").currentIn(Locale.JAPANESE)).isEqualTo("Training FY1：12,000,000円\nTraining FY2：10,000,000円");
        FieldChange duration = field(comparison, "durationMonths");
        assertThat(duration.previousIn(Locale.ENGLISH)).isEqualTo(duration.currentIn(Locale.ENGLISH)).isEqualTo("24");
        assertThat(duration.changed()).isFalse();
    }

    @Test
    void aFirstSubmissionHasNothingToCompareAndOtherAgenciesCannotCompare() {
        String code = fixtures.applicationAtScreening();
        String taskId = fixtures.taskId(code, FundingProcess.TASK_SCREEN_APPLICATION);
        SubmissionComparison first = workspace.compare(taskId, fixtures.jicaReviewer());
        assertThat(first.previous()).isEmpty();
        assertThat(first.changedFields()).isEmpty();
        assertThat(field(first, "objectives").currentIn(Locale.ENGLISH)).isEqualTo(FundingFixtures.jicaDraft().getObjectives());
        assertThat(field(first, "objectives").previous()).as("nothing before a first submission").isEmpty();

        assertThatThrownBy(() -> workspace.compare(taskId, users.get("moe.reviewer"))).isInstanceOf(TaskNotAvailableException.class);
        assertThatThrownBy(() -> workspace.compare(taskId, fixtures.officer())).isInstanceOf(TaskNotAvailableException.class);
    }

    private List<ReviewerQueueEntry> wholeQueue(CityCoopUser reviewer) {
        List<ReviewerQueueEntry> all = new ArrayList<>();
        int pageSize = 3;
        for (int offset = 0; ; offset += pageSize) {
            List<ReviewerQueueEntry> page = workspace.queue(reviewer, offset, pageSize);
            assertThat(page.size()).isLessThanOrEqualTo(pageSize);
            all.addAll(page);
            if (page.size() < pageSize) {
                return all;
            }
        }
    }

    private static FieldChange field(SubmissionComparison comparison, String name) {
        return comparison.fields().stream().filter(field -> field.field().equals(name)).findFirst().orElseThrow();
    }
}
