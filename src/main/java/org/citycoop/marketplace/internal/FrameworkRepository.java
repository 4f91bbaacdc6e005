package org.citycoop.marketplace.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.citycoop.marketplace.CountryFramework;
import org.citycoop.marketplace.FrameworkDraft;
import org.citycoop.marketplace.OpenScheme;
import org.citycoop.name.Name;
import org.citycoop.name.NameColumns;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class FrameworkRepository {

    private final JdbcClient jdbc;

    FrameworkRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The framework of a country; one with nothing recorded yet when the administrator has not written it. */
    public Optional<CountryFramework> find(String countryIso2) {
        Map<String, String> priorities = new LinkedHashMap<>();
        jdbc.sql("select theme_code, priority from country_framework_priority where country_iso2 = :country order by theme_code")
                .param("country", countryIso2).query(rs -> {
                    priorities.put(rs.getString(1), rs.getString(2));
                });
        List<String> schemes = jdbc.sql("select scheme_code from country_framework_scheme where country_iso2 = :country order by scheme_code")
                .param("country", countryIso2).query(String.class).list();
        return jdbc.sql("""
                        select c.iso2, c.name as country_name_en, c.name_ja as country_name_ja, c.region_code, f.contacts,
                               s.level, f.country_iso2 is not null as recorded
                        from country c
                        left join country_framework f on f.country_iso2 = c.iso2
                        left join travel_safety_level s on s.country_iso2 = c.iso2
                        where c.iso2 = :country""")
                .param("country", countryIso2)
                .query((rs, row) -> new CountryFramework(rs.getString("iso2"), NameColumns.read(rs, "country_name"),
                        rs.getString("region_code"), priorities, schemes, rs.getString("contacts") == null ? "" : rs.getString("contacts"),
                        (Integer) rs.getObject("level", Integer.class), rs.getBoolean("recorded")))
                .optional();
    }

    public void save(String countryIso2, FrameworkDraft draft, String updatedBy) {
        jdbc.sql("""
                        insert into country_framework (country_iso2, contacts, updated_by) values (:country, :contacts, :updatedBy)
                        on conflict (country_iso2) do update set contacts = excluded.contacts, updated_by = excluded.updated_by,
                            updated_at = now()""")
                .param("country", countryIso2).param("contacts", draft.contacts() == null ? "" : draft.contacts().strip())
                .param("updatedBy", updatedBy).update();
        jdbc.sql("delete from country_framework_priority where country_iso2 = :country").param("country", countryIso2).update();
        draft.priorities().forEach((theme, priority) -> jdbc.sql("""
                        insert into country_framework_priority (country_iso2, theme_code, priority) values (:country, :theme, :priority)""")
                .param("country", countryIso2).param("theme", theme).param("priority", priority.strip()).update());
        jdbc.sql("delete from country_framework_scheme where country_iso2 = :country").param("country", countryIso2).update();
        draft.schemeCodes().forEach(scheme -> jdbc.sql("insert into country_framework_scheme (country_iso2, scheme_code) values (:country, :scheme)")
                .param("country", countryIso2).param("scheme", scheme).update());
    }

    /**
     * The schemes open to a country: those the administrator recorded in its framework, or, when none
     * is recorded, those whose regions include the country's region (V5).
     */
    public List<OpenScheme> openSchemes(String countryIso2) {
        List<String> codes = jdbc.sql("""
                        select scheme_code from country_framework_scheme where country_iso2 = :country
                        union
                        select r.scheme_code from funding_scheme_region r join country c on c.region_code = r.region_code
                        where c.iso2 = :country
                          and not exists (select 1 from country_framework_scheme f where f.country_iso2 = :country)""")
                .param("country", countryIso2).query(String.class).list();
        return codes.stream().sorted().map(code -> new OpenScheme(code, Set.copyOf(jdbc.sql(
                        "select kind from funding_scheme_lead_kind where scheme_code = :scheme").param("scheme", code)
                .query(String.class).list()))).toList();
    }

    /** Every country's region code. */
    public Map<String, String> regionsOfCountries() {
        Map<String, String> regions = new LinkedHashMap<>();
        jdbc.sql("select iso2, region_code from country").query(rs -> {
            regions.put(rs.getString(1), rs.getString(2));
        });
        return regions;
    }

    /** Every country but Japan, by English name: the countries requests come from. */
    public Map<String, Name> partnerCountries() {
        Map<String, Name> countries = new LinkedHashMap<>();
        jdbc.sql("select iso2, name as country_name_en, name_ja as country_name_ja from country where iso2 <> 'JP' order by name")
                .query(rs -> {
                    countries.put(rs.getString("iso2"), NameColumns.read(rs, "country_name"));
                });
        return countries;
    }

    public boolean countryExists(String countryIso2) {
        return jdbc.sql("select count(*) from country where iso2 = :country").param("country", countryIso2).query(Long.class).single() > 0;
    }

    public boolean themeExists(String themeCode) {
        return jdbc.sql("select count(*) from theme where code = :theme").param("theme", themeCode).query(Long.class).single() > 0;
    }

    public boolean schemeExists(String schemeCode) {
        return jdbc.sql("select count(*) from funding_scheme where code = :scheme").param("scheme", schemeCode).query(Long.class).single() > 0;
    }
}
