package org.citycoop.project.internal;

import org.citycoop.name.Name;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.citycoop.project.Project;
import org.citycoop.workflow.TaskSubject;
import org.citycoop.workflow.TaskSubjectLookup;
import org.springframework.stereotype.Component;

/** Tells the inbox what a task's business key (a project code) stands for. */
@Component
class ProjectTaskSubjects implements TaskSubjectLookup {

    private final ProjectRepository projects;

    ProjectTaskSubjects(ProjectRepository projects) {
        this.projects = projects;
    }

    @Override
    public Map<String, TaskSubject> describe(Collection<String> businessKeys) {
        if (businessKeys.isEmpty()) {
            return Map.of();
        }
        return projects.findByCodes(businessKeys).stream()
                .collect(Collectors.toMap(Project::code, project -> new TaskSubject(project.title(), project.partnerName())));
    }

    @Override
    public List<String> codesWithTitleContaining(String text, String organisationCode, int limit) {
        return projects.codesWithTitleContaining(text, organisationCode, limit);
    }

    @Override
    public List<String> codesWithPartner(String partnerCode, String organisationCode) {
        return projects.codesWithPartner(partnerCode, organisationCode);
    }

    @Override
    public Map<String, Name> partnersOf(String organisationCode) {
        return projects.partnersOfProjectsVisibleTo(organisationCode);
    }
}
