package org.citycoop.project.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.citycoop.base.AuditTrail;
import org.citycoop.project.ProjectProcess;
import org.citycoop.project.ProjectStatus;
import org.springframework.stereotype.Component;

/**
 * The project status follows the process: a service task names the new status in its input
 * parameter {@code status}. Closing and cancelling also set the routing flag that tells the
 * main process how the project ended.
 */
@Component("projectStatus")
class ProjectStatusDelegate implements JavaDelegate {

    private final ProjectRepository projects;
    private final AuditTrail audit;

    ProjectStatusDelegate(ProjectRepository projects, AuditTrail audit) {
        this.projects = projects;
        this.audit = audit;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ProjectStatus status = ProjectStatus.valueOf((String) execution.getVariableLocal("status"));
        long projectId = projects.findByCode(execution.getProcessBusinessKey()).orElseThrow().id();
        projects.updateStatus(projectId, status);
        // the action says it all ("the project is now closed"); the model's step name would be English only
        audit.record(projectId, "system", "STATUS_" + status.name());
        if (status == ProjectStatus.CLOSED || status == ProjectStatus.CANCELLED) {
            execution.setVariable(ProjectProcess.PROJECT_OUTCOME, status.name());
        }
    }
}
