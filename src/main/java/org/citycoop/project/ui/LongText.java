package org.citycoop.project.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.textfield.TextArea;

/** A required free-text field of the implementation screens, labelled and limited as the service limits it. */
final class LongText {

    private LongText() {
    }

    static TextArea required(Component owner, String labelKey, String helpKey, int maxLength) {
        TextArea text = new TextArea(owner.getTranslation(labelKey));
        text.setHelperText(owner.getTranslation(helpKey));
        text.setMaxLength(maxLength);
        text.setRequiredIndicatorVisible(true);
        text.setMinHeight("8em");
        text.setWidthFull();
        return text;
    }
}
