package org.citycoop.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.function.Consumer;

/**
 * A BPMN model drawn in the browser by bpmn-js's NavigatedViewer
 * ({@code frontend/components/citycoop-process-diagram.js}, DD015), with a count badge on steps.
 * bpmn-js is bundled with the application like chart.js (DD010): nothing is loaded from elsewhere.
 * The model and the badges go to the element as one JSON property, never as script or markup.
 */
@Tag("citycoop-process-diagram")
@NpmPackage(value = "bpmn-js", version = "18.31.1")
@JsModule("./components/citycoop-process-diagram.js")
class ProcessDiagram extends Component implements HasSize {

    /**
     * What the element draws: the model's XML, a summary for screen readers, the names of the zoom
     * buttons, and the badges.
     */
    record Data(String xml, String summary, String zoomIn, String zoomOut, String fit, List<Badge> badges) {
    }

    /** A badge on a step: its text, a longer label (tooltip), and whether it marks overdue work. */
    record Badge(String stepId, String text, String label, boolean overdue) {
    }

    void setData(Data data) {
        getElement().setPropertyBean("data", data);
    }

    /** Marks the chosen step (null: none) and brings it into view. */
    void select(String stepId) {
        getElement().setProperty("selected", stepId);
    }

    /** Called with the id of a badged step that the user clicked in the diagram. */
    Registration onStepClicked(Consumer<String> listener) {
        return getElement().addEventListener("step-selected", event -> listener.accept(event.getEventData().getString("event.detail.stepId")))
                .addEventData("event.detail.stepId");
    }
}
