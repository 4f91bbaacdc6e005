package org.citycoop.peerlearning.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.citycoop.document.DocumentRef;
import org.citycoop.peerlearning.GoodPractice;
import org.citycoop.peerlearning.PracticeChange;
import org.citycoop.workflow.ui.ServerProblems;

/** A good practice's title, summaries and shared documents, the same when publishing and editing it; the server checks them. */
class PracticeForm extends FormLayout {

    private final TextField title = new TextField();
    private final TextArea summaryEn = new TextArea();
    private final TextArea summaryJa = new TextArea();
    private final CheckboxGroup<DocumentRef> documents = new CheckboxGroup<>();

    PracticeForm() {
        title.setLabel(getTranslation("practice.publish.practice-title"));
        title.setMaxLength(200);
        summaryEn.setLabel(getTranslation("practice.summary.en"));
        summaryEn.setMaxLength(4000);
        summaryEn.setHelperText(getTranslation("practice.publish.summary.help"));
        summaryJa.setLabel(getTranslation("practice.summary.ja"));
        summaryJa.setMaxLength(4000);
        documents.setLabel(getTranslation("practice.publish.documents"));
        documents.setItemLabelGenerator(document -> getTranslation("practice.edit.document", document.fileName(), document.version()));
        add(title, summaryEn, summaryJa, documents);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("600px", 2));
        setColspan(title, 2);
        setColspan(documents, 2);
    }

    /** The documents to choose from; none is chosen. */
    void offer(List<DocumentRef> choices) {
        documents.setItems(choices);
    }

    /** A suggestion while the title is still empty. */
    void suggestTitle(String suggestion) {
        if (title.isEmpty()) {
            title.setValue(suggestion);
        }
    }

    /** The practice as published, its documents chosen among {@code choices}. */
    void show(GoodPractice practice, List<DocumentRef> choices) {
        title.setValue(practice.title());
        summaryEn.setValue(Objects.toString(practice.summaryEn(), ""));
        summaryJa.setValue(Objects.toString(practice.summaryJa(), ""));
        documents.setItems(choices);
        documents.setValue(choices.stream().filter(choice -> practice.documents().stream().anyMatch(shared -> shared.id() == choice.id()))
                .collect(Collectors.toSet()));
    }

    String title() {
        return title.getValue();
    }

    /** What the form holds, clearing the marks of an earlier refusal. */
    PracticeChange change() {
        List.<HasValidation>of(title, summaryEn, summaryJa, documents).forEach(field -> field.setInvalid(false));
        return new PracticeChange(title.getValue(), summaryEn.getValue(), summaryJa.getValue(),
                documents.getValue().stream().map(DocumentRef::id).toList());
    }

    /** The server's problems on the fields they name. */
    ServerProblems problems() {
        return new ServerProblems().field("title", title).field("summaryEn", summaryEn).field("summaryJa", summaryJa)
                .field("documents", documents);
    }
}
