package org.citycoop.workflow.internal;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.variable.serializer.JavaObjectSerializer;
import org.camunda.bpm.engine.impl.variable.serializer.TypedValueSerializer;
import org.camunda.bpm.engine.impl.variable.serializer.VariableSerializers;
import org.springframework.stereotype.Component;

/**
 * Takes the engine's Java serializer away, so that no process variable is written or read in Java
 * serialization, the door of gadget chains. {@code javaSerializationFormatEnabled: false} alone
 * refuses only a value that arrives serialized (over REST, say); the engine still writes an object
 * in Java's format when a caller asks for that format, and would read those bytes back with an
 * {@code ObjectInputStream}. Objects are JSON ({@code default-serialization-format}).
 */
@Component
class JavaSerializationOff extends AbstractProcessEnginePlugin {

    /** Once the engine is built: Spin's plugin places its JSON serializer next to the Java one in its postInit. */
    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        VariableSerializers serializers = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                .getVariableSerializers();
        TypedValueSerializer<?> java = serializers.getSerializerByName(JavaObjectSerializer.NAME);
        if (java != null) {
            serializers.removeSerializer(java);
        }
    }
}
