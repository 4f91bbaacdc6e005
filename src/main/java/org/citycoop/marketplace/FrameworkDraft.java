package org.citycoop.marketplace;

import java.util.List;
import java.util.Map;

/** What an administrator records for a partner country: priorities by theme code, open schemes, contacts. */
public record FrameworkDraft(Map<String, String> priorities, List<String> schemeCodes, String contacts) {

    public FrameworkDraft {
        priorities = priorities == null ? Map.of() : Map.copyOf(priorities);
        schemeCodes = schemeCodes == null ? List.of() : List.copyOf(schemeCodes);
    }
}
