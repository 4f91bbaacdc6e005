package org.citycoop.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.citycoop.CityCoopTest;
import org.citycoop.TestProposals;
import org.citycoop.TestUsers;
import org.citycoop.base.NotAvailableException;
import org.citycoop.notification.Delivery;
import org.citycoop.notification.MailOutboxService;
import org.citycoop.notification.NotificationKind;
import org.citycoop.notification.NotificationService;
import org.citycoop.notification.NotificationSettings;
import org.citycoop.notification.OutboxMail;
import org.citycoop.project.Project;
import org.citycoop.project.ProjectService;
import org.citycoop.project.ScreeningDecision;
import org.citycoop.security.CityCoopUser;
import org.citycoop.workflow.WorkTask;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Notification e-mails through a real SMTP server in the test JVM (GreenMail on the test profile's
 * port): what arrives, in whose language, with which link; that a mail server that is down never
 * stops a task's completion, and that its e-mails go out once it is back; that an e-mail that keeps
 * failing is shown to the administrators; and the daily digest.
 */
@CityCoopTest
class NotificationMailTest {

    private static final ServerSetup SMTP = new ServerSetup(39025, "localhost", ServerSetup.PROTOCOL_SMTP);
    private static final String BASE_URL = "https://citycoop.test.example/";

    @Autowired OutboxSender sender;
    @Autowired DailyDigest digest;
    @Autowired NotificationService notifications;
    @Autowired MailOutboxService outbox;
    @Autowired ProjectService projects;
    @Autowired TestUsers users;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    private GreenMail smtp;

    @AfterEach
    void stopTheServerAndTheUsersEmails() {
        stopServer();
        for (String username : List.of("kitakyushu.manager", "surabaya.partner")) {
            notifications.save(new NotificationSettings("", "en", Map.of()), users.get(username));
        }
    }

    @Test
    void aTaskReachesTheManagerByEmailInJapaneseWithTheTasksAddress() throws Exception {
        CityCoopUser manager = users.get("kitakyushu.manager");
        String address = withEmail(manager, "ja", Map.of());
        startServer();

        Project project = propose();
        sender.sendDue(Instant.now(clock));

        WorkTask screening = projects.openTasks(project.code(), manager).get(0);
        MimeMessage mail = onlyMailTo(address);
        // the task's name in the recipient's language, not the model's English name
        assertThat(screening.name()).isEqualTo("Screen project proposal");
        assertThat(mail.getSubject()).isEqualTo("【CityCoop】担当のタスクがあります：案件提案の審査（" + project.code() + "）");
        assertThat(text(mail)).contains("様", "CityCoop で開く：" + BASE_URL + "task/project/screen-proposal/" + screening.id(),
                BASE_URL + "settings/notifications");
    }

    @Test
    void aMailServerThatIsDownNeverStopsACompletionAndGetsTheMailOnceItIsBack() throws Exception {
        CityCoopUser manager = users.get("kitakyushu.manager");
        CityCoopUser partner = users.get("surabaya.partner");
        String address = withEmail(partner, "en", Map.of());
        Project project = propose();

        projects.screen(projects.openTasks(project.code(), manager).get(0).id(), ScreeningDecision.APPROVE, "", manager);
        Instant now = Instant.now(clock);
        sender.sendDue(now);

        WorkTask confirmation = projects.openTasks(project.code(), partner).get(0);
        assertThat(confirmation.formKey()).as("the completion went through").isEqualTo("project/confirm-agreement");
        assertThat(outboxRowOf(address)).isEqualTo(new Row("PENDING", 1, true));

        startServer();
        sender.sendDue(now.plusSeconds(1));
        assertThat(mailsTo(address)).as("waits before trying again").isEmpty();

        sender.sendDue(now.plus(Duration.ofMinutes(2)));
        sender.sendDue(now.plus(Duration.ofHours(1)));
        MimeMessage mail = onlyMailTo(address);
        assertThat(mail.getSubject()).isEqualTo("[CityCoop] Task for you or your team: " + confirmation.name() + " (" + project.code() + ")");
        assertThat(text(mail)).contains("Dear ", BASE_URL + confirmation.route());
        assertThat(outboxRowOf(address)).isEqualTo(new Row("SENT", 2, false));
    }

    @Test
    void aMailThatKeepsFailingIsShownToTheAdministratorsOnlyAndCanBeSentAgain() throws Exception {
        CityCoopUser manager = users.get("kitakyushu.manager");
        String address = withEmail(manager, "en", Map.of());
        propose();

        Instant attempt = Instant.now(clock);
        for (int i = 0; i < 8; i++) {
            sender.sendDue(attempt);
            // past the longest wait between two attempts
            attempt = attempt.plus(Duration.ofHours(7));
        }

        CityCoopUser admin = users.get("admin");
        OutboxMail failed = outbox.failed(admin).stream().filter(mail -> mail.recipient().equals(address)).findFirst().orElseThrow();
        assertThat(failed.attempts()).isEqualTo(8);
        assertThat(failed.lastError()).isNotBlank();
        assertThat(outboxRowOf(address).status()).isEqualTo("FAILED");
        assertThatThrownBy(() -> outbox.failed(manager)).isInstanceOf(NotAvailableException.class);
        assertThatThrownBy(() -> outbox.sendAgain(failed.id(), manager)).isInstanceOf(NotAvailableException.class);
        assertThat(outboxRowOf(address).status()).isEqualTo("FAILED");

        startServer();
        outbox.sendAgain(failed.id(), admin);
        sender.sendDue(Instant.now(clock));

        onlyMailTo(address);
        assertThat(outbox.failed(admin)).extracting(OutboxMail::id).doesNotContain(failed.id());
    }

    @Test
    void theDailyDigestReplacesTheSingleMailsOfTheKindsChosenSo() throws Exception {
        CityCoopUser manager = users.get("kitakyushu.manager");
        String address = withEmail(manager, "en", Map.of(NotificationKind.TASK_ASSIGNED, Delivery.DAILY_DIGEST));
        startServer();
        Project first = propose();
        Project second = propose();

        sender.sendDue(Instant.now(clock));
        assertThat(mailsTo(address)).as("no single e-mail for a kind chosen for the digest").isEmpty();

        digest.send();
        digest.send();
        sender.sendDue(Instant.now(clock));

        MimeMessage mail = onlyMailTo(address);
        assertThat(mail.getSubject()).isEqualTo("[CityCoop] Your notifications (2)");
        assertThat(text(mail)).contains("2 notifications since the last digest",
                BASE_URL + projects.openTasks(first.code(), manager).get(0).route(),
                BASE_URL + projects.openTasks(second.code(), manager).get(0).route());
        assertThat(notifications.unreadCount(manager)).as("the bell still has them").isGreaterThanOrEqualTo(2);
    }

    private Project propose() {
        return projects.propose(TestProposals.of("Mail " + UUID.randomUUID(), "SBY"), users.get("kitakyushu.officer"));
    }

    private String withEmail(CityCoopUser user, String language, Map<NotificationKind, Delivery> deliveries) {
        String address = user.getUsername() + "-" + UUID.randomUUID() + "@test.example";
        notifications.save(new NotificationSettings(address, language, deliveries), user);
        return address;
    }

    private void startServer() {
        smtp = new GreenMail(SMTP);
        smtp.start();
    }

    private void stopServer() {
        if (smtp != null) {
            smtp.stop();
            smtp = null;
        }
    }

    private List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(mail -> recipient(mail).equals(address)).toList();
    }

    private MimeMessage onlyMailTo(String address) {
        List<MimeMessage> received = mailsTo(address);
        assertThat(received).as("e-mails to %s", address).hasSize(1);
        return received.get(0);
    }

    private static String recipient(MimeMessage mail) {
        try {
            return mail.getAllRecipients()[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(MimeMessage mail) throws MessagingException {
        try {
            return (String) mail.getContent();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Row outboxRowOf(String address) {
        return jdbc.sql("select status, attempts, last_error is not null from mail_outbox where recipient = :address")
                .param("address", address)
                .query((rs, row) -> new Row(rs.getString(1), rs.getInt(2), rs.getBoolean(3))).single();
    }

    private record Row(String status, int attempts, boolean hasError) {
    }
}
