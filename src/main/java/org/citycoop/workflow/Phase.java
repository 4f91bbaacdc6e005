package org.citycoop.workflow;

import java.util.Arrays;
import java.util.Optional;

/**
 * The phases of a cooperation project, in their order. A user task names its phase in the model
 * ({@code camunda:property name="phase"}), so that the inbox can filter and show it (DD009).
 */
public enum Phase {
    PROPOSAL("proposal"),
    AGREEMENT("agreement"),
    FEASIBILITY("feasibility"),
    FUNDING("funding"),
    IMPLEMENTATION("implementation"),
    FOLLOW_UP("follow-up"),
    COMPLETION("completion");

    /** The name of the extension property on a user task. */
    public static final String PROPERTY = "phase";

    private final String modelValue;

    Phase(String modelValue) {
        this.modelValue = modelValue;
    }

    /** The value a model writes, e.g. {@code follow-up}. */
    public String modelValue() {
        return modelValue;
    }

    public static Optional<Phase> fromModelValue(String value) {
        return Arrays.stream(values()).filter(phase -> phase.modelValue.equals(value)).findFirst();
    }
}
