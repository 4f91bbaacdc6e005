package org.citycoop.funding.ui;

import org.citycoop.workflow.ui.ServerProblems;
import org.citycoop.workflow.ui.TaskSubmit;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import org.citycoop.funding.FundingService;
import org.citycoop.funding.FundingTask;
import org.citycoop.security.CurrentUser;

/** On every reviewer task: declare a conflict of interest, and the task goes to the colleagues. */
class ConflictDeclaration extends Details {

    ConflictDeclaration(FundingService funding, FundingTask task, CurrentUser currentUser) {
        setSummaryText(getTranslation("funding.conflict.title"));
        TextArea reason = new TextArea(getTranslation("funding.conflict.reason"));
        reason.setWidthFull();
        reason.setMaxLength(2000);
        Button declare = new Button(getTranslation("funding.conflict.declare"));
        declare.addThemeVariants(ButtonVariant.LUMO_ERROR);
        declare.addClickListener(click -> TaskSubmit.run(
                () -> funding.declareConflict(task.task().id(), reason.getValue(), currentUser.require()),
                getTranslation("funding.conflict.done", task.project().code()),
                () -> new ServerProblems().field("conflictReason", reason)));
        VerticalLayout content = new VerticalLayout(new Paragraph(getTranslation("funding.conflict.help")), reason, declare);
        content.setPadding(false);
        add(content);
    }
}
