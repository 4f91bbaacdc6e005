package org.citycoop.marketplace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.citycoop.CityCoopTest;
import org.citycoop.TestUsers;
import org.citycoop.base.InvalidInputException;
import org.citycoop.base.InvalidInputException.FieldProblem;
import org.citycoop.base.NotAvailableException;
import org.citycoop.notification.NotificationKind;
import org.citycoop.notification.NotificationService;
import org.citycoop.project.Project;
import org.citycoop.project.ProjectProcess;
import org.citycoop.project.ProjectService;
import org.citycoop.project.ProjectStatus;
import org.citycoop.security.CityCoopUser;
import org.citycoop.workflow.WorkTask;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Requests on the real PostgreSQL: who submits, who sees, answers, comments, and a request that becomes a project. */
@CityCoopTest
class CooperationRequestServiceTest {

    @Autowired CooperationRequestService requests;
    @Autowired ProjectService projects;
    @Autowired NotificationService notifications;
    @Autowired TestUsers users;

    @Test
    void aPartnerCitySubmitsARequestForItsCityAndTheCountryComesFromTheCity() {
        CooperationRequest request = requests.submit(draft("Market waste " + UUID.randomUUID(), "SBY", null, null),
                users.get("surabaya.partner"));

        assertThat(request.status()).isEqualTo(RequestStatus.OPEN);
        assertThat(request.requesterCode()).isEqualTo("SBY");
        assertThat(request.cityCode()).isEqualTo("SBY");
        assertThat(request.countryIso2()).isEqualTo("ID");
        assertThat(request.region()).isEqualTo("SOUTHEAST_ASIA");
        assertThat(request.preferredForms()).containsExactlyInAnyOrder(RequestForm.TRAINING, RequestForm.DISPATCH);
        assertThat(request.timingFrom()).isEqualTo(YearMonth.of(2027, 4));
        assertThat(request.languages()).containsExactly("id", "en");
    }

    @Test
    void anNgoNamesAnUnregisteredCityAndSeesOnlyItsOwnRequests() {
        String title = "District water " + UUID.randomUUID();
        CooperationRequest own = requests.submit(draft(title, null, "Kampung Kota, Surabaya", "ID"), users.get("sgc.partner"));
        CooperationRequest surabayas = requests.submit(draft("Surabaya's " + UUID.randomUUID(), "SBY", null, null),
                users.get("surabaya.partner"));

        assertThat(own.cityCode()).isNull();
        assertThat(own.city().en()).isEqualTo("Kampung Kota, Surabaya");
        CityCoopUser ngo = users.get("sgc.partner");
        assertThat(requests.search(null, null, ngo)).extracting(CooperationRequest::requesterCode).containsOnly("SGC");
        assertThat(requests.find(surabayas.id(), ngo)).as("another requester's request").isEmpty();
        assertThatThrownBy(() -> requests.commentsOf(surabayas.id(), ngo)).isInstanceOf(NotAvailableException.class);
    }

    @Test
    void everyProblemOfADraftIsNamedAtOnceAndNothingIsStored() {
        RequestDraft empty = new RequestDraft(" ", null, "NO_SUCH_THEME", null, null, "JP", null, Set.of(),
                YearMonth.of(2028, 1), YearMonth.of(2027, 1), List.of("English"));
        CityCoopUser partner = users.get("dalian.partner");
        int before = requests.search(null, null, partner).size();

        assertThatThrownBy(() -> requests.submit(empty, partner)).isInstanceOfSatisfying(InvalidInputException.class, refused ->
                assertThat(refused.problems()).extracting(FieldProblem::field, problem -> problem.text().key()).containsExactlyInAnyOrder(
                        tuple("title", "problem.required"),
                        tuple("problem", "problem.required"),
                        tuple("expectedOutcomes", "problem.required"),
                        tuple("themeCode", "marketplace.problem.theme"),
                        tuple("city", "problem.required"),
                        tuple("countryIso2", "marketplace.problem.country"),
                        tuple("preferredForms", "marketplace.problem.forms"),
                        tuple("timingTo", "marketplace.problem.timing"),
                        tuple("languages", "marketplace.problem.languages")));
        assertThat(requests.search(null, null, partner)).hasSize(before);
    }

    @Test
    void onlyRequestersSubmitAndOthersSeeNothing() {
        assertThatThrownBy(() -> requests.submit(draft("x", "SBY", null, null), users.get("kitakyushu.officer")))
                .isInstanceOf(AccessDeniedException.class);
        CooperationRequest request = requests.submit(draft("Seen " + UUID.randomUUID(), "SBY", null, null), users.get("surabaya.partner"));

        assertThat(requests.find(request.id(), users.get("jica.reviewer"))).isEmpty();
        assertThat(requests.search(null, null, users.get("jica.reviewer"))).isEmpty();
        assertThat(requests.find(request.id(), users.get("dalian.partner"))).as("another partner city").isEmpty();
        assertThat(requests.find(request.id(), users.get("hibiki.officer"))).as("a company's officer").isPresent();
        assertThat(requests.search("WASTE", "ID", users.get("yokohama.manager"))).extracting(CooperationRequest::id).contains(request.id());
        assertThat(requests.search("WATER_SUPPLY", null, users.get("yokohama.manager"))).extracting(CooperationRequest::id)
                .doesNotContain(request.id());
    }

    @Test
    void anAnswerTellsTheRequesterAndADiscussionFollows() {
        String title = "Answered " + UUID.randomUUID();
        CooperationRequest request = requests.submit(draft(title, "SBY", null, null), users.get("surabaya.partner"));
        CityCoopUser company = users.get("hibiki.officer");

        requests.answer(request.id(), "We build compact composting plants for markets.", company);
        requests.comment(request.id(), "How many tonnes a day do the ten markets produce?", company);
        requests.comment(request.id(), "About 120 tonnes.", users.get("surabaya.partner"));

        CityCoopUser partner = users.get("surabaya.partner");
        assertThat(requests.find(request.id(), partner).orElseThrow().status()).isEqualTo(RequestStatus.ANSWERED);
        assertThat(requests.answersOf(request.id(), partner)).singleElement()
                .satisfies(answer -> assertThat(answer.organisationCode()).isEqualTo("HIBIKI"));
        assertThat(requests.commentsOf(request.id(), partner)).extracting(RequestComment::author)
                .containsExactly("hibiki.officer", "surabaya.partner");
        assertThat(notifications.notificationsOf(partner)).filteredOn(n -> n.subject().equals(title)).singleElement()
                .satisfies(notification -> {
                    assertThat(notification.kind()).isEqualTo(NotificationKind.REQUEST_ANSWERED);
                    assertThat(notification.link()).isEqualTo("marketplace/requests/" + request.id());
                });
        assertThatThrownBy(() -> requests.answer(request.id(), "Again", company)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> requests.answer(request.id(), "Me too", users.get("jica.reviewer")))
                .isInstanceOf(NotAvailableException.class);
    }

    @Test
    void anOfficerTurnsARequestIntoAProposalThatWaitsForScreening() {
        String title = "Into a project " + UUID.randomUUID();
        CooperationRequest request = requests.submit(draft(title, "SBY", null, null), users.get("surabaya.partner"));
        CityCoopUser officer = users.get("kitakyushu.officer");

        Project project = requests.propose(request.id(), new ProposalTerms("TECHNICAL_COOPERATION", 20_000_000L), officer);

        assertThat(project.title()).isEqualTo(title);
        assertThat(project.partnerCode()).isEqualTo("SBY");
        assertThat(project.themeCode()).isEqualTo("WASTE");
        assertThat(project.plannedStart()).isEqualTo(YearMonth.of(2027, 4).atDay(1));
        assertThat(project.plannedEnd()).isEqualTo(YearMonth.of(2029, 3).atEndOfMonth());
        assertThat(project.status()).isEqualTo(ProjectStatus.PIPELINE);
        CooperationRequest linked = requests.find(request.id(), officer).orElseThrow();
        assertThat(linked.status()).isEqualTo(RequestStatus.IN_PROJECT);
        assertThat(linked.projectCode()).isEqualTo(project.code());
        assertThat(projects.openTasks(project.code(), users.get("kitakyushu.manager"))).extracting(WorkTask::taskDefinitionKey)
                .containsExactly(ProjectProcess.TASK_SCREEN_PROPOSAL);
        assertThatThrownBy(() -> requests.propose(request.id(), new ProposalTerms("TECHNICAL_COOPERATION", 1L), officer))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems())
                        .extracting(problem -> problem.text().key()).containsExactly("marketplace.problem.request.not-open"));
    }

    @Test
    void aCompanyMayAnswerButNotProposeAndAnUnregisteredCityCannotBecomeAProject() {
        CooperationRequest request = requests.submit(draft("Company " + UUID.randomUUID(), "SBY", null, null), users.get("surabaya.partner"));
        assertThatThrownBy(() -> requests.propose(request.id(), new ProposalTerms("TECHNICAL_COOPERATION", 1L), users.get("hibiki.officer")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(requests.find(request.id(), users.get("surabaya.partner")).orElseThrow().status()).isEqualTo(RequestStatus.OPEN);

        CooperationRequest unregistered = requests.submit(draft("Unregistered " + UUID.randomUUID(), null, "Gresik", "ID"),
                users.get("sgc.partner"));
        assertThatThrownBy(() -> requests.propose(unregistered.id(), new ProposalTerms("TECHNICAL_COOPERATION", 1L),
                users.get("kitakyushu.officer"))).isInstanceOfSatisfying(InvalidInputException.class, refused ->
                assertThat(refused.problems()).extracting(FieldProblem::field).containsExactly("city"));
    }

    @Test
    void aWithdrawnRequestDisappearsForTheJapaneseSide() {
        CooperationRequest request = requests.submit(draft("Withdrawn " + UUID.randomUUID(), "SBY", null, null), users.get("surabaya.partner"));
        assertThatThrownBy(() -> requests.withdraw(request.id(), users.get("kitakyushu.officer"))).isInstanceOf(AccessDeniedException.class);

        requests.withdraw(request.id(), users.get("surabaya.partner"));

        assertThat(requests.find(request.id(), users.get("kitakyushu.officer"))).isEmpty();
        assertThat(requests.find(request.id(), users.get("surabaya.partner")).orElseThrow().status()).isEqualTo(RequestStatus.CLOSED);
    }

    static RequestDraft draft(String title, String cityCode, String cityName, String country) {
        return new RequestDraft(title, "Traditional markets send their organic waste unsorted to the landfill.", "WASTE", cityCode,
                cityName, country, "Ten markets separate organic waste and compost it.", Set.of(RequestForm.TRAINING, RequestForm.DISPATCH),
                YearMonth.of(2027, 4), YearMonth.of(2029, 3), List.of("id", "en"));
    }
}
