package org.citycoop.marketplace;

import java.util.List;
import org.citycoop.name.Name;
import org.citycoop.organisation.OrganisationKind;

/** What a municipality, cooperative or company offers: expertise or technology, with its experience and capacity. */
public record CooperationOffer(long id, String organisationCode, Name organisationName, OrganisationKind organisationKind,
                               String title, String themeCode, String themeName, String description, List<String> keywords,
                               List<String> referenceProjects, List<String> experienceCountries, List<String> languages,
                               int traineesPerYear, int specialistWeeksPerYear, String products) {

    public CooperationOffer {
        keywords = List.copyOf(keywords);
        referenceProjects = List.copyOf(referenceProjects);
        experienceCountries = List.copyOf(experienceCountries);
        languages = List.copyOf(languages);
    }
}
