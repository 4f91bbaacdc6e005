package org.citycoop.demo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.citycoop.name.Name;
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

    /** The 23 special wards, members of the Clean Authority of Tokyo: English name, Japanese name. */
    private static final Map<String, String> TOKYO_WARDS = wards("Chiyoda", "千代田区", "Chuo", "中央区", "Minato", "港区",
            "Shinjuku", "新宿区", "Bunkyo", "文京区", "Taito", "台東区", "Sumida", "墨田区", "Koto", "江東区", "Shinagawa", "品川区",
            "Meguro", "目黒区", "Ota", "大田区", "Setagaya", "世田谷区", "Shibuya", "渋谷区", "Nakano", "中野区", "Suginami", "杉並区",
            "Toshima", "豊島区", "Kita", "北区", "Arakawa", "荒川区", "Itabashi", "板橋区", "Nerima", "練馬区", "Adachi", "足立区",
            "Katsushika", "葛飾区", "Edogawa", "江戸川区");

    private final OrganisationService organisations;
    private final UserAccountService users;
    private final DemoProjects demoProjects;
    private final DemoMarketplace demoMarketplace;
    private final DemoPeerLearning peerLearning;

    DemoData(OrganisationService organisations, UserAccountService users, DemoProjects demoProjects,
             DemoMarketplace demoMarketplace, DemoPeerLearning peerLearning) {
        this.organisations = organisations;
        this.users = users;
        this.demoProjects = demoProjects;
        this.demoMarketplace = demoMarketplace;
        this.peerLearning = peerLearning;
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
        demoMarketplace.load();
        peerLearning.load();
        log.info("Demo data loaded: organisations, users (password '{}'), projects, the marketplace and peer learning",
                PASSWORD);
    }

    private void loadOrganisations() {
        // the names the organisations give themselves in English and in Japanese (DD029)
        municipality("KIT", "City of Kitakyushu", "北九州市");
        municipality("YOK", "Yokohama City", "横浜市");
        municipality("KAW", "Kawasaki City", "川崎市");
        organisations.register(new NewOrganisation("CAT23", new Name("Clean Authority of TOKYO", "東京二十三区清掃一部事務組合"),
                OrganisationKind.COOPERATIVE, "JP", null, ConsentRule.MAJORITY));
        TOKYO_WARDS.forEach((ward, japanese) -> organisations.register(new NewOrganisation(wardCode(ward),
                new Name(ward + " City", japanese), OrganisationKind.CITY, "JP", "CAT23", null)));
        partnerCity("SBY", "Surabaya", "スラバヤ市", "ID");
        partnerCity("DLC", "Dalian", "大連市", "CN");
        partnerCity("KUL", "Kuala Lumpur", "クアラルンプール", "MY");
        partnerCity("SMR", "Sen Monorom", "センモノロム", "KH");
        partnerCity("DAD", "Da Nang", "ダナン市", "VN");
        // a partner city known here by its English name only: the screens fall back to it in Japanese
        partnerCity("CEB", "Cebu", null, "PH");
        agency("JICA", "Japan International Cooperation Agency", "国際協力機構", "JP");
        agency("MOEJ", "Ministry of the Environment, Japan", "環境省", "JP");
        agency("JAIF", "Japan-ASEAN Integration Fund", "日・ASEAN統合基金", "ID");
        // the marketplace's companies and a civil-society group of a partner country (issue 10)
        organisations.register(new NewOrganisation("HIBIKI", new Name("Hibiki Environmental Engineering Co., Ltd.",
                "響環境エンジニアリング株式会社"), OrganisationKind.COMPANY, "JP", null, null));
        organisations.register(new NewOrganisation("MWT", new Name("Minato Water Technologies Inc.", "港水道テクノロジー株式会社"),
                OrganisationKind.COMPANY, "JP", null, null));
        organisations.register(new NewOrganisation("SGC", new Name("Surabaya Green Community", null), OrganisationKind.NGO, "ID",
                null, null));
        organisations.register(new NewOrganisation("KITA", new Name("Kitakyushu International Techno-cooperative Association",
                "北九州国際技術協力協会"), OrganisationKind.ASSOCIATION, "JP", null, null));
        // Japan Corporate Numbers of the cities (check digit + 000020 + local government code) and JICA's DAC code (DD017)
        organisations.recordIatiIdentifier("KIT", "JP-JCN-8000020401005");
        organisations.recordIatiIdentifier("YOK", "JP-JCN-3000020141003");
        organisations.recordIatiIdentifier("KAW", "JP-JCN-7000020141305");
        organisations.recordIatiIdentifier("JICA", "XM-DAC-701-8");
        organisations.register(new NewOrganisation("CCOP", new Name("CityCoop system administration", "CityCoopシステム管理"),
                OrganisationKind.ASSOCIATION, "JP", null, null));
    }

    private void loadUsers() {
        user("kitakyushu.officer", "Aiko Tanaka", "田中 愛子", "KIT", Roles.OFFICER);
        // a second officer, so that a manager can hand an absent colleague's task to someone
        user("kitakyushu.officer2", "Kenta Mori", "森 健太", "KIT", Roles.OFFICER);
        user("kitakyushu.manager", "Hiroshi Sato", "佐藤 浩", "KIT", Roles.MANAGER);
        user("kitakyushu.head", "Masako Fujita (Mayor's office)", "藤田 雅子（市長室）", "KIT", Roles.HEAD);
        user("yokohama.officer", "Yuki Suzuki", "鈴木 由紀", "YOK", Roles.OFFICER);
        user("yokohama.manager", "Kenji Takahashi", "高橋 健二", "YOK", Roles.MANAGER);
        user("yokohama.head", "Jiro Okada (Mayor's office)", "岡田 次郎（市長室）", "YOK", Roles.HEAD);
        user("kawasaki.officer", "Mai Watanabe", "渡辺 舞", "KAW", Roles.OFFICER);
        user("cat23.officer", "Daisuke Ito", "伊藤 大輔", "CAT23", Roles.OFFICER);
        user("cat23.manager", "Naoko Yamamoto", "山本 直子", "CAT23", Roles.MANAGER);
        user("arakawa.delegate", "Takeshi Nakamura", "中村 剛", "ARAKAWAKU", Roles.MEMBER_DELEGATE);
        user("setagaya.delegate", "Emi Kobayashi", "小林 恵美", "SETAGAYAKU", Roles.MEMBER_DELEGATE);
        user("edogawa.delegate", "Shota Kato", "加藤 翔太", "EDOGAWAKU", Roles.MEMBER_DELEGATE);
        // partners abroad write their names in Latin letters only; Dalian's coordinator also in kanji
        user("surabaya.partner", "Siti Rahayu", null, "SBY", Roles.PARTNER);
        user("dalian.partner", "Wang Lei", "王 磊", "DLC", Roles.PARTNER);
        user("kualalumpur.partner", "Nur Aisyah", null, "KUL", Roles.PARTNER);
        user("jica.reviewer", "Rie Yoshida", "吉田 理恵", "JICA", Roles.REVIEWER);
        user("moe.reviewer", "Takuya Yamada", "山田 拓也", "MOEJ", Roles.REVIEWER);
        user("hibiki.officer", "Ryo Hayashi", "林 亮", "HIBIKI", Roles.OFFICER);
        user("mwt.officer", "Sayaka Ishikawa", "石川 さやか", "MWT", Roles.OFFICER);
        // a civil-society group's coordinator: the partner role, scoped to the NGO (DD033)
        user("sgc.partner", "Dewi Lestari", null, "SGC", Roles.PARTNER);
        user("admin", "System administrator", "システム管理者", "CCOP", Roles.ADMIN);
    }

    /** "Arakawa" -> "ARAKAWAKU", as the wards write themselves (荒川区, Arakawa-ku); "KITA" alone is KITA's. */
    static String wardCode(String ward) {
        return ward.toUpperCase() + "KU";
    }

    private static Map<String, String> wards(String... englishThenJapanese) {
        Map<String, String> wards = new LinkedHashMap<>();
        for (int i = 0; i < englishThenJapanese.length; i += 2) {
            wards.put(englishThenJapanese[i], englishThenJapanese[i + 1]);
        }
        return wards;
    }

    private void municipality(String code, String nameEn, String nameJa) {
        organisations.register(new NewOrganisation(code, new Name(nameEn, nameJa), OrganisationKind.CITY, "JP", null, null));
    }

    private void partnerCity(String code, String nameEn, String nameJa, String country) {
        organisations.register(new NewOrganisation(code, new Name(nameEn, nameJa), OrganisationKind.PARTNER_CITY, country, null, null));
    }

    private void agency(String code, String nameEn, String nameJa, String country) {
        organisations.register(new NewOrganisation(code, new Name(nameEn, nameJa), OrganisationKind.FUNDING_AGENCY, country, null, null));
    }

    private void user(String username, String nameEn, String nameJa, String organisation, String role) {
        users.createDemoAccount(username, new Name(nameEn, nameJa), organisation, PASSWORD, List.of(role));
    }
}
