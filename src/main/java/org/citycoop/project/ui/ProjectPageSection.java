package org.citycoop.project.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import org.citycoop.base.ui.FactCards;
import org.citycoop.project.Project;
import org.citycoop.security.CityCoopUser;

/**
 * A section that another feature adds to the project page (e.g. the follow-up's indicator table),
 * so that the project feature need not know the features built on it. A Spring bean; the section
 * reads its data through its own service, which checks the user's organisation.
 */
public interface ProjectPageSection {

    /** The section for this project and user, or empty when there is nothing to show yet. */
    Optional<Component> of(Project project, CityCoopUser user);

    /**
     * A section listing {@code items} in the card style, one entry each (text and a quieter line),
     * or empty when there are none; {@code owner} translates.
     */
    static <T> Optional<Component> listed(String className, String titleKey, List<T> items,
                                          BiFunction<Component, T, ListItem> entry) {
        if (items.isEmpty()) {
            return Optional.empty();
        }
        UnorderedList list = new UnorderedList();
        items.forEach(item -> list.add(entry.apply(list, item)));
        return Optional.of(FactCards.section(className, list.getTranslation(titleKey), list));
    }
}
