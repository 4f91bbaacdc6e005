package org.citycoop.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;

/** Record ids in addresses, such as {@code notifications/<id>}, as typed or pasted by anyone. */
public final class RouteIds {

    /** Stands for an id that is not a number: it finds no record, so the screen says "not available". */
    private static final long NO_RECORD = -1L;

    private RouteIds() {
    }

    /** The id in route parameter {@code name}; anything but up to 18 digits finds nothing rather than failing. */
    public static long of(BeforeEnterEvent event, String name) {
        return event.getRouteParameters().get(name).filter(value -> value.matches("\\d{1,18}"))
                .map(Long::parseLong).orElse(NO_RECORD);
    }
}
