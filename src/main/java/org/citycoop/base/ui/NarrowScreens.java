package org.citycoop.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import java.util.List;
import java.util.function.Consumer;

/** Phones: grids keep only the columns that identify a row and act on it. */
public final class NarrowScreens {

    private static final int NARROW_BELOW_PX = 720;

    private NarrowScreens() {
    }

    /** Hides {@code optional} columns while the browser window is narrower than a tablet. */
    public static void hideOnPhones(Component view, List<? extends Grid.Column<?>> optional) {
        whenWidthChanges(view, narrow -> optional.forEach(column -> column.setVisible(!narrow)));
    }

    /** Tells {@code narrow} whether the window is narrower than a tablet, when the view is shown and on every resize. */
    public static void whenWidthChanges(Component view, Consumer<Boolean> narrow) {
        view.addAttachListener(attach -> {
            var page = attach.getUI().getPage();
            page.retrieveExtendedClientDetails(details -> narrow.accept(details.getWindowInnerWidth() < NARROW_BELOW_PX));
            page.addBrowserWindowResizeListener(resize -> narrow.accept(resize.getWidth() < NARROW_BELOW_PX));
        });
    }
}
