package org.citycoop.training.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import org.citycoop.base.ui.FactCards;
import org.citycoop.project.Project;
import org.citycoop.project.ui.ProjectPageSection;
import org.citycoop.security.CityCoopUser;
import org.citycoop.training.TrainingProgramme;
import org.citycoop.training.TrainingService;
import org.springframework.core.annotation.Order;

/** The project page's training programmes: trainees, sessions held and attendance, once one is planned. */
@org.springframework.stereotype.Component
@Order(20)
class TrainingProgrammesSection implements ProjectPageSection {

    private final TrainingService trainings;

    TrainingProgrammesSection(TrainingService trainings) {
        this.trainings = trainings;
    }

    @Override
    public Optional<Component> of(Project project, CityCoopUser user) {
        return ProjectPageSection.listed("project-trainings", "projectpage.training", trainings.programmesOf(project.code(), user),
                (owner, programme) -> FactCards.entry(programme.title(), owner.getTranslation("projectpage.training.attendance",
                        programme.trainees().size(), programme.sessions().size(), attendances(programme))));
    }

    /** Attendances over all sessions: one per trainee present at a session. */
    private static long attendances(TrainingProgramme programme) {
        return programme.sessions().stream().mapToLong(session -> session.attendees().size()).sum();
    }
}
