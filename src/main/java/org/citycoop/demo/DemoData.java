package org.citycoop.demo;

import java.util.List;
import org.citycoop.organisation.ConsentRule;
import org.citycoop.organisation.NewOrganisation;
import org.citycoop.organisation.OrganisationKind;
import org.citycoop.organisation.OrganisationService;
import org.citycoop.security.Roles;
import org.citycoop.security.UserAccountService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
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
    private final DemoProjects demoProjects;

    DemoData(OrganisationService organisations, UserAccountService users, DemoProjects demoProjects) {
        this.organisations = organisations;
        this.users = users;
        this.demoProjects = demoProjects;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!organisations.isEmpty()) {
            return;
        }
        loadOrganisations();
        loadUsers();
        demoProjects.load();
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
        // Japan Corporate Numbers of the cities (check digit + 000020 + local government code) and JICA's DAC code (DD017)
        organisations.recordIatiIdentifier("KIT", "JP-JCN-8000020401005");
        organisations.recordIatiIdentifier("YOK", "JP-JCN-3000020141003");
        organisations.recordIatiIdentifier("KAW", "JP-JCN-7000020141305");
        organisations.recordIatiIdentifier("JICA", "XM-DAC-701-8");
        organisations.register(new NewOrganisation("CCOP", "CityCoop system administration",
                OrganisationKind.ASSOCIATION, "JP", null, null));
    }

    private void loadUsers() {
        user("kitakyushu.officer", "Aiko Tanaka", "KIT", Roles.OFFICER);
        // a second officer, so that a manager can hand an absent colleague's task to someone
        user("kitakyushu.officer2", "Kenta Mori", "KIT", Roles.OFFICER);
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
        users.createDemoAccount(username, displayName, organisation, PASSWORD, List.of(role));
    }
}
