package org.citycoop.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.citycoop.name.Name;
import org.citycoop.CityCoopTest;
import org.citycoop.TestProposals;
import org.citycoop.TestUsers;
import org.citycoop.security.CityCoopUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * The project list's filters, its CSV export and the partner portal's activity feed, on the real
 * PostgreSQL: filtering happens in SQL, and another organisation's projects never appear.
 */
@CityCoopTest
class ProjectListServiceTest {

    @Autowired ProjectService projects;
    @Autowired ProjectCsvExport export;
    @Autowired TestUsers users;

    private Project propose(String officer, String title, String partner, String theme, LocalDate start) {
        ProjectProposal proposal = TestProposals.of(title, partner);
        proposal.setThemeCode(theme);
        proposal.setPlannedStart(start);
        proposal.setPlannedEnd(start.plusYears(1));
        return projects.propose(proposal, users.get(officer));
    }

    private List<String> codes(ProjectFilter filter, String user) {
        return projects.search(filter, users.get(user), 0, ProjectService.MAX_PAGE).stream().map(Project::code).toList();
    }

    @Test
    void eachFilterNarrowsTheListOfTheUsersOrganisationOnly() {
        String run = UUID.randomUUID().toString();
        Project surabayaWaste = propose("kitakyushu.officer", "Waste " + run, "SBY", "WASTE", LocalDate.of(2031, 4, 1));
        Project dalianWater = propose("kitakyushu.officer", "Water " + run, "DLC", "WATER_SUPPLY", LocalDate.of(2032, 3, 31));
        Project dalianLater = propose("kitakyushu.officer", "Later " + run, "DLC", "WASTE", LocalDate.of(2032, 4, 1));
        Project yokohamaSurabaya = propose("yokohama.officer", "Yokohama " + run, "SBY", "WASTE", LocalDate.of(2031, 4, 1));
        ProjectFilter any = ProjectFilter.any();

        assertThat(codes(any, "kitakyushu.officer"))
                .contains(surabayaWaste.code(), dalianWater.code(), dalianLater.code())
                .doesNotContain(yokohamaSurabaya.code());
        assertThat(codes(any.withPartner("SBY"), "kitakyushu.officer"))
                .contains(surabayaWaste.code()).doesNotContain(dalianWater.code(), dalianLater.code(), yokohamaSurabaya.code());
        assertThat(codes(any.withRegion("NORTHEAST_ASIA"), "kitakyushu.officer"))
                .contains(dalianWater.code(), dalianLater.code()).doesNotContain(surabayaWaste.code());
        assertThat(codes(any.withTheme("WATER_SUPPLY"), "kitakyushu.officer"))
                .contains(dalianWater.code()).doesNotContain(surabayaWaste.code(), dalianLater.code());
        // JFY 2031 runs from 1 April 2031 to 31 March 2032
        assertThat(codes(any.withFiscalYear(2031), "kitakyushu.officer"))
                .contains(surabayaWaste.code(), dalianWater.code()).doesNotContain(dalianLater.code());
        assertThat(codes(any.withFiscalYear(2032), "kitakyushu.officer"))
                .containsExactly(dalianLater.code());
        assertThat(codes(any.withStatus(ProjectStatus.PIPELINE), "kitakyushu.officer")).contains(surabayaWaste.code());
        assertThat(codes(any.withStatus(ProjectStatus.CLOSED), "kitakyushu.officer")).doesNotContain(surabayaWaste.code());
        assertThat(codes(any.withPartner("DLC").withTheme("WASTE").withFiscalYear(2032), "kitakyushu.officer"))
                .containsExactly(dalianLater.code());
        assertThat(projects.fiscalYears(users.get("kitakyushu.officer"))).contains(2031, 2032);

        // the partner city sees its projects of every lead, and nothing of other partner cities
        assertThat(codes(any.withFiscalYear(2031), "surabaya.partner"))
                .contains(surabayaWaste.code(), yokohamaSurabaya.code()).doesNotContain(dalianWater.code());
        assertThat(codes(any.withFiscalYear(2031), "dalian.partner"))
                .contains(dalianWater.code()).doesNotContain(surabayaWaste.code(), yokohamaSurabaya.code());
    }

    @Test
    void theCountMatchesTheFilterAndPagesDoNotOverlap() {
        String run = UUID.randomUUID().toString();
        for (int i = 0; i < 3; i++) {
            propose("kawasaki.officer", "Page " + i + " " + run, "CEB", "AIR_QUALITY", LocalDate.of(2033, 6, 1));
        }
        CityCoopUser officer = users.get("kawasaki.officer");
        ProjectFilter filter = ProjectFilter.any().withTheme("AIR_QUALITY").withFiscalYear(2033);

        long count = projects.count(filter, officer);
        List<Project> first = projects.search(filter, officer, 0, 2);
        List<Project> second = projects.search(filter, officer, 2, 2);

        assertThat(count).isGreaterThanOrEqualTo(3).isEqualTo(projects.search(filter, officer, 0, 500).size());
        assertThat(first).hasSize(2);
        assertThat(second).isNotEmpty().doesNotContainAnyElementsOf(first);
        assertThat(projects.count(filter, users.get("yokohama.officer"))).isZero();
    }

    @Test
    void theCsvIsExcelReadableUtf8WithQuotedFieldsAndOnlyTheUsersProjects() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        Project japanese = propose("kitakyushu.officer", "北九州市・スラバヤ市 \"循環型\" 都市, " + run, "SBY", "WASTE",
                LocalDate.of(2034, 4, 1));
        Project formula = propose("kitakyushu.officer", "=HYPERLINK(\"http://evil\") " + run, "SBY", "WASTE",
                LocalDate.of(2034, 5, 1));
        Project yokohama = propose("yokohama.officer", "Yokohama CSV " + run, "SBY", "WASTE", LocalDate.of(2034, 4, 1));
        ProjectFilter jfy2034 = ProjectFilter.any().withFiscalYear(2034);

        byte[] csv = csv(jfy2034, "kitakyushu.officer");

        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        List<String> lines = text.lines().toList();
        assertThat(text).contains("\r\n");
        assertThat(lines.get(0)).isEqualTo("\"Code\",\"Title\",\"Lead\",\"Partner city\",\"Country\",\"Region\",\"Theme\","
                + "\"Cooperation type\",\"Planned start\",\"Planned end\",\"Fiscal year (JFY)\",\"Budget (JPY)\",\"Status\"");
        assertThat(lines).contains("\"" + japanese.code() + "\",\"北九州市・スラバヤ市 \"\"循環型\"\" 都市, " + run + "\","
                + "\"City of Kitakyushu\",\"Surabaya\",\"Indonesia\",\"Southeast Asia\",\"Solid waste management\","
                + "\"Technical cooperation (training and specialist dispatch)\",\"2034-04-01\",\"2035-04-01\",\"2034\",\"25000000\",\"Pipeline\"");
        // a Japanese reader's file: headings, names, region, theme, type and status in Japanese
        List<String> japaneseLines = new String(csv(jfy2034, "kitakyushu.officer", Locale.JAPANESE), StandardCharsets.UTF_8).lines().toList();
        assertThat(japaneseLines.get(0)).isEqualTo("\uFEFF\"案件番号\",\"案件名\",\"実施団体\",\"相手都市\",\"国\",\"地域\",\"分野\","
                + "\"協力形態\",\"開始予定日\",\"終了予定日\",\"年度\",\"予算（円）\",\"状況\"");
        assertThat(japaneseLines).contains("\"" + japanese.code() + "\",\"北九州市・スラバヤ市 \"\"循環型\"\" 都市, " + run + "\","
                + "\"北九州市\",\"スラバヤ市\",\"インドネシア\",\"東南アジア\",\"廃棄物管理\","
                + "\"技術協力（研修員受入れ・専門家派遣）\",\"2034-04-01\",\"2035-04-01\",\"2034\",\"25000000\",\"準備中\"");
        // a title that Excel would run as a formula is written as text
        assertThat(text).contains("\"'=HYPERLINK(\"\"http://evil\"\") " + run + "\"");
        assertThat(text).doesNotContain(yokohama.code());

        // another organisation exports the same filter without learning of Kitakyushu's projects
        String dalian = new String(csv(jfy2034, "dalian.partner"), StandardCharsets.UTF_8);
        assertThat(dalian.lines().toList()).hasSize(1);
        assertThat(dalian).doesNotContain(japanese.code(), formula.code(), yokohama.code());
        String yokohamaCsv = new String(csv(jfy2034, "yokohama.officer"), StandardCharsets.UTF_8);
        assertThat(yokohamaCsv).contains(yokohama.code()).doesNotContain(japanese.code(), formula.code());
    }

    @Test
    void aPartnerSeesWhatTheJapaneseSideDidOnItsProjectsOnly() {
        Project project = propose("kitakyushu.officer", "Activity " + UUID.randomUUID(), "KUL", "WASTE", LocalDate.of(2031, 4, 1));

        assertThat(projects.recentActivityForPartner(users.get("kualalumpur.partner"), 10))
                .anySatisfy(entry -> {
                    assertThat(entry.projectCode()).isEqualTo(project.code());
                    assertThat(entry.actorName()).isEqualTo(new Name("Aiko Tanaka", "田中 愛子"));
                    assertThat(entry.action()).isEqualTo("PROJECT_PROPOSED");
                });
        assertThat(projects.recentActivityForPartner(users.get("surabaya.partner"), 50))
                .noneMatch(entry -> entry.projectCode().equals(project.code()));
        assertThatThrownBy(() -> projects.recentActivityForPartner(users.get("kitakyushu.officer"), 10))
                .isInstanceOf(AccessDeniedException.class);
    }

    private byte[] csv(ProjectFilter filter, String user) {
        return csv(filter, user, Locale.ENGLISH);
    }

    private byte[] csv(ProjectFilter filter, String user, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.write(filter, users.get(user), locale, out);
        return out.toByteArray();
    }
}
