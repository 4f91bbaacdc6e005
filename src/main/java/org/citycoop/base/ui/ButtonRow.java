package org.citycoop.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** The buttons that end a form, side by side, wrapping onto the next line where a phone is too narrow for them. */
public final class ButtonRow {

    private ButtonRow() {
    }

    public static HorizontalLayout of(Component... buttons) {
        HorizontalLayout row = new HorizontalLayout(buttons);
        row.setWrap(true);
        return row;
    }
}
