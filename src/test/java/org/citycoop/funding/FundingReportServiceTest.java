package org.citycoop.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.citycoop.CityCoopTest;
import org.citycoop.TestUsers;
import org.citycoop.base.AuditTrail;
import org.citycoop.base.InvalidInputException;
import org.citycoop.workflow.TaskNotAvailableException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The reports an agreement requires become the lead officer's tasks when their period ends, due
 * on the scheme's date; delivering one records it on the duty, on the real PostgreSQL and engine.
 */
@CityCoopTest
class FundingReportServiceTest {

    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    @Autowired FundingReportService reports;
    @Autowired FundingFixtures fixtures;
    @Autowired RuntimeService runtime;
    @Autowired ManagementService management;
    @Autowired TaskService engineTasks;
    @Autowired TestUsers users;
    @Autowired AuditTrail audit;
    @Autowired JdbcClient jdbc;

    @Test
    void everyDutyOfTheAgreementWaitsForTheEndOfItsPeriodWithoutATaskYet() {
        LocalDate start = FundingFixtures.inDays(30);
        LocalDate end = start.plusMonths(12).minusDays(1);
        String code = fixtures.agreedProject(start, end);

        // JICA: three quarterly progress reports before the end, then the completion report
        List<Job> timers = reportTimers(code);
        assertThat(timers).extracting(Job::getDuedate).containsExactly(
                startOfDay(start.plusMonths(3).minusDays(1)), startOfDay(start.plusMonths(6).minusDays(1)),
                startOfDay(start.plusMonths(9).minusDays(1)), startOfDay(end));
        assertThat(reportTask(code)).isNull();
    }

    @Test
    void whenThePeriodEndsTheLeadsOfficerMustDeliverTheReportByTheSchemesDate() {
        LocalDate start = FundingFixtures.inDays(30);
        LocalDate end = start.plusMonths(12).minusDays(1);
        String code = fixtures.agreedProject(start, end);

        management.executeJob(reportTimers(code).get(0).getId());

        Task task = reportTask(code);
        LocalDate periodEnd = start.plusMonths(3).minusDays(1);
        assertThat(task.getDueDate()).isEqualTo(startOfDay(periodEnd.plusDays(30)));
        assertThat(engineTasks.getIdentityLinksForTask(task.getId())).extracting(IdentityLink::getGroupId)
                .containsExactly("KIT:officer");
        FundingReportTask opened = reports.openTask(task.getId(), fixtures.officer());
        assertThat(opened.report().title().in(Locale.ENGLISH)).isEqualTo("Quarterly progress report 1");
        assertThat(opened.report().title().in(Locale.JAPANESE)).isEqualTo("四半期進捗報告 第1回");
        assertThat(opened.report().schemeCode()).isEqualTo("JICA_GRASSROOTS_LG");
        assertThat(opened.report().opensOn()).isEqualTo(periodEnd);
        assertThat(opened.report().delivered()).isFalse();

        assertThatThrownBy(() -> reports.submit(task.getId(), "  ", null, null, fixtures.officer()))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        refused -> assertThat(refused.problems()).extracting(InvalidInputException.FieldProblem::field)
                                .containsExactly("summary"));
        assertThat(reportTask(code).getId()).isEqualTo(task.getId());
        assertThat(delivered(opened.report().id())).isFalse();

        reports.submit(task.getId(), "Sorting started in 3 of 5 districts; 2.1 t/day diverted.", "q1.pdf", pdf(),
                fixtures.officer());

        assertThat(reportTask(code)).isNull();
        assertThat(delivered(opened.report().id())).isTrue();
        assertThat(jdbc.sql("""
                        select d.file_name from funding_reporting_duty r join document d on d.id = r.document_id
                        where r.id = :id""").param("id", opened.report().id()).query(String.class).single())
                .isEqualTo("q1.pdf");
        assertThat(audit.ofProject(opened.project().id())).extracting(AuditTrail.Entry::action)
                .contains("FUNDING_REPORT_SUBMITTED");
        assertThat(reportTimers(code)).hasSize(3);
    }

    @Test
    void anOfficerOfAnotherOrganisationNeitherSeesNorDeliversTheReport() {
        LocalDate start = FundingFixtures.inDays(30);
        String code = fixtures.agreedProject(start, start.plusMonths(12).minusDays(1));
        management.executeJob(reportTimers(code).get(0).getId());
        String taskId = reportTask(code).getId();

        assertThatThrownBy(() -> reports.openTask(taskId, users.get("yokohama.officer")))
                .isInstanceOf(TaskNotAvailableException.class);
        assertThatThrownBy(() -> reports.submit(taskId, "Not ours", null, null, users.get("yokohama.officer")))
                .isInstanceOf(TaskNotAvailableException.class);
        assertThat(reportTask(code).getId()).isEqualTo(taskId);
    }

    private List<Job> reportTimers(String code) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(code)
                .processDefinitionKey(FundingProcess.REPORT_PROCESS_KEY).list().stream()
                .map(instance -> management.createJobQuery().processInstanceId(instance.getId()).timers().singleResult())
                .filter(job -> job != null)
                .sorted(Comparator.comparing(Job::getDuedate))
                .toList();
    }

    private Task reportTask(String code) {
        return engineTasks.createTaskQuery().processInstanceBusinessKey(code)
                .processDefinitionKey(FundingProcess.REPORT_PROCESS_KEY).singleResult();
    }

    private boolean delivered(long dutyId) {
        return jdbc.sql("select done_at is not null from funding_reporting_duty where id = :id").param("id", dutyId)
                .query(Boolean.class).single();
    }

    private static Date startOfDay(LocalDate day) {
        return Date.from(day.atStartOfDay(JAPAN).toInstant());
    }

    private static byte[] pdf() {
        return "%PDF-1.4\n%\u00e2\u00e3\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
    }
}
