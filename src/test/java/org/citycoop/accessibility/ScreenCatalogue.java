package org.citycoop.accessibility;

import static java.util.Map.entry;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.citycoop.marketplace.CooperationOfferService;
import org.citycoop.marketplace.CooperationRequestService;
import org.citycoop.notification.Notification;
import org.citycoop.notification.NotificationService;
import org.citycoop.peerlearning.GoodPracticeService;
import org.citycoop.peerlearning.PracticeSearch;
import org.citycoop.project.Mention;
import org.citycoop.project.Project;
import org.citycoop.project.ProjectCommentService;
import org.citycoop.project.ProjectProcess;
import org.springframework.stereotype.Component;

/**
 * Every screen of the application — every {@code @Route} — with a user who may open it and a way to
 * reach a real instance of it: task screens open a task that {@link ScreenTasks} has just driven a
 * fresh project to, as a user of its candidate group. A new route without an entry here fails the
 * screen tests ({@link #missingFrom}).
 */
@Component
class ScreenCatalogue {

    /** A screen to open: its route, who opens it ({@code null}: nobody signed in), and the path of a real instance. */
    record Screen(String route, String user, Supplier<String> path) {
        boolean isTask() {
            return route.startsWith("task/");
        }
    }

    static final String OFFICER = "kitakyushu.officer";
    static final String MANAGER = "kitakyushu.manager";
    static final String PARTNER = "surabaya.partner";
    static final String REVIEWER = "jica.reviewer";
    static final String ADMIN = "admin";

    private final ScreenTasks tasks;
    private final ProjectCommentService comments;
    private final NotificationService notifications;
    private final CooperationRequestService requests;
    private final CooperationOfferService offers;
    private final GoodPracticeService practices;

    ScreenCatalogue(ScreenTasks tasks, ProjectCommentService comments, NotificationService notifications,
                    CooperationRequestService requests, CooperationOfferService offers, GoodPracticeService practices) {
        this.tasks = tasks;
        this.comments = comments;
        this.notifications = notifications;
        this.requests = requests;
        this.offers = offers;
        this.practices = practices;
    }

    /** route -> the screen, in the order of their routes. */
    Map<String, Screen> screens() {
        Map<String, Screen> screens = new TreeMap<>();
        for (Screen screen : new Screen[] {
                plain("login", null),
                plain("", OFFICER),
                plain("projects", OFFICER),
                new Screen("projects/:code", OFFICER, () -> "projects/" + tasks.proposed().code()),
                plain("mentions", MANAGER),
                new Screen("mentions/:commentId", MANAGER, () -> "mentions/" + mention().commentId()),
                plain("notifications", MANAGER),
                new Screen("notifications/:notificationId", MANAGER, () -> "notifications/" + notification().id()),
                plain("settings/notifications", OFFICER),
                plain("settings/absence", OFFICER),
                plain("partner", PARTNER),
                plain("project/propose", OFFICER),
                plain("reviewer", REVIEWER),
                new Screen("reviewer/compare/:taskId", REVIEWER, () -> "reviewer/compare/" + tasks.screenApplication()),
                plain("dashboard", MANAGER),
                plain("marketplace/requests", OFFICER),
                plain("marketplace/requests/new", PARTNER),
                new Screen("marketplace/requests/:requestId", OFFICER, () -> "marketplace/requests/" + demoRequest()),
                plain("marketplace/offers", OFFICER),
                new Screen("marketplace/offers/:offerId", OFFICER, () -> "marketplace/offers/" + demoOffer()),
                new Screen("marketplace/frameworks/:country", ADMIN, () -> "marketplace/frameworks/ID"),
                new Screen("dialogues/:code?", OFFICER, () -> "dialogues/JAPAN_ASEAN_ENVIRONMENT"),
                plain("programmes", OFFICER),
                new Screen("programmes/:code", MANAGER, () -> "programmes/ASEAN_MODEL_CITIES"),
                plain("practices", OFFICER),
                new Screen("practices/:practiceId", OFFICER, () -> "practices/" + demoPractice()),
                plain("practices/publish", OFFICER),
                new Screen("practices/:practiceId/edit", OFFICER, () -> "practices/" + practiceTheOfficerMayEdit() + "/edit"),
                new Screen("admin/programmes/:code?", ADMIN, () -> "admin/programmes/ASEAN_MODEL_CITIES"),
                plain("admin/mail-outbox", ADMIN),
                plain("admin/travel-safety", ADMIN),
                plain("admin/indicators", ADMIN),
                plain("admin/import", ADMIN),
                plain("admin/organisations", ADMIN),
                plain("admin/security-log", ADMIN)}) {
            screens.put(screen.route(), screen);
        }
        taskScreens().forEach((formKey, screen) -> screens.put(screen.route(), screen));
        return screens;
    }

    /** The task screens only: form key -> screen. */
    Map<String, Screen> taskScreens() {
        Map<String, Screen> screens = new TreeMap<>();
        Map.ofEntries(
                entry("project/screen-proposal", task(MANAGER, tasks::screenProposal)),
                entry("project/revise-proposal", task(OFFICER, tasks::reviseProposal)),
                entry("project/give-consent", task("setagaya.delegate", () -> tasks.giveConsent("setagaya.delegate"))),
                entry("project/confirm-agreement", task(PARTNER, tasks::confirmAgreement)),
                entry("project/renew-agreement", task(OFFICER, () -> tasks.laterMainTask(ProjectProcess.TASK_RENEW_AGREEMENT))),
                entry("project/decide-go-no-go", task(MANAGER, () -> tasks.laterMainTask(ProjectProcess.TASK_DECIDE_GO_NO_GO))),
                entry("project/choose-way-after-rejection",
                        task(OFFICER, () -> tasks.laterMainTask(ProjectProcess.TASK_CHOOSE_WAY_AFTER_REJECTION))),
                entry("project/approve-own-budget", task(MANAGER, () -> tasks.laterMainTask(ProjectProcess.TASK_APPROVE_OWN_BUDGET))),
                entry("project/plan-implementation", task(OFFICER, () -> tasks.laterMainTask(ProjectProcess.TASK_PLAN_IMPLEMENTATION))),
                entry("project/submit-action-plan", task(PARTNER, tasks::submitActionPlan)),
                entry("project/write-completion-report",
                        task(OFFICER, () -> tasks.laterMainTask(ProjectProcess.TASK_WRITE_COMPLETION_REPORT))),
                entry("project/evaluate", task(MANAGER, () -> tasks.laterMainTask(ProjectProcess.TASK_EVALUATE_PROJECT))),
                entry("feasibility/define-scope", task(OFFICER, tasks::defineScope)),
                entry("feasibility/conduct-survey", task(OFFICER, tasks::conductSurvey)),
                entry("feasibility/upload-report", task(OFFICER, tasks::uploadReport)),
                entry("feasibility/review-study", task(MANAGER, tasks::reviewStudy)),
                entry("funding/choose-scheme", task(OFFICER, tasks::chooseScheme)),
                entry("funding/draft-application", task(OFFICER, tasks::draftApplication)),
                entry("funding/approve-application", task(MANAGER, tasks::approveApplication)),
                entry("funding/screen-application", task(REVIEWER, tasks::screenApplication)),
                entry("funding/decide-application", task(REVIEWER, tasks::decideApplication)),
                entry("funding/revise-application", task(OFFICER, tasks::reviseApplication)),
                entry("funding/record-agreement", task(OFFICER, tasks::recordAgreement)),
                entry("funding/submit-report", task(OFFICER, tasks::submitFundingReport)),
                entry("training/design-curriculum", task(OFFICER, tasks::designCurriculum)),
                entry("training/nominate-trainees", task(PARTNER, tasks::nominateTrainees)),
                entry("training/confirm-trainees", task(OFFICER, tasks::confirmTrainees)),
                entry("training/prepare-logistics", task(OFFICER, tasks::prepareLogistics)),
                entry("training/record-session", task(OFFICER, tasks::recordSession)),
                entry("training/submit-action-plans", task(PARTNER, tasks::submitActionPlans)),
                entry("training/evaluate-programme", task(OFFICER, tasks::evaluateProgramme)),
                entry("dispatch/write-terms-of-reference", task(OFFICER, tasks::writeTermsOfReference)),
                entry("dispatch/select-specialists", task(OFFICER, tasks::selectSpecialists)),
                entry("dispatch/resolve-safety-block", task(OFFICER, tasks::resolveSafetyBlock)),
                entry("dispatch/approve-as-manager", task(MANAGER, tasks::approveAsManager)),
                entry("dispatch/approve-as-head", task("kitakyushu.head", tasks::approveAsHead)),
                entry("dispatch/submit-mission-report", task(OFFICER, tasks::submitMissionReport)),
                entry("dispatch/acknowledge-report", task(PARTNER, tasks::acknowledgeReport)),
                entry("dispatch/answer-question", task(OFFICER, tasks::answerQuestion)),
                entry("followup/set-schedule", task(OFFICER, tasks::setSchedule)),
                entry("followup/report-progress", task(PARTNER, tasks::reportProgress)),
                entry("followup/review-progress", task(OFFICER, tasks::reviewProgress)))
                .forEach((formKey, screen) -> screens.put(formKey, new Screen("task/" + formKey + "/:taskId", screen.user(),
                        () -> "task/" + formKey + "/" + screen.path().get())));
        return screens;
    }

    /** The routes of the application without an entry here. */
    static Set<String> missingFrom(Map<String, Screen> screens, Set<String> routes) {
        Set<String> missing = new TreeSet<>(routes);
        missing.removeAll(screens.keySet());
        return missing;
    }

    private static Screen plain(String route, String user) {
        return new Screen(route, user, () -> route);
    }

    /** A task screen's user and the id of a fresh task; the catalogue adds its route. */
    private static Screen task(String user, Supplier<String> taskId) {
        return new Screen("", user, taskId);
    }

    /** A comment of the officer that mentions the manager. */
    private Mention mention() {
        Project project = tasks.proposed();
        comments.comment(project.code(), "@" + MANAGER + " the market list is attached.", tasks.user(OFFICER));
        return comments.mentionsOf(tasks.user(MANAGER)).stream().filter(found -> found.projectCode().equals(project.code()))
                .findFirst().orElseThrow();
    }

    /** The first open request of the demo the officer sees. */
    private long demoRequest() {
        return requests.search(null, null, tasks.user(OFFICER)).get(0).id();
    }

    /** An offer of the officer's own organisation, which the screen shows with its fields to edit. */
    private long demoOffer() {
        return offers.ofOwnOrganisation(tasks.user(OFFICER)).get(0).id();
    }

    /** A practice of the officer's organisation, which the edit screen shows with its fields. */
    private long practiceTheOfficerMayEdit() {
        return practices.search(new PracticeSearch(null, null, null), tasks.user(OFFICER)).stream()
                .filter(practice -> practices.mayEdit(practice.id(), tasks.user(OFFICER))).findFirst().orElseThrow().id();
    }

    private long demoPractice() {
        return practices.search(new PracticeSearch(null, null, null), tasks.user(OFFICER)).get(0).id();
    }

    /** The manager's notification of that mention, which is written after the comment's transaction. */
    private Notification notification() {
        String code = mention().projectCode();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(deadline)) {
            var found = notifications.notificationsOf(tasks.user(MANAGER)).stream()
                    .filter(notification -> code.equals(notification.projectCode())).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(interrupted);
            }
        }
        throw new IllegalStateException("No notification of the mention in " + code);
    }
}
