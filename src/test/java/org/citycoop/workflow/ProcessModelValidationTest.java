package org.citycoop.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ScriptTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.citycoop.CityCoopTest;
import org.citycoop.Screens;
import org.citycoop.security.Roles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The rules every model in {@code bpmn/} keeps (STYLE.md): readable ids, a history time to live,
 * no scripts, every form key has a screen, every candidate group is a role, every user task has
 * a due period in the reference data and names its project phase.
 */
@CityCoopTest
class ProcessModelValidationTest {

    private static List<BpmnModelInstance> models;
    private static Set<String> routes;

    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void readModelsAndRoutes() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("bpmn"))) {
            models = files.filter(file -> file.toString().endsWith(".bpmn")).map(file -> Bpmn.readModelFromFile(file.toFile())).toList();
        }
        routes = Screens.routes();
    }

    @Test
    void thereAreModelsToCheck() {
        assertThat(models).isNotEmpty();
    }

    @Test
    void idsAreWrittenByPeopleNotGenerated() {
        for (BpmnModelInstance model : models) {
            assertThat(model.getModelElementsByType(BaseElement.class)).extracting(BaseElement::getId)
                    .filteredOn(id -> id != null)
                    .noneMatch(id -> id.matches("[A-Za-z]+_[0-9a-z]{7}") || id.matches("[A-Za-z]+_\\d+"));
        }
    }

    @Test
    void everyProcessHasAHistoryTimeToLiveAndNoScripts() {
        for (BpmnModelInstance model : models) {
            assertThat(model.getModelElementsByType(Process.class))
                    .allSatisfy(process -> assertThat(process.getCamundaHistoryTimeToLiveString()).isNotBlank());
            assertThat(model.getModelElementsByType(ScriptTask.class)).isEmpty();
        }
    }

    @Test
    void everyUserTaskFormKeyHasAScreenAndEveryCandidateGroupIsARole() {
        for (BpmnModelInstance model : models) {
            for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                assertThat(task.getCamundaFormKey()).as(task.getId()).isNotBlank();
                assertThat(routes).as("screen of " + task.getId()).contains("task/" + task.getCamundaFormKey() + "/:taskId");
                assertThat(task.getCamundaCandidateGroupsList()).as(task.getId()).isNotEmpty();
                assertThat(Roles.ALL).as(task.getId()).containsAll(task.getCamundaCandidateGroupsList());
            }
        }
    }

    @Test
    void everyUserTaskDeclaresAKnownPhaseAndAKeyHasOnePhase() {
        Map<String, String> phaseOfKey = new HashMap<>();
        for (BpmnModelInstance model : models) {
            for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                String phase = TaskPhases.phaseProperty(task).orElse(null);
                assertThat(Phase.fromModelValue(phase)).as("phase of " + task.getId()).isPresent();
                assertThat(phaseOfKey.putIfAbsent(task.getId(), phase)).as("phase of " + task.getId()).isIn(null, phase);
            }
        }
    }

    @Test
    void everyStartFormHasAScreen() {
        for (BpmnModelInstance model : models) {
            model.getModelElementsByType(StartEvent.class).stream()
                    .filter(start -> start.getCamundaFormKey() != null)
                    .forEach(start -> assertThat(routes).as(start.getId()).contains(start.getCamundaFormKey()));
        }
    }

    @Test
    void everyUserTaskHasADuePeriodInTheReferenceData() {
        Set<String> withDuePeriod = Set.copyOf(jdbc.sql("select task_definition_key from task_due_period").query(String.class).list());
        for (BpmnModelInstance model : models) {
            assertThat(withDuePeriod).containsAll(model.getModelElementsByType(UserTask.class).stream().map(UserTask::getId).toList());
        }
    }
}
