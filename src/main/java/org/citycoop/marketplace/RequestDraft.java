package org.citycoop.marketplace;

import java.time.YearMonth;
import java.util.List;
import java.util.Set;

/**
 * What a requester fills in. The city is a registered partner city ({@code cityCode}) or, when it
 * is not registered, its name ({@code cityName}) with the country. Checked on the server by
 * {@link CooperationRequestService#submit}; null lists count as empty.
 */
public record RequestDraft(String title, String problem, String themeCode, String cityCode, String cityName, String countryIso2,
                           String expectedOutcomes, Set<RequestForm> preferredForms, YearMonth timingFrom, YearMonth timingTo,
                           List<String> languages) {

    public RequestDraft {
        preferredForms = preferredForms == null ? Set.of() : Set.copyOf(preferredForms);
        languages = languages == null ? List.of() : List.copyOf(languages);
    }
}
