package org.citycoop.workflow.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.citycoop.security.Roles;
import org.citycoop.security.CityCoopUser;
import org.citycoop.workflow.ScopeVariables;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Runs when any user task is created. The model names a role ("officer"); this replaces it
 * with the organisation-qualified group of this process instance ("KIT:officer"), so that the
 * inbox stays one engine-native candidate-group query. It also sets the due date from the
 * reference table {@code task_due_period}, so no model carries a hard-coded deadline.
 */
@Component
class OrganisationScopedCandidates implements TaskListener {

    private static final Map<String, String> SCOPE_OF_ROLE = Map.of(
            Roles.OFFICER, ScopeVariables.LEAD_ORGANISATION,
            Roles.MANAGER, ScopeVariables.LEAD_ORGANISATION,
            Roles.PARTNER, ScopeVariables.PARTNER_ORGANISATION,
            Roles.REVIEWER, ScopeVariables.FUNDING_AGENCY,
            Roles.MEMBER_DELEGATE, ScopeVariables.MEMBER_ORGANISATION);

    private final JdbcClient jdbc;

    OrganisationScopedCandidates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void notify(DelegateTask task) {
        List<String> roles = task.getCandidates().stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId)
                .filter(SCOPE_OF_ROLE::containsKey)
                .toList();
        for (String role : roles) {
            String variable = SCOPE_OF_ROLE.get(role);
            Object organisation = task.getVariable(variable);
            if (organisation == null) {
                // a task nobody can see is worse than a failed step: fail loudly, roll back
                throw new IllegalStateException("Task " + task.getTaskDefinitionKey() + " is for role '" + role
                        + "' but the process has no variable '" + variable + "'");
            }
            task.deleteCandidateGroup(role);
            task.addCandidateGroup(CityCoopUser.engineGroup(organisation.toString(), role));
        }
        if (task.getDueDate() == null) {
            dueDays(task.getTaskDefinitionKey()).ifPresent(days ->
                    task.setDueDate(Date.from(Instant.now().plus(days, ChronoUnit.DAYS))));
        }
    }

    private Optional<Integer> dueDays(String taskDefinitionKey) {
        return jdbc.sql("select due_days from task_due_period where task_definition_key = :key")
                .param("key", taskDefinitionKey)
                .query(Integer.class)
                .optional();
    }
}
