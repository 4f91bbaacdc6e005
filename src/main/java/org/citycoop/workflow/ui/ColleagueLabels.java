package org.citycoop.workflow.ui;

import com.vaadin.flow.component.ItemLabelGenerator;
import java.util.Map;

/** A colleague as a manager picks them: the name first, the username after it, since two people can share a name. */
final class ColleagueLabels {

    private ColleagueLabels() {
    }

    static ItemLabelGenerator<String> of(Map<String, String> names) {
        return username -> names.getOrDefault(username, username) + " (" + username + ")";
    }
}
