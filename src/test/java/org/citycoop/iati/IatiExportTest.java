package org.citycoop.iati;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import org.citycoop.CityCoopTest;
import org.citycoop.TestProposals;
import org.citycoop.TestUsers;
import org.citycoop.base.AuditTrail;
import org.citycoop.followup.FollowUpFixtures;
import org.citycoop.project.Project;
import org.citycoop.project.ProjectFilter;
import org.citycoop.project.ProjectImport;
import org.citycoop.project.ProjectNotAvailableException;
import org.citycoop.project.ProjectService;
import org.citycoop.project.ProjectStatus;
import org.citycoop.security.CityCoopUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The IATI export as a publisher's validator and a funder's system read it: valid against the IATI
 * 2.03 schema, with the code list values the standard expects, and scoped like the screens.
 */
@CityCoopTest
class IatiExportTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Tokyo"));
    private static final String KITAKYUSHU_IDENTIFIER = "JP-JCN-8000020401005";
    /** The DAC 5-digit purpose codes of DD017's mapping. */
    private static final Set<String> DAC_CODES = Set.of("14050", "14021", "14022", "41020", "23183", "41081", "43060", "41010");
    private static final Set<String> ORGANISATION_TYPES = Set.of("10", "11", "15", "21", "22", "23", "24", "30", "40", "60",
            "70", "71", "72", "73", "80", "90");

    @Autowired
    IatiExport export;

    @Autowired
    ProjectService projects;

    @Autowired
    FollowUpFixtures followUp;

    @Autowired
    AuditTrail audit;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestUsers users;

    @Autowired
    ProjectImport register;

    private final XPath xpath = XPathFactory.newInstance().newXPath();

    @Test
    void aFundedProjectInFollowUpIsAValidActivityWithItsFundingAndResults() throws Exception {
        Project project = followUp.projectInFollowUp();
        followUp.runOneRound(project); // the partner reports 5 on both indicators; the officer accepts
        audit.record(project.id(), "system", "STATUS_IMPLEMENTATION", "Implementation started");
        agreeJicaFunding(project, 18_000_000L, TODAY.minusDays(30), 6_000_000L, TODAY.plusDays(200), 12_000_000L);

        byte[] xml = projectXml(project.code(), followUp.officer());
        IatiSchema.validate(xml);
        Document activity = IatiSchema.parse(xml);

        assertThat(text(activity, "/iati-activities/@version")).isEqualTo("2.03");
        assertThat(text(activity, "//iati-identifier")).isEqualTo(KITAKYUSHU_IDENTIFIER + "-" + project.code());
        assertThat(text(activity, "//reporting-org/@ref")).isEqualTo(KITAKYUSHU_IDENTIFIER);
        assertThat(text(activity, "//reporting-org/@type")).isEqualTo("11");
        assertThat(text(activity, "//title/narrative")).isEqualTo(project.title());
        assertThat(text(activity, "//activity-status/@code"))
                .isEqualTo(String.valueOf(projects.require(project.code(), followUp.officer()).status().iatiCode()));
        assertThat(values(activity, "//participating-org[@role='1']/@ref")).containsExactly("XM-DAC-701-8");
        assertThat(values(activity, "//participating-org[@role='2']/@ref")).containsExactly(KITAKYUSHU_IDENTIFIER);
        assertThat(values(activity, "//participating-org[@role='3']/@ref")).containsExactly(KITAKYUSHU_IDENTIFIER);
        // a narrative per language the organisation has a name in, each saying its language (DD029)
        assertThat(values(activity, "//participating-org[@role='4']/narrative"))
                .containsExactly("City of Kitakyushu", "北九州市", "Surabaya", "スラバヤ市");
        assertThat(values(activity, "//participating-org[@role='4']/narrative/@*[local-name()='lang']"))
                .containsExactly("en", "ja", "en", "ja");
        assertThat(values(activity, "//reporting-org/narrative")).containsExactly("City of Kitakyushu", "北九州市");
        assertThat(values(activity, "//activity-date/@type")).containsExactly("1", "2", "3"); // not ended: no actual end
        assertThat(text(activity, "//activity-date[@type='1']/@iso-date")).isEqualTo("2027-04-01");
        assertThat(text(activity, "//activity-date[@type='3']/@iso-date")).isEqualTo("2029-03-31");
        assertThat(text(activity, "//recipient-country/@code")).isEqualTo("ID");
        assertThat(text(activity, "//sector[@vocabulary='1']/@code")).isEqualTo("14050");
        assertThat(text(activity, "//budget/value")).isEqualTo("25000000");
        assertThat(text(activity, "//budget/value/@currency")).isEqualTo("JPY");

        assertThat(values(activity, "//transaction/transaction-type/@code")).containsExactly("2", "3");
        assertThat(text(activity, "//transaction[transaction-type/@code='2']/value")).isEqualTo("18000000");
        assertThat(text(activity, "//transaction[transaction-type/@code='2']/provider-org/@ref")).isEqualTo("XM-DAC-701-8");
        assertThat(text(activity, "//transaction[transaction-type/@code='3']/value")).isEqualTo("6000000");
        assertThat(text(activity, "//transaction[transaction-type/@code='3']/transaction-date/@iso-date"))
                .isEqualTo(TODAY.minusDays(30).toString());
        assertThat(text(activity, "//planned-disbursement/value")).as("the instalment still to come").isEqualTo("12000000");

        assertThat(values(activity, "//result/indicator/title/narrative"))
                .containsExactly("Organic waste composted (t/day)", "Recycling rate (%)");
        assertThat(text(activity, "//result[1]/indicator/@measure")).isEqualTo("1");
        assertThat(text(activity, "//result[2]/indicator/@measure")).as("a percentage").isEqualTo("2");
        assertThat(text(activity, "//result[1]/indicator/@ascending")).isEqualTo("true");
        assertThat(text(activity, "//result[1]/indicator/baseline/@value")).isEqualTo("2");
        assertThat(text(activity, "//result[1]/indicator/period/target/@value")).isEqualTo("10");
        assertThat(text(activity, "//result[1]/indicator/period/actual/@value")).isEqualTo("5");
        assertThat(text(activity, "//result[1]/indicator/period/period-end/@iso-date")).isEqualTo("2029-03-31");
    }

    @Test
    void theActivitiesFileHoldsEveryProjectTheCallerSeesAndNoOther() throws Exception {
        CityCoopUser kitakyushu = users.get("kitakyushu.officer");
        Project own = projects.propose(TestProposals.of("IATI own " + UUID.randomUUID(), "SBY"), kitakyushu);
        Project yokohamas = projects.propose(TestProposals.of("IATI other " + UUID.randomUUID(), "DLC"),
                users.get("yokohama.officer"));

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.writeVisibleProjects(kitakyushu, out);
        byte[] xml = out.toByteArray();
        IatiSchema.validate(xml);
        Document file = IatiSchema.parse(xml);

        List<String> identifiers = values(file, "//iati-activity/iati-identifier");
        assertThat(identifiers).hasSize((int) projects.count(ProjectFilter.any(), kitakyushu)).doesNotHaveDuplicates()
                .contains(KITAKYUSHU_IDENTIFIER + "-" + own.code())
                .noneMatch(identifier -> identifier.endsWith(yokohamas.code()));
        assertThat(new String(xml, StandardCharsets.UTF_8)).doesNotContain(yokohamas.title());
        assertCodeLists(file);
    }

    @Test
    void thePartnerCitysFileIsValidAndHoldsItsProjectsOnly() throws Exception {
        CityCoopUser surabaya = users.get("surabaya.partner");
        Project own = projects.propose(TestProposals.of("IATI partner " + UUID.randomUUID(), "SBY"), users.get("kitakyushu.officer"));
        Project dalians = projects.propose(TestProposals.of("IATI Dalian " + UUID.randomUUID(), "DLC"), users.get("kitakyushu.officer"));

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.writeVisibleProjects(surabaya, out);
        IatiSchema.validate(out.toByteArray());
        Document file = IatiSchema.parse(out.toByteArray());

        List<String> identifiers = values(file, "//iati-activity/iati-identifier");
        assertThat(identifiers).contains(KITAKYUSHU_IDENTIFIER + "-" + own.code())
                .doesNotContain(KITAKYUSHU_IDENTIFIER + "-" + dalians.code());
        assertThat(values(file, "//recipient-country/@code")).containsOnly("ID");
        assertCodeLists(file);
    }

    @Test
    void anotherOrganisationsProjectIsRefusedLikeAMissingOneBeforeAnythingIsWritten() {
        Project yokohamas = projects.propose(TestProposals.of("IATI hidden " + UUID.randomUUID(), "DLC"),
                users.get("yokohama.officer"));
        for (String outsider : new String[] {"kitakyushu.officer", "surabaya.partner", "jica.reviewer", "admin"}) {
            for (String code : new String[] {yokohamas.code(), "NOPE-2099-999"}) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                assertThatThrownBy(() -> export.writeProject(code, users.get(outsider), out)).as(outsider + " " + code)
                        .isInstanceOf(ProjectNotAvailableException.class);
                assertThat(out.size()).as(outsider + " " + code).isZero();
            }
        }
        assertThat(export.hasVisibleProjects(users.get("admin"))).as("the administration takes part in no project").isFalse();
    }

    @Test
    void titlesWithMarkupJapaneseAndControlCharactersStayTextInValidXml() throws Exception {
        String hostile = "<narrative>Tom & \"Jerry\"</narrative> ]]> 北九州市の廃棄物 \u0007 😀 " + UUID.randomUUID();
        CityCoopUser officer = users.get("kitakyushu.officer");
        Project project = projects.propose(TestProposals.of(hostile, "SBY"), officer);

        byte[] xml = projectXml(project.code(), officer);
        IatiSchema.validate(xml);
        Document activity = IatiSchema.parse(xml);

        assertThat(text(activity, "//title/narrative")).isEqualTo(hostile.replace("\u0007", ""));
        assertThat(xpath.evaluate("count(//title/narrative/*)", activity)).as("no markup from the title").isEqualTo("0");
        assertThat(text(activity, "//activity-status/@code")).isEqualTo(String.valueOf(ProjectStatus.PIPELINE.iatiCode()));
    }

    @Test
    void anImportedProjectWithoutAPlannedEndIsAValidActivityWithoutAnEndOrABudgetPeriod() throws Exception {
        String code = "HIST-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        register.importCsv((String.join(",", ProjectImport.COLUMNS) + "\n"
                + code + ",Composting (register),KIT,SBY,WASTE,CONSULTATION,JAIF,2012-05-01,,3000000,CLOSED\n")
                .getBytes(StandardCharsets.UTF_8), users.get("admin"));

        byte[] xml = projectXml(code, users.get("kitakyushu.officer"));
        IatiSchema.validate(xml);
        Document activity = IatiSchema.parse(xml);

        assertThat(text(activity, "//iati-identifier")).isEqualTo(KITAKYUSHU_IDENTIFIER + "-" + code);
        assertThat(text(activity, "//activity-status/@code")).isEqualTo(String.valueOf(ProjectStatus.CLOSED.iatiCode()));
        assertThat(text(activity, "//activity-date[@type='1']/@iso-date")).isEqualTo("2012-05-01");
        assertThat(values(activity, "//activity-date[@type='3' or @type='4']/@iso-date")).as("no end is invented").isEmpty();
        assertThat(values(activity, "//budget")).as("a budget needs its period").isEmpty();
        assertCodeLists(activity);
    }

    @Test
    void theSchemaCheckRefusesAnActivityWithoutItsReportingOrganisation() throws Exception {
        CityCoopUser officer = users.get("kitakyushu.officer");
        Project project = projects.propose(TestProposals.of("IATI schema " + UUID.randomUUID(), "SBY"), officer);
        String valid = new String(projectXml(project.code(), officer), StandardCharsets.UTF_8);
        String withoutReportingOrg = valid.replaceAll("(?s)<reporting-org.*?</reporting-org>", "");

        assertThat(withoutReportingOrg).isNotEqualTo(valid);
        assertThatThrownBy(() -> IatiSchema.validate(withoutReportingOrg.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(SAXException.class).hasMessageContaining("reporting-org");
    }

    private byte[] projectXml(String code, CityCoopUser user) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.writeProject(code, user, out);
        return out.toByteArray();
    }

    /** Every coded value is one of its IATI code list (the lists the export uses; DD017). */
    private void assertCodeLists(Document file) throws XPathExpressionException {
        assertThat(values(file, "//activity-status/@code")).isNotEmpty().allMatch(code -> code.matches("[1-6]"));
        assertThat(values(file, "//participating-org/@role")).allMatch(code -> code.matches("[1-4]"));
        assertThat(values(file, "//participating-org/@type")).allMatch(ORGANISATION_TYPES::contains);
        assertThat(values(file, "//reporting-org/@type")).allMatch(ORGANISATION_TYPES::contains);
        assertThat(values(file, "//activity-date/@type")).allMatch(code -> code.matches("[1-4]"));
        assertThat(values(file, "//sector/@code")).allMatch(DAC_CODES::contains);
        assertThat(values(file, "//sector/@vocabulary")).allMatch("1"::equals);
        assertThat(values(file, "//recipient-country/@code")).allMatch(code -> code.matches("[A-Z]{2}") && !"JP".equals(code));
        assertThat(values(file, "//transaction-type/@code")).allMatch(code -> code.matches("[23]"));
        assertThat(values(file, "//value/@currency")).allMatch("JPY"::equals);
    }

    /**
     * A JICA agreement recorded as the funding process records it: the approved amount, one instalment
     * already due and one still to come.
     */
    private void agreeJicaFunding(Project project, long approved, LocalDate firstDue, long first, LocalDate secondDue, long second) {
        long application = jdbc.sql("""
                        insert into funding_application (project_id, round, scheme_code, status, requested_amount_jpy,
                                                         duration_months, submission_count, created_by)
                        values (:project, 1, 'JICA_GRASSROOTS_LG', 'AGREED', :approved, 24, 1, 'kitakyushu.officer')
                        returning id""")
                .param("project", project.id()).param("approved", approved).query(Long.class).single();
        long agreement = jdbc.sql("""
                        insert into funding_agreement (application_id, approved_amount_jpy, contract_start, contract_end, recorded_by)
                        values (:application, :approved, :start, :end, 'kitakyushu.officer') returning id""")
                .param("application", application).param("approved", approved)
                .param("start", firstDue.minusDays(10)).param("end", secondDue.plusDays(10)).query(Long.class).single();
        jdbc.sql("""
                        insert into funding_instalment (agreement_id, position, due_on, amount_jpy)
                        values (:agreement, 1, :firstDue, :first), (:agreement, 2, :secondDue, :second)""")
                .param("agreement", agreement).param("firstDue", firstDue).param("first", first)
                .param("secondDue", secondDue).param("second", second).update();
    }

    private String text(Document document, String expression) throws XPathExpressionException {
        return xpath.evaluate(expression, document);
    }

    private List<String> values(Document document, String expression) throws XPathExpressionException {
        NodeList nodes = (NodeList) xpath.evaluate(expression, document, XPathConstants.NODESET);
        List<String> values = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            values.add(nodes.item(i).getTextContent());
        }
        return values;
    }
}
