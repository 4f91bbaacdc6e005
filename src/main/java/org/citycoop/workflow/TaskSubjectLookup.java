package org.citycoop.workflow;

import java.util.Collection;
import java.util.Map;

/**
 * Describes business keys for the inbox. Implemented by the project feature, so that
 * {@code workflow} shows project titles without importing a feature.
 */
public interface TaskSubjectLookup {

    Map<String, TaskSubject> describe(Collection<String> businessKeys);
}
