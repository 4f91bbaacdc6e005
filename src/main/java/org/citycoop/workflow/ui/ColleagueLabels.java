package org.citycoop.workflow.ui;

import org.citycoop.name.Name;
import org.citycoop.base.ui.Formats;
import com.vaadin.flow.component.ItemLabelGenerator;
import java.util.Map;

/** A colleague as a manager picks them: the name first, the username after it, since two people can share a name. */
final class ColleagueLabels {

    private ColleagueLabels() {
    }

    static ItemLabelGenerator<String> of(Map<String, Name> names) {
        return username -> (names.containsKey(username) ? Formats.name(names.get(username)) : username) + " (" + username + ")";
    }
}
