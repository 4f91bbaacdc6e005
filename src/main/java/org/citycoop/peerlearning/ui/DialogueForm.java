package org.citycoop.peerlearning.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import org.citycoop.base.InvalidInputException;
import org.citycoop.peerlearning.DialogueService;
import org.citycoop.security.CurrentUser;
import org.citycoop.workflow.ui.ServerProblems;
import org.citycoop.workflow.ui.TaskScreens;

/** The administrator's form to add a dialogue (or rename one by its code). */
class DialogueForm extends Div {

    private final TextField code = new TextField();
    private final TextField nameEn = new TextField();
    private final TextField nameJa = new TextField();

    DialogueForm(DialogueService dialogues, CurrentUser currentUser, Consumer<String> saved) {
        setWidthFull();
        code.setLabel(getTranslation("dialogue.form.code"));
        code.setHelperText(getTranslation("dialogue.form.code.help"));
        code.setMaxLength(32);
        nameEn.setLabel(getTranslation("dialogue.form.name-en"));
        nameJa.setLabel(getTranslation("dialogue.form.name-ja"));
        FormLayout form = new FormLayout(code, nameEn, nameJa);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 3));
        Button save = new Button(getTranslation("dialogue.form.save-dialogue"), click -> {
            code.setInvalid(false);
            nameEn.setInvalid(false);
            try {
                dialogues.saveDialogue(code.getValue().strip(), nameEn.getValue(), nameJa.getValue(), currentUser.require());
            } catch (InvalidInputException refused) {
                TaskScreens.showProblems(new ServerProblems().field("code", code).field("name", nameEn).show(refused));
                return;
            }
            TaskScreens.confirm(getTranslation("dialogue.form.dialogue-saved"));
            saved.accept(code.getValue().strip());
            code.clear();
            nameEn.clear();
            nameJa.clear();
        });
        add(new H3(getTranslation("dialogue.form.new-dialogue")), form, save);
    }
}
