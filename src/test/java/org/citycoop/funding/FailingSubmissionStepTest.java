package org.citycoop.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Date;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.citycoop.CityCoopTest;
import org.citycoop.DatabaseFault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Fault 6: the asynchronous step "Submit funding application" keeps failing (here the database
 * refuses the application's update, as an outage of the agency's gateway would make the step
 * fail). It is retried on the configured cycle ({@code failedJobRetryTimeCycle: R3/PT5M}), then
 * becomes an incident the admin sees through the engine's REST API; once the cause is gone, the
 * admin's retry runs the step again and the process goes on. Nothing is submitted half-way.
 * The job executor is paused and the engine's clock moved, so every run happens when the test says.
 */
@CityCoopTest
class FailingSubmissionStepTest {

    private static final Duration RETRY_INTERVAL = Duration.ofMinutes(5);
    /** The date format of the engine's REST API. */
    private static final DateTimeFormatter ENGINE_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ").withZone(ZoneOffset.UTC);

    @Autowired FundingFixtures fixtures;
    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtime;
    @Autowired ManagementService management;
    @Autowired JdbcClient jdbc;
    @LocalServerPort int port;

    private JobExecutor jobExecutor;
    private Instant now;
    private DatabaseFault gatewayDown;

    @BeforeEach
    void pauseTheJobExecutorAndFixTheEngineClock() {
        jobExecutor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
        jobExecutor.shutdown();
        now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        ClockUtil.setCurrentTime(Date.from(now));
    }

    @AfterEach
    void restoreClockFaultAndJobExecutor() {
        if (gatewayDown != null) {
            gatewayDown.remove();
        }
        ClockUtil.reset();
        jobExecutor.start();
    }

    @Test
    void aSubmissionThatKeepsFailingIsRetriedEveryFiveMinutesThenAnIncidentTheAdminRetriesAfterTheCauseIsGone() throws Exception {
        String code = fixtures.approvedForSubmission();
        long applicationId = applicationOf(code);
        agencyGatewayDownFor(applicationId);
        String status = statusOf(applicationId);
        Job job = submissionJob(code);
        assertThat(job.getRetries()).isEqualTo(3);

        // first run and two retries, each five minutes after the last failure
        for (int retriesLeft = 2; retriesLeft >= 0; retriesLeft--) {
            assertThatThrownBy(() -> management.executeJob(job.getId())).hasMessageContaining("agency gateway down");
            Job failed = submissionJob(code);
            assertThat(failed.getRetries()).isEqualTo(retriesLeft);
            assertThat(failed.getExceptionMessage()).contains("agency gateway down");
            if (retriesLeft > 0) {
                assertThat(failed.getDuedate()).isEqualTo(Date.from(now.plus(RETRY_INTERVAL)));
                assertThat(isDue(code)).as("not retried before the interval is over").isFalse();
                now = now.plus(RETRY_INTERVAL);
                ClockUtil.setCurrentTime(Date.from(now));
                assertThat(isDue(code)).isTrue();
            }
        }
        assertThat(isDue(code)).as("no retries left: the executor leaves it to the admin").isFalse();

        // the admin sees the incident, with the cause, and nothing was submitted half-way
        String incidents = asAdmin("GET", "/engine-rest/incident?maxResults=50&processInstanceId=" + fixtures.instance(code).getId(), null).body();
        assertThat(incidents).contains("\"incidentType\":\"failedJob\"", "\"activityId\":\"Task_SubmitFundingApplication\"",
                "agency gateway down");
        assertThat(statusOf(applicationId)).isEqualTo(status);
        assertThat(submissions(applicationId)).isZero();
        assertThat(fixtures.task(code)).isNull();

        // the cause is gone; the admin gives the step one more try, now, and the process goes on
        gatewayDown.remove();
        String retryNow = "{\"retries\":1,\"dueDate\":\"" + ENGINE_DATE.format(now) + "\"}";
        assertThat(asAdmin("PUT", "/engine-rest/job/" + job.getId() + "/retries", retryNow).statusCode()).isEqualTo(204);
        assertThat(isDue(code)).isTrue();
        management.executeJob(job.getId());

        assertThat(statusOf(applicationId)).isEqualTo(FundingApplicationStatus.SUBMITTED.name());
        assertThat(submissions(applicationId)).isEqualTo(1);
        fixtures.taskId(code, FundingProcess.TASK_SCREEN_APPLICATION);
        assertThat(asAdmin("GET", "/engine-rest/incident/count?processInstanceId=" + fixtures.instance(code).getId(), null).body())
                .isEqualTo("{\"count\":0}");
    }

    private long applicationOf(String code) {
        return ((Number) runtime.getVariable(fixtures.instance(code).getId(), FundingProcess.APPLICATION_ID)).longValue();
    }

    /** Every update of this one application fails until the fault is removed. */
    private void agencyGatewayDownFor(long applicationId) {
        gatewayDown = DatabaseFault.refuse(jdbc, "agency_gateway_down", "update", "funding_application", "old.id = " + applicationId,
                "agency gateway down (fault test)");
    }

    private Job submissionJob(String code) {
        return management.createJobQuery().processInstanceId(fixtures.instance(code).getId())
                .activityId(FundingProcess.TASK_SUBMIT_APPLICATION).singleResult();
    }

    /** Whether the job executor would take the step now: retries left and due by the engine's clock. */
    private boolean isDue(String code) {
        return management.createJobQuery().processInstanceId(fixtures.instance(code).getId())
                .activityId(FundingProcess.TASK_SUBMIT_APPLICATION).executable().count() == 1;
    }

    private String statusOf(long applicationId) {
        return jdbc.sql("select status from funding_application where id = :id").param("id", applicationId)
                .query(String.class).single();
    }

    private long submissions(long applicationId) {
        return jdbc.sql("select count(*) from funding_submission where application_id = :id").param("id", applicationId)
                .query(Long.class).single();
    }

    private HttpResponse<String> asAdmin(String method, String path, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("admin:demo".getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
