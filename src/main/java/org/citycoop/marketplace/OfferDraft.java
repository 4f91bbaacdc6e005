package org.citycoop.marketplace;

import java.util.List;

/**
 * What an officer records about their organisation's offer. Keywords say what exactly ("community
 * composting"); reference projects are project codes; countries ISO 3166-1 alpha-2, languages ISO
 * 639-1. Null lists count as empty; {@code products} is for companies.
 */
public record OfferDraft(String title, String themeCode, String description, List<String> keywords,
                         List<String> referenceProjects, List<String> experienceCountries, List<String> languages,
                         Integer traineesPerYear, Integer specialistWeeksPerYear, String products) {

    public OfferDraft {
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
        referenceProjects = referenceProjects == null ? List.of() : List.copyOf(referenceProjects);
        experienceCountries = experienceCountries == null ? List.of() : List.copyOf(experienceCountries);
        languages = languages == null ? List.of() : List.copyOf(languages);
    }
}
