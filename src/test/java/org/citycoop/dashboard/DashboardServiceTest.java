package org.citycoop.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.citycoop.dashboard.DashboardFixture.manager;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.citycoop.CityCoopTest;
import org.citycoop.TestUsers;
import org.citycoop.dashboard.DashboardFixture.Organisations;
import org.citycoop.security.CityCoopUser;
import org.citycoop.security.Roles;
import org.citycoop.workflow.Phase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Every dashboard panel against projects of this test's own organisations, whose counts are known:
 * the lead city has three projects (one started on 31 March 2031, i.e. in JFY 2030, two from
 * 1 April 2031 on, in JFY 2031), the cooperative one, its member city two, another city one.
 * A manager counts their own organisation's projects (as lead, or as a member of the lead
 * cooperative); an administrator everyone's; nobody else gets any figure.
 */
@CityCoopTest
class DashboardServiceTest {

    private static final JfyRange YEARS_2030_TO_2032 = JfyRange.of(2030, 2032);

    @Autowired DashboardService dashboards;
    @Autowired DashboardFixture fixture;
    @Autowired TestUsers users;

    private Organisations orgs;
    private long lastDayOf2030;
    private long surabaya2031;
    private long dalian2031;
    private long otherCitys;

    @BeforeEach
    void projectsOfKnownCounts() {
        orgs = fixture.organisations();
        lastDayOf2030 = fixture.project(orgs.lead(), orgs.surabaya(), "WASTE", LocalDate.of(2031, 3, 31));
        surabaya2031 = fixture.project(orgs.lead(), orgs.surabaya(), "WASTE", LocalDate.of(2031, 4, 1));
        dalian2031 = fixture.project(orgs.lead(), orgs.dalian(), "WATER_SUPPLY", LocalDate.of(2031, 6, 15));
        fixture.project(orgs.cooperative(), orgs.nairobi(), "SEWERAGE", LocalDate.of(2032, 3, 31));
        fixture.project(orgs.member(), orgs.surabaya(), "WASTE", LocalDate.of(2031, 7, 1));
        fixture.project(orgs.member(), orgs.surabaya(), "AIR_QUALITY", LocalDate.of(2031, 8, 1));
        otherCitys = fixture.project(orgs.other(), orgs.dalian(), "WASTE", LocalDate.of(2031, 5, 1));
    }

    @Test
    void projectsByRegionCountEachProjectInTheFiscalYearOfItsStartWithEveryRegionInEveryRow() {
        RegionsByYear report = dashboards.projectsByRegion(YEARS_2030_TO_2032, manager(orgs.lead()));

        assertThat(report.regions()).containsExactly("NORTHEAST_ASIA", "SOUTH_ASIA", "SOUTHEAST_ASIA", "PACIFIC",
                "LATIN_AMERICA", "MIDDLE_EAST", "AFRICA");
        assertThat(report.rows()).extracting(RegionsByYear.Row::jfy, RegionsByYear.Row::total)
                .containsExactly(tuple(2030, 1L), tuple(2031, 2L), tuple(2032, 0L));
        assertThat(report.rows()).allSatisfy(row -> assertThat(row.counts().keySet()).containsExactlyElementsOf(report.regions()));
        assertThat(report.rows().get(0).counts()).containsEntry("SOUTHEAST_ASIA", 1L).containsEntry("NORTHEAST_ASIA", 0L);
        assertThat(report.rows().get(1).counts()).containsEntry("SOUTHEAST_ASIA", 1L).containsEntry("NORTHEAST_ASIA", 1L)
                .containsEntry("AFRICA", 0L);
        assertThat(report.totals()).containsEntry("SOUTHEAST_ASIA", 2L).containsEntry("NORTHEAST_ASIA", 1L).containsEntry("PACIFIC", 0L);
        assertThat(report.total()).isEqualTo(3);

        // 31 March 2031 is the last day of JFY 2030: a range of JFY 2031 alone leaves it out
        assertThat(dashboards.projectsByRegion(JfyRange.of(2031, 2031), manager(orgs.lead())).total()).isEqualTo(2);
        assertThat(dashboards.projectsByRegion(JfyRange.of(2030, 2030), manager(orgs.lead())).total()).isEqualTo(1);
    }

    @Test
    void aMemberCityCountsItsOwnAndItsCooperativesProjectsButNoOtherCitys() {
        RegionsByYear member = dashboards.projectsByRegion(YEARS_2030_TO_2032, manager(orgs.member()));
        assertThat(member.totals()).containsEntry("SOUTHEAST_ASIA", 2L).containsEntry("AFRICA", 1L).containsEntry("NORTHEAST_ASIA", 0L);
        assertThat(member.total()).isEqualTo(3);

        LeadOrganisations leads = dashboards.projectsByLeadOrganisation(YEARS_2030_TO_2032, manager(orgs.member()));
        assertThat(leads.total()).isEqualTo(3);
        assertThat(leads.rows()).extracting(LeadOrganisations.Row::code, LeadOrganisations.Row::projects, LeadOrganisations.Row::share)
                .containsExactly(tuple(orgs.member(), 2L, 0.6667), tuple(orgs.cooperative(), 1L, 0.3333));

        assertThat(dashboards.projectsByRegion(YEARS_2030_TO_2032, manager(orgs.other())).total()).isEqualTo(1);
        assertThat(dashboards.projectsByRegion(YEARS_2030_TO_2032, manager(orgs.cooperative())).total())
                .as("the cooperative leads one project; its members' own projects are theirs").isEqualTo(1);
    }

    @Test
    void anAdministratorCountsEveryOrganisationsProjects() {
        LeadOrganisations leads = dashboards.projectsByLeadOrganisation(YEARS_2030_TO_2032, users.get("admin"));

        assertThat(leads.rows()).extracting(LeadOrganisations.Row::code, LeadOrganisations.Row::projects)
                .contains(tuple(orgs.lead(), 3L), tuple(orgs.member(), 2L), tuple(orgs.cooperative(), 1L), tuple(orgs.other(), 1L));
        assertThat(leads.rows()).extracting(LeadOrganisations.Row::projects).isSortedAccordingTo((a, b) -> Long.compare(b, a));
        assertThat(leads.rows().stream().mapToLong(LeadOrganisations.Row::projects).sum()).isEqualTo(leads.total());
    }

    @Test
    void yokohamasManagerNeverCountsKitakyushusProjects() {
        JfyRange everything = JfyRange.of(2000, 2049);
        CityCoopUser yokohama = users.get("yokohama.manager");
        CityCoopUser kitakyushu = users.get("kitakyushu.manager");

        assertThat(dashboards.projectsByLeadOrganisation(everything, yokohama).rows()).extracting(LeadOrganisations.Row::code)
                .containsOnly("YOK");
        assertThat(dashboards.projectsByLeadOrganisation(everything, kitakyushu).rows()).extracting(LeadOrganisations.Row::code)
                .containsExactly("KIT");
        assertThat(dashboards.projectsByRegion(everything, yokohama).total())
                .isEqualTo(dashboards.projectsByLeadOrganisation(everything, yokohama).total());
    }

    @Test
    void projectsByTheme() {
        assertThat(dashboards.projectsByTheme(YEARS_2030_TO_2032, manager(orgs.lead())))
                .extracting(CountByItem::code, item -> item.name().en(), CountByItem::count)
                .containsExactly(tuple("WASTE", "Solid waste management", 2L), tuple("WATER_SUPPLY", "Water supply", 1L));
    }

    @Test
    void traineesCountForThePartnersCountry() {
        fixture.trainees(surabaya2031, 3);
        fixture.trainees(dalian2031, 2);
        fixture.trainees(otherCitys, 5);

        assertThat(dashboards.traineesByCountry(YEARS_2030_TO_2032, manager(orgs.lead())))
                .extracting(CountByItem::code, CountByItem::count)
                .containsExactly(tuple("ID", 3L), tuple("CN", 2L));
    }

    @Test
    void dispatchesCountForTheirDestinationAndCancelledOnesNot() {
        fixture.dispatch(surabaya2031, "ID", "APPROVED");
        fixture.dispatch(surabaya2031, null, "TERMS_WRITTEN");
        fixture.dispatch(surabaya2031, "VN", "CANCELLED");
        fixture.dispatch(dalian2031, "MN", "REPORTED");
        fixture.dispatch(otherCitys, "CN", "REPORTED");

        assertThat(dashboards.dispatchesByCountry(YEARS_2030_TO_2032, manager(orgs.lead())))
                .extracting(CountByItem::code, CountByItem::count)
                .containsExactly(tuple("ID", 2L), tuple("MN", 1L));
    }

    @Test
    void fundingPipelineSumsRequestedApprovedAndDisbursedYenBySchemeAndFiscalYear() {
        long approved = fixture.application(surabaya2031, "JICA_GRASSROOTS_LG", 10_000_000, 8_000_000L);
        fixture.agreement(approved, 8_000_000, List.of(LocalDate.of(2020, 1, 1), LocalDate.of(2099, 1, 1)),
                List.of(3_000_000L, 5_000_000L));
        fixture.application(dalian2031, "MOE_JCM_C2C", 5_000_000, null);
        fixture.application(lastDayOf2030, "JICA_GRASSROOTS_LG", 1_000_000, 900_000L);
        fixture.application(otherCitys, "JICA_GRASSROOTS_LG", 7_000_000, 7_000_000L);

        assertThat(dashboards.fundingPipeline(YEARS_2030_TO_2032, manager(orgs.lead())))
                .extracting(FundingPipelineRow::schemeCode, FundingPipelineRow::jfy, FundingPipelineRow::requestedJpy,
                        FundingPipelineRow::approvedJpy, FundingPipelineRow::disbursedJpy)
                .containsExactlyInAnyOrder(
                        tuple("JICA_GRASSROOTS_LG", 2030, 1_000_000L, 900_000L, 0L),
                        tuple("JICA_GRASSROOTS_LG", 2031, 10_000_000L, 8_000_000L, 3_000_000L),
                        tuple("MOE_JCM_C2C", 2031, 5_000_000L, 0L, 0L));
    }

    @Test
    void anImportedProjectCountsItsBudgetAsFarAsItGotUnderItsScheme() {
        fixture.importedUnder(surabaya2031, "JAIF", 40_000_000, "CLOSED");
        fixture.importedUnder(dalian2031, "JAIF", 6_000_000, "IMPLEMENTATION");
        fixture.importedUnder(lastDayOf2030, "MOE_JCM_C2C", 2_000_000, "PIPELINE");
        fixture.importedUnder(otherCitys, "JAIF", 9_000_000, "CLOSED");

        assertThat(dashboards.fundingPipeline(YEARS_2030_TO_2032, manager(orgs.lead())))
                .extracting(FundingPipelineRow::schemeCode, FundingPipelineRow::jfy, FundingPipelineRow::requestedJpy,
                        FundingPipelineRow::approvedJpy, FundingPipelineRow::disbursedJpy)
                .containsExactlyInAnyOrder(
                        tuple("MOE_JCM_C2C", 2030, 2_000_000L, 0L, 0L),
                        tuple("JAIF", 2031, 46_000_000L, 46_000_000L, 40_000_000L));
    }

    @Test
    void followUpReportsOnTimeAreThoseReportedByTheDueDayOfTheRoundsThatWereDue() {
        fixture.round(surabaya2031, 1, LocalDate.of(2020, 1, 10), LocalDate.of(2020, 1, 10));
        fixture.round(surabaya2031, 2, LocalDate.of(2020, 7, 10), LocalDate.of(2020, 7, 11));
        fixture.round(surabaya2031, 3, LocalDate.of(2020, 12, 10), null);
        fixture.round(surabaya2031, 4, LocalDate.of(2099, 1, 1), null);
        fixture.round(surabaya2031, 5, LocalDate.of(2099, 6, 1), LocalDate.of(2020, 1, 1));
        fixture.round(otherCitys, 1, LocalDate.of(2020, 1, 10), null);

        FollowUpPunctuality punctuality = dashboards.followUpPunctuality(YEARS_2030_TO_2032, manager(orgs.lead()));

        assertThat(punctuality.dueRounds()).as("round 4 is not due yet and not reported").isEqualTo(4);
        assertThat(punctuality.onTime()).as("rounds 1 (on the due day) and 5 (early)").isEqualTo(2);
        assertThat(punctuality.onTimePercent()).isEqualTo(50.0);
        assertThat(dashboards.followUpPunctuality(YEARS_2030_TO_2032, manager(orgs.member())).onTimePercent())
                .as("no round was due: no percentage rather than 0 %").isNull();
    }

    @Test
    void cycleTimePerPhaseIsTheMedianAndNinetiethPercentileOfFinishedTasksGroupedByTheirModelsPhase() {
        fixture.finishedTasks(fixture.codeOf(surabaya2031), "Task_ScreenProposal",
                List.of(days(1), days(2), days(3), days(4), days(10)));
        fixture.finishedTasks(fixture.codeOf(dalian2031), "Task_ChooseFundingScheme", List.of(days(2)));
        fixture.finishedTasks(fixture.codeOf(otherCitys), "Task_ScreenProposal", List.of(days(100)));

        List<PhaseCycleTime> phases = dashboards.cycleTimeByPhase(YEARS_2030_TO_2032, manager(orgs.lead()));

        assertThat(phases).extracting(PhaseCycleTime::phase).containsExactly(Phase.values());
        assertThat(phases).extracting(PhaseCycleTime::phase, PhaseCycleTime::tasks, PhaseCycleTime::medianDays, PhaseCycleTime::p90Days)
                .contains(tuple(Phase.PROPOSAL, 5L, 3.0, 7.6), tuple(Phase.FUNDING, 1L, 2.0, 2.0),
                        tuple(Phase.IMPLEMENTATION, 0L, 0.0, 0.0));
    }

    @Test
    void officersPartnersAndReviewersGetNoFigures() {
        Map<String, Consumer<CityCoopUser>> panels = Map.of(
                "regions", user -> dashboards.projectsByRegion(YEARS_2030_TO_2032, user),
                "leads", user -> dashboards.projectsByLeadOrganisation(YEARS_2030_TO_2032, user),
                "themes", user -> dashboards.projectsByTheme(YEARS_2030_TO_2032, user),
                "trainees", user -> dashboards.traineesByCountry(YEARS_2030_TO_2032, user),
                "dispatches", user -> dashboards.dispatchesByCountry(YEARS_2030_TO_2032, user),
                "funding", user -> dashboards.fundingPipeline(YEARS_2030_TO_2032, user),
                "follow-up", user -> dashboards.followUpPunctuality(YEARS_2030_TO_2032, user),
                "cycle time", user -> dashboards.cycleTimeByPhase(YEARS_2030_TO_2032, user));
        for (CityCoopUser outsider : List.of(DashboardFixture.user(orgs.lead(), Roles.OFFICER), users.get("surabaya.partner"),
                users.get("jica.reviewer"), users.get("kitakyushu.head"))) {
            assertThat(DashboardService.mayView(outsider)).as(outsider.getUsername()).isFalse();
            panels.forEach((panel, ask) -> assertThatThrownBy(() -> ask.accept(outsider)).as(outsider.getUsername() + " " + panel)
                    .isInstanceOf(AccessDeniedException.class));
        }
        assertThat(DashboardService.mayView(users.get("kitakyushu.manager"))).isTrue();
        assertThat(DashboardService.mayView(users.get("admin"))).isTrue();
    }

    private static Duration days(int days) {
        return Duration.ofDays(days);
    }
}
