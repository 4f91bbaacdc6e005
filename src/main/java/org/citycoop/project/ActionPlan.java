package org.citycoop.project;

import java.util.List;

/** The partner's action plan as submitted: how it carries the results on, and its indicator targets (at least one). */
public record ActionPlan(String summary, List<IndicatorTarget> targets) {

    public ActionPlan {
        targets = targets == null ? List.of() : List.copyOf(targets);
    }
}
