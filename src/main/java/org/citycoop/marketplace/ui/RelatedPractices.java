package org.citycoop.marketplace.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import org.citycoop.base.ui.Formats;
import org.citycoop.peerlearning.GoodPractice;

/**
 * The good practices a request's reader can learn from (issue 10: the library is linked from matching
 * results): completed projects of the same theme, nearest place first, each a link to its page.
 */
class RelatedPractices extends Div {

    RelatedPractices(List<GoodPractice> practices) {
        addClassName("related-practices");
        add(new H3(getTranslation("marketplace.request.practices")));
        if (practices.isEmpty()) {
            add(new Paragraph(getTranslation("marketplace.request.no-practices")));
            return;
        }
        UnorderedList list = new UnorderedList();
        practices.forEach(practice -> list.add(new ListItem(new Anchor("practices/" + practice.id(), practice.title()),
                new Span(" — " + Formats.name(practice.city()) + ", " + Formats.name(practice.country())))));
        add(list);
    }
}
