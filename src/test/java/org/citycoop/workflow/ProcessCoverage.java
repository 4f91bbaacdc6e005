package org.citycoop.workflow;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.PvmTransition;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.pvm.process.TransitionImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.test.context.TestConfiguration;

/**
 * Counts, over the whole test run, which flow nodes and sequence flows of each model the engine
 * passed: a start listener on every activity and a take listener on every transition, added when
 * the models are parsed. When the test context closes it writes {@code target/process-coverage.md}.
 * Test-only; the production engine carries no such listeners.
 */
@TestConfiguration(proxyBeanMethods = false)
public class ProcessCoverage extends AbstractProcessEnginePlugin implements DisposableBean {

    private static final Path REPORT = Path.of("target", "process-coverage.md");

    private final Map<String, Set<String>> nodes = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> flows = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> passedNodes = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> passedFlows = new ConcurrentHashMap<>();

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPostBPMNParseListeners() == null) {
            configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
        }
        configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseProcess(Element processElement, ProcessDefinitionEntity process) {
                watch(process.getKey(), process);
            }
        });
    }

    private void watch(String key, ScopeImpl scope) {
        for (ActivityImpl activity : scope.getActivities()) {
            String activityId = activity.getId();
            // a multi-instance body is the engine's own wrapper, not a model element; its flows are the model's
            if (!activityId.contains("#")) {
                setOf(nodes, key).add(activityId);
                activity.addListener(ExecutionListener.EVENTNAME_START,
                        (ExecutionListener) execution -> setOf(passedNodes, key).add(activityId));
            }
            for (PvmTransition outgoing : activity.getOutgoingTransitions()) {
                TransitionImpl transition = (TransitionImpl) outgoing;
                String flowId = transition.getId();
                setOf(flows, key).add(flowId);
                transition.addListener(ExecutionListener.EVENTNAME_TAKE,
                        (ExecutionListener) execution -> setOf(passedFlows, key).add(flowId));
            }
            watch(key, activity);
        }
    }

    private static Set<String> setOf(Map<String, Set<String>> byKey, String key) {
        return byKey.computeIfAbsent(key, ignored -> ConcurrentHashMap.newKeySet());
    }

    @Override
    public void destroy() {
        List<String> lines = new ArrayList<>(List.of("# Process model coverage of the test run", "",
                "| model | flow nodes | sequence flows | not passed |", "|---|---|---|---|"));
        new TreeMap<>(nodes).forEach((key, all) -> {
            Set<String> allFlows = flows.getOrDefault(key, Set.of());
            List<String> missed = new ArrayList<>(all.stream().filter(id -> !setOf(passedNodes, key).contains(id)).sorted().toList());
            missed.addAll(allFlows.stream().filter(id -> !setOf(passedFlows, key).contains(id)).sorted().toList());
            lines.add("| " + key + " | " + (all.size() - missed.stream().filter(all::contains).count()) + "/" + all.size()
                    + " | " + (allFlows.size() - missed.stream().filter(allFlows::contains).count()) + "/" + allFlows.size()
                    + " | " + String.join(", ", missed) + " |");
        });
        try {
            Files.createDirectories(REPORT.getParent());
            Files.write(REPORT, lines);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }
}
