package org.citycoop.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import java.util.List;

/** Phones: grids keep only the columns that identify a row and act on it. */
public final class NarrowScreens {

    private static final int NARROW_BELOW_PX = 720;

    private NarrowScreens() {
    }

    /** Hides {@code optional} columns while the browser window is narrower than a tablet. */
    public static void hideOnPhones(Component view, List<? extends Grid.Column<?>> optional) {
        view.addAttachListener(attach -> {
            var page = attach.getUI().getPage();
            page.retrieveExtendedClientDetails(details -> show(optional, details.getWindowInnerWidth()));
            page.addBrowserWindowResizeListener(resize -> show(optional, resize.getWidth()));
        });
    }

    private static void show(List<? extends Grid.Column<?>> columns, int width) {
        columns.forEach(column -> column.setVisible(width >= NARROW_BELOW_PX));
    }
}
