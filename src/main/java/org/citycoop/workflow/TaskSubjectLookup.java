package org.citycoop.workflow;

import org.citycoop.name.Name;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Describes business keys for the inbox. Implemented by the project feature, so that
 * {@code workflow} shows project titles without importing a feature.
 */
public interface TaskSubjectLookup {

    Map<String, TaskSubject> describe(Collection<String> businessKeys);

    /**
     * Business keys of subjects the organisation has work on whose title contains {@code text}
     * (ignoring case), at most {@code limit}: the inbox search uses them to find tasks by project
     * title. Scoped to the organisation so that the limit is never filled by others' projects.
     */
    List<String> codesWithTitleContaining(String text, String organisationCode, int limit);

    /** Business keys of the subjects the organisation has work on with that partner city: the inbox's partner filter. */
    List<String> codesWithPartner(String partnerCode, String organisationCode);

    /** The partner cities, code to name, of the projects an organisation takes part in: the filter's choices. */
    Map<String, Name> partnersOf(String organisationCode);
}
