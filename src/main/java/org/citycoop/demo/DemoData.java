package org.citycoop.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.citycoop.organisation.ConsentRule;
import org.citycoop.organisation.NewOrganisation;
import org.citycoop.organisation.OrganisationKind;
import org.citycoop.organisation.OrganisationService;
import org.citycoop.project.Project;
import org.citycoop.project.ProjectProposal;
import org.citycoop.project.ProjectService;
import org.citycoop.project.ScreeningDecision;
import org.citycoop.security.CityCoopUser;
import org.citycoop.security.Roles;
import org.citycoop.security.UserAccountService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo organisations, users (password {@code demo}) and projects, loaded once into an empty
 * database, in the {@code demo} profile only. Projects go through the real services and process.
 */
@Component
@Profile("demo")
class DemoData implements ApplicationRunner {

    static final String PASSWORD = "demo";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    /** The 23 special wards, members of the Clean Authority of Tokyo. */
    private static final List<String> TOKYO_WARDS = List.of("Chiyoda", "Chuo", "Minato", "Shinjuku", "Bunkyo", "Taito",
            "Sumida", "Koto", "Shinagawa", "Meguro", "Ota", "Setagaya", "Shibuya", "Nakano", "Suginami", "Toshima", "Kita",
            "Arakawa", "Itabashi", "Nerima", "Adachi", "Katsushika", "Edogawa");

    private final OrganisationService organisations;
    private final UserAccountService users;
    private final UserDetailsService userDetails;
    private final ProjectService projects;
    private final Clock clock;

    DemoData(OrganisationService organisations, UserAccountService users, UserDetailsService userDetails,
             ProjectService projects, Clock clock) {
        this.organisations = organisations;
        this.users = users;
        this.userDetails = userDetails;
        this.projects = projects;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!organisations.isEmpty()) {
            return;
        }
        loadOrganisations();
        loadUsers();
        loadProjects();
        log.info("Demo data loaded: organisations, users (password '{}') and projects", PASSWORD);
    }

    private void loadOrganisations() {
        municipality("KIT", "Kitakyushu City");
        municipality("YOK", "Yokohama City");
        municipality("KAW", "Kawasaki City");
        organisations.register(new NewOrganisation("CAT23", "Clean Authority of Tokyo", OrganisationKind.COOPERATIVE, "JP",
                null, ConsentRule.MAJORITY));
        TOKYO_WARDS.forEach(ward -> organisations.register(new NewOrganisation(wardCode(ward), ward + " City",
                OrganisationKind.CITY, "JP", "CAT23", null)));
        partnerCity("SBY", "Surabaya", "ID");
        partnerCity("DLC", "Dalian", "CN");
        partnerCity("KUL", "Kuala Lumpur", "MY");
        partnerCity("SMR", "Sen Monorom", "KH");
        partnerCity("DAD", "Da Nang", "VN");
        partnerCity("CEB", "Cebu", "PH");
        agency("JICA", "Japan International Cooperation Agency", "JP");
        agency("MOEJ", "Ministry of the Environment, Japan", "JP");
        agency("JAIF", "Japan-ASEAN Integration Fund", "ID");
        organisations.register(new NewOrganisation("KITA", "Kitakyushu International Techno-cooperative Association",
                OrganisationKind.ASSOCIATION, "JP", null, null));
        organisations.register(new NewOrganisation("CCOP", "CityCoop system administration",
                OrganisationKind.ASSOCIATION, "JP", null, null));
    }

    private void loadUsers() {
        user("kitakyushu.officer", "Aiko Tanaka", "KIT", Roles.OFFICER);
        user("kitakyushu.manager", "Hiroshi Sato", "KIT", Roles.MANAGER);
        user("kitakyushu.head", "Masako Fujita (Mayor's office)", "KIT", Roles.HEAD);
        user("yokohama.officer", "Yuki Suzuki", "YOK", Roles.OFFICER);
        user("yokohama.manager", "Kenji Takahashi", "YOK", Roles.MANAGER);
        user("yokohama.head", "Jiro Okada (Mayor's office)", "YOK", Roles.HEAD);
        user("kawasaki.officer", "Mai Watanabe", "KAW", Roles.OFFICER);
        user("cat23.officer", "Daisuke Ito", "CAT23", Roles.OFFICER);
        user("cat23.manager", "Naoko Yamamoto", "CAT23", Roles.MANAGER);
        user("arakawa.delegate", "Takeshi Nakamura", "ARAKAWAKU", Roles.MEMBER_DELEGATE);
        user("setagaya.delegate", "Emi Kobayashi", "SETAGAYAKU", Roles.MEMBER_DELEGATE);
        user("edogawa.delegate", "Shota Kato", "EDOGAWAKU", Roles.MEMBER_DELEGATE);
        user("surabaya.partner", "Siti Rahayu", "SBY", Roles.PARTNER);
        user("dalian.partner", "Wang Lei", "DLC", Roles.PARTNER);
        user("kualalumpur.partner", "Nur Aisyah", "KUL", Roles.PARTNER);
        user("jica.reviewer", "Rie Yoshida", "JICA", Roles.REVIEWER);
        user("moe.reviewer", "Takuya Yamada", "MOEJ", Roles.REVIEWER);
        user("admin", "System administrator", "CCOP", Roles.ADMIN);
    }

    private void loadProjects() {
        LocalDate today = LocalDate.now(clock);
        propose("kitakyushu.officer", "Community composting scale-up in Surabaya", "SBY", "WASTE",
                "TECHNICAL_COOPERATION", today.plusMonths(4), today.plusMonths(28), 24_000_000L);
        Project dalian = propose("kitakyushu.officer", "Air-quality monitoring network for Dalian", "DLC", "AIR_QUALITY",
                "TECHNICAL_COOPERATION", today.plusMonths(6), today.plusMonths(30), 18_500_000L);
        screenFirstTask(dalian, "kitakyushu.manager", ScreeningDecision.APPROVE, "Fits the city's Green Growth plan.");
        Project daNang = propose("yokohama.officer", "Sewerage master-plan support for Da Nang", "DAD", "SEWERAGE",
                "POLICY_SUPPORT", today.plusMonths(3), today.plusMonths(27), 30_000_000L);
        screenFirstTask(daNang, "yokohama.manager", ScreeningDecision.RETURN,
                "Please split the budget into the survey and the planning phase, and check the JICA call dates.");
        propose("cat23.officer", "Incineration plant operation training for Kuala Lumpur", "KUL", "WASTE",
                "TECHNICAL_COOPERATION", today.plusMonths(5), today.plusMonths(17), 9_800_000L);
    }

    private Project propose(String officer, String title, String partner, String theme, String type,
                            LocalDate start, LocalDate end, long budget) {
        ProjectProposal proposal = new ProjectProposal();
        proposal.setTitle(title);
        proposal.setPartnerCode(partner);
        proposal.setThemeCode(theme);
        proposal.setCooperationTypeCode(type);
        proposal.setPlannedStart(start);
        proposal.setPlannedEnd(end);
        proposal.setBudgetJpy(budget);
        return projects.propose(proposal, load(officer));
    }

    private void screenFirstTask(Project project, String manager, ScreeningDecision decision, String comment) {
        CityCoopUser user = load(manager);
        String taskId = projects.openTasks(project.code(), user).get(0).id();
        projects.screen(taskId, decision, comment, user);
    }

    private CityCoopUser load(String username) {
        return (CityCoopUser) userDetails.loadUserByUsername(username);
    }

    /** "Arakawa" -> "ARAKAWAKU", as the wards write themselves (荒川区, Arakawa-ku); "KITA" alone is KITA's. */
    static String wardCode(String ward) {
        return ward.toUpperCase() + "KU";
    }

    private void municipality(String code, String name) {
        organisations.register(new NewOrganisation(code, name, OrganisationKind.CITY, "JP", null, null));
    }

    private void partnerCity(String code, String name, String country) {
        organisations.register(new NewOrganisation(code, name, OrganisationKind.PARTNER_CITY, country, null, null));
    }

    private void agency(String code, String name, String country) {
        organisations.register(new NewOrganisation(code, name, OrganisationKind.FUNDING_AGENCY, country, null, null));
    }

    private void user(String username, String displayName, String organisation, String role) {
        users.create(username, displayName, organisation, PASSWORD, List.of(role));
    }
}
