package org.citycoop.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.citycoop.name.Name;
import org.citycoop.CityCoopTest;
import org.citycoop.TestUsers;
import org.citycoop.base.AuditTrail;
import org.citycoop.base.InvalidInputException;
import org.citycoop.base.InvalidInputException.FieldProblem;
import org.citycoop.project.Project;
import org.citycoop.security.CityCoopUser;
import org.citycoop.workflow.TaskNotAvailableException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * {@link DispatchService} and {@link TravelSafetyService} against the real PostgreSQL: good input is
 * stored and moves the dispatch on; bad input is refused field by field with nothing changed and the
 * task still open; another organisation neither sees nor completes a dispatch task; only an
 * administrator changes a travel-safety level, and only to 1–4.
 */
@CityCoopTest
class DispatchServiceTest {

    @Autowired DispatchService dispatches;
    @Autowired TravelSafetyService travelSafety;
    @Autowired DispatchFixture fixture;
    @Autowired TestUsers users;
    @Autowired AuditTrail audit;
    @Autowired RuntimeService runtime;
    @Autowired JdbcClient jdbc;

    private CityCoopUser officer;

    @BeforeEach
    void signIn() {
        officer = users.get("kitakyushu.officer");
    }

    @Test
    void termsAndPlanAreStoredWithTheSpecialistsAndTheMissionDates() {
        Project project = fixture.project("Service test: good plan");
        String dispatch = fixture.start(project).getId();
        dispatches.writeTermsOfReference(fixture.task(dispatch, DispatchProcess.TASK_WRITE_TERMS_OF_REFERENCE), new TermsOfReference(
                "  Surabaya asked for help with its compost centre. ", "Site survey.", "Layout of the centre."), officer);
        String planTask = fixture.task(dispatch, DispatchProcess.TASK_SELECT_SPECIALISTS);
        assertThat(dispatches.openTask(planTask, DispatchProcess.TASK_SELECT_SPECIALISTS, officer).requireDispatch().terms().purpose())
                .isEqualTo("Surabaya asked for help with its compost centre.");

        dispatches.planMission(planTask, new MissionPlan(List.of(
                new Specialist("Kenta Mori", "KIT", "Engineer", "Windrow composting"),
                new Specialist(" Yui Ono ", "KIT", "Chief, Recycling Section", "Source separation")),
                "ID", LocalDate.of(2027, 9, 1), LocalDate.of(2027, 9, 7), 1_200_000L), officer);

        String approval = fixture.task(dispatch, DispatchProcess.TASK_APPROVE_BY_MANAGER);
        Dispatch planned = dispatches.openTask(approval, DispatchProcess.TASK_APPROVE_BY_MANAGER, users.get("kitakyushu.manager"))
                .requireDispatch();
        assertThat(planned.status()).isEqualTo(DispatchStatus.AWAITING_APPROVAL);
        assertThat(planned.approvalLevel()).isEqualTo(ApprovalLevel.MANAGER);
        assertThat(planned.destinationName()).isEqualTo(new Name("Indonesia", "インドネシア"));
        assertThat(planned.durationDays()).isEqualTo(7);
        assertThat(planned.costEstimateJpy()).isEqualTo(1_200_000L);
        assertThat(planned.specialists()).extracting(member -> member.specialist().name() + " / " + member.organisationName())
                .containsExactly("Kenta Mori / City of Kitakyushu", "Yui Ono / City of Kitakyushu");
        assertThat(audit.ofProject(project.id())).extracting(AuditTrail.Entry::action)
                .contains("DISPATCH_TERMS_WRITTEN", "DISPATCH_PLANNED");
    }

    @Test
    void emptyTermsOfReferenceAreRefusedOnEachFieldAndNoDispatchIsCreated() {
        Project project = fixture.project("Service test: empty terms");
        String dispatch = fixture.start(project).getId();
        String task = fixture.task(dispatch, DispatchProcess.TASK_WRITE_TERMS_OF_REFERENCE);

        assertThatThrownBy(() -> dispatches.writeTermsOfReference(task, new TermsOfReference(" ", "", null), officer))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(fields(refused))
                        .containsExactly("expectedOutputs", "purpose", "tasks"));
        assertThat(dispatchesOf(project)).isZero();
        assertThat(fixture.task(dispatch, DispatchProcess.TASK_WRITE_TERMS_OF_REFERENCE)).isEqualTo(task);
    }

    @Test
    void aReturnBeforeDepartureANegativeCostAndAMissingNameAreRefusedAndNothingChanges() {
        Project project = fixture.project("Service test: bad plan");
        String dispatch = termsWritten(project);
        String task = fixture.task(dispatch, DispatchProcess.TASK_SELECT_SPECIALISTS);
        MissionPlan bad = new MissionPlan(List.of(new Specialist(" ", "KIT", "Engineer", "Composting"),
                new Specialist("Aoi Ueda", "YOK", "Engineer", "Landfill")),
                "ID", LocalDate.of(2027, 9, 10), LocalDate.of(2027, 9, 1), -5L);

        assertThatThrownBy(() -> dispatches.planMission(task, bad, officer))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> {
                    assertThat(refused.problems()).extracting(FieldProblem::field).containsExactlyInAnyOrder(
                            "costEstimateJpy", "specialists[0].name", "returnOn", "specialists[1].organisationCode");
                    assertThat(refused.problems()).extracting(FieldProblem::message).contains(
                            "Return: the return date must be on or after the departure date.",
                            "Cost estimate (JPY): enter an amount of 0 yen or more.",
                            "Specialist 1: Name: enter the specialist's name.",
                            "Specialist 2: Organisation: choose City of Kitakyushu or one of its member municipalities.");
                });

        assertThat(jdbc.sql("select d.status || ' ' || coalesce(d.return_on::text, '-') from dispatch d join project p on p.id = d.project_id "
                + "where p.code = :code").param("code", project.code()).query(String.class).single()).isEqualTo("TERMS_WRITTEN -");
        assertThat(jdbc.sql("select count(*) from dispatch_specialist s join dispatch d on d.id = s.dispatch_id "
                + "join project p on p.id = d.project_id where p.code = :code").param("code", project.code())
                .query(Integer.class).single()).isZero();
        assertThat(fixture.task(dispatch, DispatchProcess.TASK_SELECT_SPECIALISTS)).isEqualTo(task);
    }

    @Test
    void aPlanWithoutSpecialistsOrDestinationIsRefused() {
        String dispatch = termsWritten(fixture.project("Service test: no specialists"));
        String task = fixture.task(dispatch, DispatchProcess.TASK_SELECT_SPECIALISTS);

        assertThatThrownBy(() -> dispatches.planMission(task, new MissionPlan(List.of(), "XX", null, null, null), officer))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(fields(refused))
                        .containsExactlyInAnyOrder("specialists", "destinationIso2", "departureOn", "returnOn", "costEstimateJpy"));
        assertThat(fixture.task(dispatch, DispatchProcess.TASK_SELECT_SPECIALISTS)).isEqualTo(task);
    }

    @Test
    void aRefusalNeedsAReasonWhichTheOfficerThenSees() {
        String dispatch = termsWritten(fixture.project("Service test: refusal"));
        dispatches.planMission(fixture.task(dispatch, DispatchProcess.TASK_SELECT_SPECIALISTS), DispatchFixture.plan("ID", 7, 900_000L), officer);
        String approval = fixture.task(dispatch, DispatchProcess.TASK_APPROVE_BY_MANAGER);
        CityCoopUser manager = users.get("kitakyushu.manager");

        assertThatThrownBy(() -> dispatches.decide(approval, ApprovalDecision.REFUSE, "  ", manager))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(fields(refused)).containsExactly("reason"));
        assertThat(fixture.task(dispatch, DispatchProcess.TASK_APPROVE_BY_MANAGER)).isEqualTo(approval);

        dispatches.decide(approval, ApprovalDecision.REFUSE, "Send one engineer only.", manager);
        Dispatch returned = dispatches.openTask(fixture.task(dispatch, DispatchProcess.TASK_SELECT_SPECIALISTS),
                DispatchProcess.TASK_SELECT_SPECIALISTS, officer).requireDispatch();
        assertThat(returned.lastRefusal()).hasValueSatisfying(refusal -> {
            assertThat(refusal.reason()).isEqualTo("Send one engineer only.");
            assertThat(refusal.decidedBy()).isEqualTo("kitakyushu.manager");
        });
        assertThat(returned.status()).isEqualTo(DispatchStatus.PLANNED);
    }

    @Test
    void theMissionReportNeedsItsThreeTextsAndKeepsItsDocument() {
        Project project = fixture.project("Service test: report");
        String dispatch = termsWritten(project);
        dispatches.planMission(fixture.task(dispatch, DispatchProcess.TASK_SELECT_SPECIALISTS), DispatchFixture.plan("ID", 7, 900_000L), officer);
        dispatches.decide(fixture.task(dispatch, DispatchProcess.TASK_APPROVE_BY_MANAGER), ApprovalDecision.APPROVE, null,
                users.get("kitakyushu.manager"));
        fixture.fireReturnTimer(dispatch);
        String task = fixture.task(dispatch, DispatchProcess.TASK_SUBMIT_MISSION_REPORT);

        assertThatThrownBy(() -> dispatches.submitMissionReport(task, "", " ", null, null, null, officer))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(fields(refused))
                        .containsExactly("activities", "findings", "recommendations"));
        assertThat(fixture.task(dispatch, DispatchProcess.TASK_SUBMIT_MISSION_REPORT)).isEqualTo(task);

        dispatches.submitMissionReport(task, "Survey and training.", "The site floods.", "Raise the pad.", "mission.pdf", pdf(), officer);

        Dispatch reported = dispatches.openTask(fixture.task(dispatch, DispatchProcess.TASK_ACKNOWLEDGE_REPORT),
                DispatchProcess.TASK_ACKNOWLEDGE_REPORT, users.get("surabaya.partner")).requireDispatch();
        assertThat(reported.report()).hasValueSatisfying(report -> {
            assertThat(report.documentName()).isEqualTo("mission.pdf");
            assertThat(report.findings()).isEqualTo("The site floods.");
        });
        assertThat(jdbc.sql("select completed_by from implementation_item i join dispatch d on d.implementation_item_id = i.id "
                + "where d.project_id = :project").param("project", project.id()).query(String.class).single())
                .isEqualTo("kitakyushu.officer");
        assertThatThrownBy(() -> dispatches.respondToReport(fixture.task(dispatch, DispatchProcess.TASK_ACKNOWLEDGE_REPORT),
                ReportResponse.ASK_QUESTION, " ", users.get("surabaya.partner")))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(fields(refused)).containsExactly("question"));
    }

    @Test
    void anotherOrganisationNeitherSeesNorCompletesADispatchTask() {
        String dispatch = termsWritten(fixture.project("Service test: other organisation"));
        String plan = fixture.task(dispatch, DispatchProcess.TASK_SELECT_SPECIALISTS);

        assertThatThrownBy(() -> dispatches.openTask(plan, DispatchProcess.TASK_SELECT_SPECIALISTS, users.get("yokohama.officer")))
                .isInstanceOf(TaskNotAvailableException.class);
        assertThatThrownBy(() -> dispatches.planMission(plan, DispatchFixture.plan("ID", 7, 1L), users.get("yokohama.officer")))
                .isInstanceOf(TaskNotAvailableException.class);

        dispatches.planMission(plan, DispatchFixture.plan("ID", 20, 1_000_000L), officer);
        String managerTask = fixture.task(dispatch, DispatchProcess.TASK_APPROVE_BY_MANAGER);
        assertThatThrownBy(() -> dispatches.decide(managerTask, ApprovalDecision.APPROVE, null, users.get("yokohama.manager")))
                .isInstanceOf(TaskNotAvailableException.class);
        assertThatThrownBy(() -> dispatches.decide(managerTask, ApprovalDecision.APPROVE, null, users.get("kitakyushu.head")))
                .isInstanceOf(TaskNotAvailableException.class);
        dispatches.decide(managerTask, ApprovalDecision.APPROVE, null, users.get("kitakyushu.manager"));

        String headTask = fixture.task(dispatch, DispatchProcess.TASK_APPROVE_BY_HEAD);
        assertThatThrownBy(() -> dispatches.decide(headTask, ApprovalDecision.APPROVE, null, users.get("yokohama.head")))
                .isInstanceOf(TaskNotAvailableException.class);
        assertThatThrownBy(() -> dispatches.decide(headTask, ApprovalDecision.APPROVE, null, users.get("kitakyushu.manager")))
                .isInstanceOf(TaskNotAvailableException.class);
        assertThat(fixture.task(dispatch, DispatchProcess.TASK_APPROVE_BY_HEAD)).isEqualTo(headTask);
    }

    @Test
    void onlyAnAdministratorChangesATravelSafetyLevelAndOnlyToOneToFour() {
        CityCoopUser admin = users.get("admin");

        assertThatThrownBy(() -> travelSafety.setLevel("KE", 2, officer)).isInstanceOf(AccessDeniedException.class);
        for (Integer bad : new Integer[] {0, 5, null}) {
            assertThatThrownBy(() -> travelSafety.setLevel("KE", bad, admin))
                    .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems())
                            .extracting(FieldProblem::field, FieldProblem::message).containsExactly(tuple("level", "Level: choose a travel-safety level from 1 (exercise caution) to 4 (evacuate).")));
        }
        assertThatThrownBy(() -> travelSafety.setLevel("XX", 2, admin))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(fields(refused)).containsExactly("country"));
        assertThat(levelOf("KE")).isNull();

        travelSafety.setLevel("KE", 2, admin);

        assertThat(levelOf("KE")).isEqualTo(2);
        assertThat(travelSafety.all()).filteredOn(country -> country.countryIso2().equals("KE")).singleElement()
                .satisfies(kenya -> assertThat(kenya.updatedBy()).isEqualTo("admin"));
        assertThat(levelOf("MM")).as("the blocked destination of the tests").isEqualTo(3);
    }

    private String termsWritten(Project project) {
        String dispatch = fixture.start(project).getId();
        dispatches.writeTermsOfReference(fixture.task(dispatch, DispatchProcess.TASK_WRITE_TERMS_OF_REFERENCE), DispatchFixture.TERMS, officer);
        return dispatch;
    }

    private Integer levelOf(String iso2) {
        return travelSafety.all().stream().filter(country -> country.countryIso2().equals(iso2)).findFirst().orElseThrow().level();
    }

    private int dispatchesOf(Project project) {
        return jdbc.sql("select count(*) from dispatch where project_id = :id").param("id", project.id()).query(Integer.class).single();
    }

    private static List<String> fields(InvalidInputException refused) {
        return refused.problems().stream().map(FieldProblem::field).toList();
    }

    private static byte[] pdf() {
        return "%PDF-1.4\n%\u00e2\u00e3\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
    }
}
