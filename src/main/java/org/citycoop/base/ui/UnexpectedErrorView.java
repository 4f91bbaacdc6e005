package org.citycoop.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * What a user sees when opening a screen fails unexpectedly: a reference to quote, never the
 * exception. Replaces Vaadin's own error view, which writes the exception's root cause (an SQL
 * statement, class names) into the page even in production mode, and its stack trace in development.
 */
@AnonymousAllowed
public class UnexpectedErrorView extends VerticalLayout implements HasErrorParameter<Exception> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String reference = UnexpectedErrors.log("opening " + event.getLocation().getPath(), parameter.getCaughtException());
        removeAll();
        addClassName("unexpected-error");
        add(new H2(getTranslation("error.unexpected.title")),
                new Paragraph(getTranslation("error.unexpected", reference)),
                new Anchor("", getTranslation("error.unexpected.back")));
        return HttpStatusCode.INTERNAL_SERVER_ERROR.getCode();
    }
}
