package org.citycoop.iati;

import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.citycoop.project.Project;
import org.citycoop.project.ProjectFilter;
import org.citycoop.project.ProjectNotAvailableException;
import org.citycoop.project.ProjectService;
import org.citycoop.security.CityCoopUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Projects as IATI 2.03 activity XML ({@code iati-activities}), for publishing to the IATI Registry or
 * for a funder's systems. Scoped like the screens: only projects the user's organisation takes part in,
 * each with the funding and follow-up its organisation may see.
 */
@Service
public class IatiExport {

    static final String IATI_VERSION = "2.03";

    private final ProjectService projects;
    private final IatiActivities activities;
    private final Clock clock;

    IatiExport(ProjectService projects, IatiActivities activities, Clock clock) {
        this.projects = projects;
        this.activities = activities;
        this.clock = clock;
    }

    /**
     * One project as an activities file of one activity. Refused with {@link ProjectNotAvailableException}
     * before anything is written when the project is not the user's to see, or does not exist.
     */
    @Transactional(readOnly = true)
    public void writeProject(String code, CityCoopUser user, OutputStream out) {
        Project project = projects.require(code, user);
        try (IatiXml xml = start(out)) {
            writer(xml).write(activities.of(project, user));
        }
    }

    /** Whether the user may see any project: an activities file must hold at least one activity. */
    @Transactional(readOnly = true)
    public boolean hasVisibleProjects(CityCoopUser user) {
        return projects.count(ProjectFilter.any(), user) > 0;
    }

    /** Every project the user may see, newest first, streamed page by page. */
    @Transactional(readOnly = true)
    public void writeVisibleProjects(CityCoopUser user, OutputStream out) {
        try (IatiXml xml = start(out)) {
            IatiActivityWriter writer = writer(xml);
            int offset = 0;
            List<Project> page;
            do {
                page = projects.search(ProjectFilter.any(), user, offset, ProjectService.MAX_PAGE);
                page.forEach(project -> writer.write(activities.of(project, user)));
                offset += page.size();
            } while (page.size() == ProjectService.MAX_PAGE);
        }
    }

    private IatiXml start(OutputStream out) {
        return IatiXml.startDocument(out).start("iati-activities").attribute("version", IATI_VERSION)
                .dateTime("generated-datetime", OffsetDateTime.now(clock));
    }

    private IatiActivityWriter writer(IatiXml xml) {
        return new IatiActivityWriter(xml, LocalDate.now(clock));
    }
}
