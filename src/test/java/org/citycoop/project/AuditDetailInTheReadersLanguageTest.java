package org.citycoop.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.citycoop.CityCoopTest;
import org.citycoop.TestProposals;
import org.citycoop.TestUsers;
import org.citycoop.base.AuditTrail;
import org.citycoop.base.Message;
import org.citycoop.security.CityCoopUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The project's history words an audit detail in the reader's language (DD035): a detail recorded in
 * words keeps its key and arguments (dates and yen written as each language writes them), its English
 * text stays in the row for SQL readers; a row written before is shown as written.
 */
@CityCoopTest
class AuditDetailInTheReadersLanguageTest {

    @Autowired ProjectService projects;
    @Autowired ProjectCommentService comments;
    @Autowired AuditTrail audit;
    @Autowired TestUsers users;
    @Autowired JdbcClient jdbc;

    @Test
    void aJapaneseReaderSeesTheDetailInJapaneseAnEnglishOneInEnglishAndOlderRowsAsWritten() {
        CityCoopUser officer = users.get("kitakyushu.officer");
        Project project = projects.propose(TestProposals.of("Audit wording " + UUID.randomUUID(), "SBY"), officer);
        comments.comment(project.code(), "Please check the budget, @kitakyushu.manager", officer);
        audit.record(project.id(), officer.getUsername(), "FUNDING_AGREEMENT_RECORDED", Message.of("audit-detail.funding.agreement",
                new Message.Yen(18_000_000), LocalDate.of(2027, 4, 1), LocalDate.of(2028, 3, 31), 2, 1));
        jdbc.sql("insert into audit_event (project_id, actor, action, detail) values (:project, 'kitakyushu.officer', 'AGREEMENT_RENEWED', 'Expires 2030-03-31')")
                .param("project", project.id()).update();

        List<TimelineEntry> timeline = projects.timeline(project.code(), officer);

        TimelineEntry agreement = only(timeline, "FUNDING_AGREEMENT_RECORDED");
        assertThat(agreement.detailIn(Locale.JAPANESE)).isEqualTo("18,000,000円、2027年4月1日～2028年3月31日、分割2回、報告1件");
        assertThat(agreement.detailIn(Locale.ENGLISH)).isEqualTo("¥18,000,000, 1 Apr 2027 – 31 Mar 2028, 2 instalments, 1 reports");
        assertThat(agreement.detail()).isEqualTo(agreement.detailIn(Locale.ENGLISH));

        TimelineEntry comment = only(timeline, "COMMENT_ADDED");
        assertThat(comment.detailIn(Locale.JAPANESE)).isEqualTo("メンション：kitakyushu.manager");
        assertThat(comment.detailIn(Locale.ENGLISH)).isEqualTo("Mentions kitakyushu.manager");

        TimelineEntry older = only(timeline, "AGREEMENT_RENEWED");
        assertThat(older.detailIn(Locale.JAPANESE)).isEqualTo("Expires 2030-03-31");

        // the partner city's portal reads the same rows
        assertThat(projects.recentActivityForPartner(users.get("surabaya.partner"), 50))
                .filteredOn(activity -> activity.projectCode().equals(project.code()) && activity.action().equals("FUNDING_AGREEMENT_RECORDED"))
                .singleElement().satisfies(activity -> assertThat(activity.detailIn(Locale.JAPANESE)).startsWith("18,000,000円、"));
    }

    private static TimelineEntry only(List<TimelineEntry> timeline, String action) {
        return timeline.stream().filter(entry -> action.equals(entry.what())).reduce((a, b) -> {
            throw new AssertionError("more than one " + action);
        }).orElseThrow(() -> new AssertionError("no " + action));
    }
}
