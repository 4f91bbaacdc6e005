package org.citycoop.project.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.function.Function;
import org.citycoop.workflow.ui.ServerProblems;
import org.citycoop.workflow.ui.TaskSubmit;

/**
 * The shape of most lifecycle decisions: one choice, a text that says why, one button. The server
 * decides what is required; its problems appear on the choice or the text, by the names the
 * service gives them.
 */
final class DecisionForm<T> extends VerticalLayout {

    /** The service call of a decision; throws when the server refuses it. */
    interface Decision<T> {
        void submit(T choice, String text);
    }

    private final RadioButtonGroup<T> choice;
    private final TextArea text;

    /**
     * @param keys message-key prefix: {@code .choice}, {@code .choice.<value>}, {@code .text}, {@code .text.help},
     *             {@code .submit} and {@code .done.<value>} (with the project code as argument)
     */
    DecisionForm(String keys, List<T> options, String choiceField, String textField, String projectCode,
                 Decision<T> decision) {
        setPadding(false);
        choice = new RadioButtonGroup<>(getTranslation(keys + ".choice"));
        choice.setItems(options);
        choice.setItemLabelGenerator(value -> getTranslation(keys + ".choice." + name(value)));
        choice.setRequiredIndicatorVisible(true);
        text = new TextArea(getTranslation(keys + ".text"));
        text.setHelperText(getTranslation(keys + ".text.help"));
        text.setWidthFull();
        text.setMaxLength(2000);
        text.setMinHeight("6em");
        ServerProblems problems = new ServerProblems().field(choiceField, choice).field(textField, text);
        Function<T, String> done = value -> getTranslation(keys + ".done." + name(value), projectCode);

        Button submit = new Button(getTranslation(keys + ".submit"), click -> TaskSubmit.run(() -> {
            decision.submit(choice.getValue(), text.getValue());
            return done.apply(choice.getValue());
        }, () -> problems));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(choice, text, submit);
    }

    private static String name(Object value) {
        return value instanceof Enum<?> constant ? constant.name() : String.valueOf(value);
    }
}
