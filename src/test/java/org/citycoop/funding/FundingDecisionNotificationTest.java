package org.citycoop.funding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.citycoop.CityCoopTest;
import org.citycoop.notification.Notification;
import org.citycoop.notification.NotificationKind;
import org.citycoop.notification.NotificationService;
import org.citycoop.security.CityCoopUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The agency's decision reaches the officer who started the application, with the project's page; the agency's people are not told. */
@CityCoopTest
class FundingDecisionNotificationTest {

    @Autowired FundingService funding;
    @Autowired FundingFixtures fixtures;
    @Autowired NotificationService notifications;

    @Test
    void theApplicantIsToldOfTheDecision() {
        String code = fixtures.applicationAtScreening();
        CityCoopUser reviewer = fixtures.jicaReviewer();
        FundingTask screening = funding.openTask(fixtures.task(code).getId(), FundingProcess.TASK_SCREEN_APPLICATION, reviewer);
        funding.screen(screening.task().id(), fixtures.review(screening.requireApplication().scheme(), 4), reviewer);

        funding.decide(fixtures.taskId(code, FundingProcess.TASK_DECIDE_APPLICATION), FundingFixtures.approval(20_000_000L), reviewer);

        assertThat(decisions(code, fixtures.officer())).singleElement().satisfies(decision -> {
            assertThat(decision.subject()).isEqualTo(FundingDecision.APPROVE.name());
            assertThat(decision.subjectKey()).contains("notification.decision.APPROVE");
            assertThat(decision.link()).isEqualTo("projects/" + code);
        });
        assertThat(decisions(code, fixtures.manager())).as("the manager did not start the application").isEmpty();
        assertThat(decisions(code, reviewer)).isEmpty();
    }

    private List<Notification> decisions(String code, CityCoopUser user) {
        return notifications.notificationsOf(user).stream()
                .filter(notification -> notification.kind() == NotificationKind.FUNDING_DECISION && code.equals(notification.projectCode()))
                .toList();
    }
}
