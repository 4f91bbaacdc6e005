package org.citycoop.workflow.ui;

import com.vaadin.flow.component.ItemLabelGenerator;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.citycoop.base.ui.Formats;
import org.citycoop.name.Name;

/** A colleague as a manager picks them: the name first, the username after it, since two people can share a name. */
final class ColleagueLabels {

    private ColleagueLabels() {
    }

    static ItemLabelGenerator<String> of(Map<String, Name> names) {
        return username -> (names.containsKey(username) ? Formats.name(names.get(username)) : username) + " (" + username + ")";
    }

    /** The usernames in the order the reader looks their names up (their language's form and collation). */
    static List<String> inReadingOrder(Collection<String> usernames, Map<String, Name> names, Locale locale) {
        return usernames.stream().sorted(Comparator.comparing((String username) -> names.getOrDefault(username, Name.english(username)),
                Name.readingOrder(locale)).thenComparing(Comparator.naturalOrder())).toList();
    }
}
