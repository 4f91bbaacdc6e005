package org.citycoop.training.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
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
        List<TrainingProgramme> programmes = trainings.programmesOf(project.code(), user);
        if (programmes.isEmpty()) {
            return Optional.empty();
        }
        UnorderedList list = new UnorderedList();
        programmes.forEach(programme -> list.add(FactCards.entry(programme.title(),
                list.getTranslation("projectpage.training.attendance", programme.trainees().size(),
                        programme.sessions().size(), attendances(programme)))));
        return Optional.of(FactCards.section("project-trainings", list.getTranslation("projectpage.training"), list));
    }

    /** Attendances over all sessions: one per trainee present at a session. */
    private static long attendances(TrainingProgramme programme) {
        return programme.sessions().stream().mapToLong(session -> session.attendees().size()).sum();
    }
}
