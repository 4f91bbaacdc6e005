package org.citycoop.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.citycoop.Screens;
import org.junit.jupiter.api.Test;

/**
 * Every screen declares who may open it (unannotated means denied), and the declarations match
 * the intended route × role matrix. Vaadin enforces these annotations on the server at navigation.
 */
class RouteAccessTest {

    private static final String ANONYMOUS = "anonymous";
    private static final String SIGNED_IN = "signed-in";

    /** route -> who may open it */
    private static final Map<String, Set<String>> INTENDED = Map.ofEntries(
            Map.entry("login", Set.of(ANONYMOUS)),
            Map.entry("", Set.of(SIGNED_IN)),
            Map.entry("projects", Set.of(SIGNED_IN)),
            // the service shows a project only to organisations that take part (AccessControlTest)
            Map.entry("projects/:code", Set.of(SIGNED_IN)),
            // each user sees the comments that mention them only (TaskCommentServiceTest)
            Map.entry("mentions", Set.of(SIGNED_IN)),
            Map.entry("mentions/:commentId", Set.of(SIGNED_IN)),
            // each user sees and opens their own notifications only (NotificationServiceTest, CrossOrganisationRouteTest)
            Map.entry("notifications", Set.of(SIGNED_IN)),
            Map.entry("notifications/:notificationId", Set.of(SIGNED_IN)),
            Map.entry("settings/notifications", Set.of(SIGNED_IN)),
            // each user records their own absence; a manager their colleagues' (AbsenceServiceTest)
            Map.entry("settings/absence", Set.of(SIGNED_IN)),
            // the service refuses the outbox to anyone but an admin as well (NotificationMailTest)
            Map.entry("admin/mail-outbox", Set.of(Roles.ADMIN)),
            Map.entry("partner", Set.of(Roles.PARTNER)),
            // the marketplace's services scope each request and offer (CooperationRequestServiceTest, CooperationOfferServiceTest)
            Map.entry("marketplace/requests", Set.of(Roles.OFFICER, Roles.MANAGER, Roles.PARTNER, Roles.ADMIN)),
            Map.entry("marketplace/requests/new", Set.of(Roles.PARTNER)),
            Map.entry("marketplace/requests/:requestId", Set.of(Roles.OFFICER, Roles.MANAGER, Roles.PARTNER, Roles.ADMIN)),
            Map.entry("marketplace/offers", Set.of(Roles.OFFICER, Roles.MANAGER, Roles.PARTNER, Roles.ADMIN)),
            Map.entry("marketplace/offers/:offerId", Set.of(Roles.OFFICER, Roles.MANAGER, Roles.PARTNER, Roles.ADMIN)),
            // read by all four; the service lets only an administrator save (CooperationOfferServiceTest)
            Map.entry("marketplace/frameworks/:country", Set.of(Roles.OFFICER, Roles.MANAGER, Roles.PARTNER, Roles.ADMIN)),
            Map.entry("project/propose", Set.of(Roles.OFFICER)),
            Map.entry("task/project/screen-proposal/:taskId", Set.of(Roles.MANAGER)),
            Map.entry("task/project/revise-proposal/:taskId", Set.of(Roles.OFFICER)),
            Map.entry("task/project/give-consent/:taskId", Set.of(Roles.MEMBER_DELEGATE)),
            Map.entry("task/project/confirm-agreement/:taskId", Set.of(Roles.PARTNER)),
            Map.entry("task/project/renew-agreement/:taskId", Set.of(Roles.OFFICER)),
            Map.entry("task/project/decide-go-no-go/:taskId", Set.of(Roles.MANAGER)),
            Map.entry("task/project/choose-way-after-rejection/:taskId", Set.of(Roles.OFFICER)),
            Map.entry("task/project/approve-own-budget/:taskId", Set.of(Roles.MANAGER)),
            Map.entry("task/feasibility/define-scope/:taskId", Set.of(Roles.OFFICER)),
            Map.entry("task/feasibility/conduct-survey/:taskId", Set.of(Roles.OFFICER)),
            Map.entry("task/feasibility/upload-report/:taskId", Set.of(Roles.OFFICER)),
            Map.entry("task/feasibility/review-study/:taskId", Set.of(Roles.MANAGER)),
            Map.entry("task/funding/choose-scheme/:taskId", Set.of(Roles.OFFICER)),
            Map.entry("task/funding/draft-application/:taskId", Set.of(Roles.OFFICER)),
            Map.entry("task/funding/approve-application/:taskId", Set.of(Roles.MANAGER)),
            Map.entry("task/funding/screen-application/:taskId", Set.of(Roles.REVIEWER)),
            Map.entry("task/funding/decide-application/:taskId", Set.of(Roles.REVIEWER)),
            Map.entry("task/funding/revise-application/:taskId", Set.of(Roles.OFFICER)),
            Map.entry("task/funding/record-agreement/:taskId", Set.of(Roles.OFFICER)),
            Map.entry("task/funding/submit-report/:taskId", Set.of(Roles.OFFICER)),
            Map.entry("task/project/plan-implementation/:taskId", Set.of(Roles.OFFICER)),
            Map.entry("task/dispatch/write-terms-of-reference/:taskId", Set.of(Roles.OFFICER)),
            Map.entry("task/dispatch/select-specialists/:taskId", Set.of(Roles.OFFICER)),
            Map.entry("task/dispatch/resolve-safety-block/:taskId", Set.of(Roles.OFFICER)),
            Map.entry("task/dispatch/approve-as-manager/:taskId", Set.of(Roles.MANAGER)),
            Map.entry("task/dispatch/approve-as-head/:taskId", Set.of(Roles.HEAD)),
            Map.entry("task/dispatch/submit-mission-report/:taskId", Set.of(Roles.OFFICER)),
            Map.entry("task/dispatch/acknowledge-report/:taskId", Set.of(Roles.PARTNER)),
            Map.entry("task/dispatch/answer-question/:taskId", Set.of(Roles.OFFICER)),
            Map.entry("admin/travel-safety", Set.of(Roles.ADMIN)),
            Map.entry("task/training/design-curriculum/:taskId", Set.of(Roles.OFFICER)),
            Map.entry("task/training/nominate-trainees/:taskId", Set.of(Roles.PARTNER)),
            Map.entry("task/training/confirm-trainees/:taskId", Set.of(Roles.OFFICER)),
            Map.entry("task/training/prepare-logistics/:taskId", Set.of(Roles.OFFICER)),
            Map.entry("task/training/record-session/:taskId", Set.of(Roles.OFFICER)),
            Map.entry("task/training/submit-action-plans/:taskId", Set.of(Roles.PARTNER)),
            Map.entry("task/training/evaluate-programme/:taskId", Set.of(Roles.OFFICER)),
            Map.entry("task/project/submit-action-plan/:taskId", Set.of(Roles.PARTNER)),
            Map.entry("task/followup/set-schedule/:taskId", Set.of(Roles.OFFICER)),
            Map.entry("task/followup/report-progress/:taskId", Set.of(Roles.PARTNER)),
            Map.entry("task/followup/review-progress/:taskId", Set.of(Roles.OFFICER)),
            Map.entry("admin/indicators", Set.of(Roles.ADMIN)),
            Map.entry("admin/import", Set.of(Roles.ADMIN)),
            Map.entry("admin/organisations", Set.of(Roles.ADMIN)),
            // the service refuses the log to anyone but an admin as well (SecurityLogTest)
            Map.entry("admin/security-log", Set.of(Roles.ADMIN)),
            Map.entry("task/project/write-completion-report/:taskId", Set.of(Roles.OFFICER)),
            Map.entry("task/project/evaluate/:taskId", Set.of(Roles.MANAGER)),
            // the service scopes the queue to the reviewer's agency and the comparison to the screening task (ReviewerWorkspaceServiceTest)
            Map.entry("reviewer", Set.of(Roles.REVIEWER)),
            Map.entry("reviewer/compare/:taskId", Set.of(Roles.REVIEWER)),
            // dialogues and programmes publish to everyone signed in; the services keep projects and figures
            // to those who take part (DD034; DialogueServiceTest, ProgrammeServiceTest)
            Map.entry("dialogues/:code?", Set.of(SIGNED_IN)),
            Map.entry("programmes", Set.of(SIGNED_IN)),
            Map.entry("programmes/:code", Set.of(SIGNED_IN)),
            // published practices are read by everyone signed in; the service lets the lead's officer publish (GoodPracticeServiceTest)
            Map.entry("practices", Set.of(SIGNED_IN)),
            Map.entry("practices/:practiceId", Set.of(SIGNED_IN)),
            Map.entry("practices/publish", Set.of(Roles.OFFICER)),
            // the service lets only an officer of the practice's lead edit or unpublish it (GoodPracticeServiceTest)
            Map.entry("practices/:practiceId/edit", Set.of(Roles.OFFICER)),
            // programmes are recorded by administrators only (ProgrammeServiceTest refuses a manager)
            Map.entry("admin/programmes/:code?", Set.of(Roles.ADMIN)),
            // the service counts a manager's own organisation's projects only (DashboardServiceTest)
            Map.entry("dashboard", Set.of(Roles.MANAGER, Roles.ADMIN)));

    @Test
    void everyRouteAllowsExactlyTheIntendedActors() {
        Map<String, Set<String>> declared = new TreeMap<>();
        for (Class<?> view : Screens.routeClasses()) {
            declared.put(view.getAnnotation(Route.class).value(), allowed(view));
        }

        assertThat(declared).isEqualTo(new TreeMap<>(INTENDED));
    }

    static Set<String> allowed(Class<?> view) {
        if (view.isAnnotationPresent(AnonymousAllowed.class)) {
            return Set.of(ANONYMOUS);
        }
        if (view.isAnnotationPresent(PermitAll.class)) {
            return Set.of(SIGNED_IN);
        }
        if (view.isAnnotationPresent(RolesAllowed.class)) {
            return Arrays.stream(view.getAnnotation(RolesAllowed.class).value()).collect(Collectors.toSet());
        }
        if (view.isAnnotationPresent(DenyAll.class)) {
            return Set.of();
        }
        return Set.of("UNANNOTATED (denied by Vaadin, but say so explicitly)");
    }
}
