package org.citycoop.workflow.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.citycoop.security.Roles;
import org.citycoop.workflow.ScopeVariables;
import org.springframework.stereotype.Component;

/**
 * Scopes every user task of every model to an organisation (ARCHITECTURE.md, "How tasks are
 * scoped"). A model names only the role, {@code candidateGroups="manager"}; when the model is
 * parsed, that group becomes {@code ${leadOrganisation}:manager}, which the engine evaluates
 * when it creates the task ("KIT:manager"). The inbox is then the engine's own candidate-group
 * query. A process without the variable fails at that step instead of creating a task nobody
 * can see. Also registers {@link TaskDueDates} and {@link TaskOffers} on every user task.
 */
@Component
class OrganisationScopingPlugin extends AbstractProcessEnginePlugin {

    /** Which process variable holds the organisation that a role acts for. */
    private static final Map<String, String> SCOPE_OF_ROLE = Map.of(
            Roles.OFFICER, ScopeVariables.LEAD_ORGANISATION,
            Roles.MANAGER, ScopeVariables.LEAD_ORGANISATION,
            Roles.HEAD, ScopeVariables.LEAD_ORGANISATION,
            Roles.PARTNER, ScopeVariables.PARTNER_ORGANISATION,
            Roles.REVIEWER, ScopeVariables.FUNDING_AGENCY,
            Roles.MEMBER_DELEGATE, ScopeVariables.MEMBER_ORGANISATION);

    private final TaskDueDates dueDates;
    private final TaskOffers offers;

    OrganisationScopingPlugin(TaskDueDates dueDates, TaskOffers offers) {
        this.dueDates = dueDates;
        this.offers = offers;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPostBPMNParseListeners() == null) {
            configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
        }
        configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
                TaskDefinition task = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
                scopeCandidateGroups(task);
                task.addTaskListener(TaskListener.EVENTNAME_CREATE, dueDates);
                task.addTaskListener(TaskListener.EVENTNAME_CREATE, offers);
            }
        });
    }

    private static void scopeCandidateGroups(TaskDefinition task) {
        Set<Expression> groups = task.getCandidateGroupIdExpressions();
        List<Expression> declared = List.copyOf(groups);
        groups.clear();
        for (Expression group : declared) {
            String role = group.getExpressionText();
            String variable = SCOPE_OF_ROLE.get(role);
            groups.add(variable == null ? group
                    : Context.getProcessEngineConfiguration().getExpressionManager().createExpression("${" + variable + "}:" + role));
        }
    }
}
