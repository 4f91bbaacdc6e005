package org.citycoop.project.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;
import org.citycoop.base.InvalidInputException;
import org.citycoop.workflow.ui.ServerProblems;
import org.citycoop.workflow.ui.TaskScreens;

/** Asks for the reason of a decision that stops work (suspend, cancel) before the server carries it out. */
class ReasonDialog extends Dialog {

    ReasonDialog(String title, String reasonLabel, String confirmLabel, Consumer<String> action, Runnable onDone) {
        setHeaderTitle(title);
        TextArea reason = new TextArea(reasonLabel);
        reason.setRequiredIndicatorVisible(true);
        reason.setMaxLength(2000);
        reason.setWidth("min(32em, 80vw)");
        reason.setMinHeight("6em");
        add(reason);
        ServerProblems problems = new ServerProblems().field("reason", reason);
        Button confirm = new Button(confirmLabel, click -> {
            try {
                action.accept(reason.getValue());
                close();
                onDone.run();
            } catch (InvalidInputException refused) {
                TaskScreens.showProblems(problems.show(refused));
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("dialog.back"), click -> close()), confirm);
    }
}
