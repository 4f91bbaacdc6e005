package org.citycoop.workflow;

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
     * Business keys whose subject's title contains {@code text} (ignoring case), at most {@code limit}:
     * the inbox search uses them to find tasks by project title. Only narrows an already
     * organisation-scoped task query, so it may name keys of any organisation.
     */
    List<String> codesWithTitleContaining(String text, int limit);

    /**
     * Business keys of the projects with that partner city: the inbox's partner filter. Only
     * narrows an already organisation-scoped task query, so it may name keys of any organisation.
     */
    List<String> codesWithPartner(String partnerCode);

    /** The partner cities, code to name, of the projects an organisation takes part in: the filter's choices. */
    Map<String, String> partnersOf(String organisationCode);
}
