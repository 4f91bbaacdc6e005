package org.citycoop.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.citycoop.CityCoopTest;
import org.citycoop.ReturnedProposals;
import org.citycoop.TestProposals;
import org.citycoop.TestUsers;
import org.citycoop.base.InvalidInputException;
import org.citycoop.project.Project;
import org.citycoop.project.ProjectCommentService;
import org.citycoop.project.ProjectService;
import org.citycoop.project.ScreeningDecision;
import org.citycoop.security.CityCoopUser;
import org.citycoop.workflow.Actor;
import org.citycoop.workflow.WorkTask;
import org.citycoop.workflow.WorkflowService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The bell's notifications as the engine and the features cause them, against the real engine and
 * PostgreSQL: a new task reaches every member of its organisation-scoped group and nobody else, a
 * manager's reassignment reaches the colleague, a mention reaches the mentioned colleague; each user
 * sees and opens only their own.
 */
@CityCoopTest
class NotificationServiceTest {

    @Autowired NotificationService notifications;
    @Autowired ProjectService projects;
    @Autowired ProjectCommentService comments;
    @Autowired WorkflowService workflow;
    @Autowired TestUsers users;
    @Autowired ReturnedProposals returned;

    @Test
    void aNewTaskNotifiesEveryoneOfItsGroupWithALinkToTheTaskAndNobodyElse() {
        CityCoopUser officer = users.get("kitakyushu.officer");
        CityCoopUser manager = users.get("kitakyushu.manager");
        Project project = projects.propose(TestProposals.of("Bell " + UUID.randomUUID(), "SBY"), officer);
        WorkTask screening = projects.openTasks(project.code(), manager).get(0);

        assertThat(about(project, manager)).singleElement().satisfies(notification -> {
            assertThat(notification.kind()).isEqualTo(NotificationKind.TASK_ASSIGNED);
            assertThat(notification.subject()).isEqualTo(screening.taskDefinitionKey());
            assertThat(notification.link()).isEqualTo("task/project/screen-proposal/" + screening.id());
            assertThat(notification.read()).isFalse();
        });
        assertThat(about(project, officer)).as("the officer's own proposal is not their task").isEmpty();
        assertThat(about(project, users.get("yokohama.manager"))).as("another city's manager").isEmpty();
    }

    @Test
    void theNextTaskAfterACompletionReachesThePartnerCity() {
        CityCoopUser officer = users.get("kitakyushu.officer");
        CityCoopUser manager = users.get("kitakyushu.manager");
        Project project = projects.propose(TestProposals.of("Bell " + UUID.randomUUID(), "SBY"), officer);

        projects.screen(projects.openTasks(project.code(), manager).get(0).id(), ScreeningDecision.APPROVE, "", manager);

        CityCoopUser partner = users.get("surabaya.partner");
        WorkTask confirmation = projects.openTasks(project.code(), partner).get(0);
        assertThat(about(project, partner)).extracting(Notification::link).containsExactly(confirmation.route());
        assertThat(about(project, users.get("dalian.partner"))).isEmpty();
    }

    @Test
    void aManagersReassignmentNotifiesTheColleague() {
        CityCoopUser officer = users.get("kitakyushu.officer");
        CityCoopUser manager = users.get("kitakyushu.manager");
        Project project = returned.returned("Bell " + UUID.randomUUID(), "SBY");
        WorkTask revision = projects.openTasks(project.code(), officer).get(0);
        int before = about(project, officer).size();

        workflow.reassign(revision.id(), "kitakyushu.officer", Actor.of(manager));

        List<Notification> after = about(project, officer);
        assertThat(after).hasSize(before + 1);
        assertThat(after.get(0).kind()).isEqualTo(NotificationKind.TASK_ASSIGNED);
        assertThat(after.get(0).link()).isEqualTo(revision.route());
    }

    @Test
    void aMentionNotifiesTheMentionedColleagueWithTheMentionsAddress() {
        CityCoopUser officer = users.get("kitakyushu.officer");
        CityCoopUser manager = users.get("kitakyushu.manager");
        Project project = projects.propose(TestProposals.of("Bell " + UUID.randomUUID(), "SBY"), officer);

        comments.comment(project.code(), "Please look at the budget, @kitakyushu.manager", officer);

        long commentId = comments.commentsOf(project.code(), officer).get(0).id();
        assertThat(about(project, manager)).filteredOn(notification -> notification.kind() == NotificationKind.MENTION)
                .singleElement().satisfies(mention -> {
                    assertThat(mention.subject()).isEqualTo("kitakyushu.officer");
                    assertThat(mention.link()).isEqualTo("mentions/" + commentId);
                });
    }

    @Test
    void aUserOpensOnlyTheirOwnNotificationsAndAnotherUsersStaysUnread() {
        CityCoopUser officer = users.get("kitakyushu.officer");
        CityCoopUser manager = users.get("kitakyushu.manager");
        Project project = projects.propose(TestProposals.of("Bell " + UUID.randomUUID(), "SBY"), officer);
        Notification managers = about(project, manager).get(0);
        long unreadBefore = notifications.unreadCount(manager);

        for (String outsider : List.of("kitakyushu.officer", "yokohama.manager", "admin")) {
            assertThatThrownBy(() -> notifications.open(managers.id(), users.get(outsider))).as(outsider)
                    .isInstanceOf(NotificationNotAvailableException.class);
            assertThat(notifications.notificationsOf(users.get(outsider))).extracting(Notification::id).doesNotContain(managers.id());
        }
        assertThat(notifications.unreadCount(manager)).isEqualTo(unreadBefore);

        assertThat(notifications.open(managers.id(), manager).link()).isEqualTo(managers.link());
        assertThat(notifications.unreadCount(manager)).isEqualTo(unreadBefore - 1);
        assertThat(about(project, manager).get(0).read()).isTrue();
    }

    @Test
    void markingAllReadEmptiesTheBell() {
        CityCoopUser officer = users.get("kitakyushu.officer");
        CityCoopUser manager = users.get("kitakyushu.manager");
        projects.propose(TestProposals.of("Bell " + UUID.randomUUID(), "SBY"), officer);
        assertThat(notifications.unreadCount(manager)).isPositive();

        notifications.markAllRead(manager);

        assertThat(notifications.unreadCount(manager)).isZero();
    }

    @Test
    void aBadAddressIsRefusedNamingTheFieldAndNothingIsSaved() {
        CityCoopUser officer = users.get("yokohama.officer");
        NotificationSettings before = notifications.settingsOf(officer);
        Map<NotificationKind, Delivery> digest = Map.of(NotificationKind.MENTION, Delivery.DAILY_DIGEST);

        assertThatThrownBy(() -> notifications.save(new NotificationSettings("yokohama officer@city", "ja", digest), officer))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems())
                        .singleElement().satisfies(problem -> {
                            assertThat(problem.field()).isEqualTo("email");
                            assertThat(problem.message()).startsWith("E-mail address:").contains("leave it empty");
                        }));
        assertThatThrownBy(() -> notifications.save(new NotificationSettings("", "fr", digest), officer))
                .isInstanceOfSatisfying(InvalidInputException.class, refused ->
                        assertThat(refused.problems().get(0).field()).isEqualTo("language"));

        assertThat(notifications.settingsOf(officer)).isEqualTo(before);
    }

    private List<Notification> about(Project project, CityCoopUser user) {
        return notifications.notificationsOf(user).stream().filter(notification -> project.code().equals(notification.projectCode())).toList();
    }
}
