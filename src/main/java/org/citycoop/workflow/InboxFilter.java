package org.citycoop.workflow;

import java.io.Serializable;

/**
 * Narrows an inbox view. Every part is optional (null or blank: no narrowing).
 *
 * @param processKey  the process definition key, e.g. {@code FundingApplicationProcess}
 * @param projectCode the business key, e.g. {@code KIT-2025-003}
 * @param due         overdue tasks, or tasks due by the end of this week
 * @param search      words found in the task name or the project title, ignoring case
 * @param parked      parked tasks only (follow-up date still ahead) instead of the tasks to work on now
 * @param phase       the project phase the task's step belongs to
 * @param partnerCode the organisation code of the project's partner city, e.g. {@code SUB}
 */
public record InboxFilter(String processKey, String projectCode, Due due, String search, boolean parked, Phase phase,
                          String partnerCode) implements Serializable {

    public static final InboxFilter NONE = new InboxFilter(null, null, Due.ANY, null, false);

    public enum Due { ANY, OVERDUE, THIS_WEEK }

    public InboxFilter {
        processKey = blankToNull(processKey);
        projectCode = blankToNull(projectCode);
        search = blankToNull(search);
        partnerCode = blankToNull(partnerCode);
        due = due == null ? Due.ANY : due;
    }

    /** A filter without phase and partner city. */
    public InboxFilter(String processKey, String projectCode, Due due, String search, boolean parked) {
        this(processKey, projectCode, due, search, parked, null, null);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
