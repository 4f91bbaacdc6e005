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
}
