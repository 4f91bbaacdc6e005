package org.citycoop.training.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.citycoop.base.ui.Formats;
import org.citycoop.base.ui.NarrowScreens;
import org.citycoop.training.CurriculumModule;
import org.citycoop.training.Trainee;
import org.citycoop.training.TrainingProgramme;
import org.citycoop.training.TrainingSession;

/** The parts of a programme recorded so far, as a card and small read-only tables above a task's form. */
final class ProgrammeFacts {

    private ProgrammeFacts() {
    }

    /** The planned item: title and planned period. */
    static Div planned(Component owner, TrainingProgramme programme) {
        Div card = new Div(new H3(programme.title()));
        card.add(new Span(owner.getTranslation("training.planned-period", Formats.date(programme.plannedStart()),
                Formats.date(programme.plannedEnd()))));
        card.addClassName("project-summary");
        card.addClassName("training-programme");
        return card;
    }

    static Component curriculum(Component owner, TrainingProgramme programme) {
        Grid<CurriculumModule> grid = table(owner, "training.curriculum");
        grid.addColumn(CurriculumModule::topic).setHeader(owner.getTranslation("training.module.topic")).setFlexGrow(2);
        var host = grid.addColumn(CurriculumModule::hostOrganisation).setHeader(owner.getTranslation("training.module.host"));
        grid.addColumn(module -> Formats.date(module.startsOn()) + " – " + Formats.date(module.endsOn()))
                .setHeader(owner.getTranslation("training.module.dates"));
        var language = grid.addColumn(CurriculumModule::language).setHeader(owner.getTranslation("training.module.language"));
        NarrowScreens.hideOnPhones(grid, List.of(host, language));
        grid.setItems(programme.modules());
        return section(owner, "training.curriculum", grid);
    }

    static Component trainees(Component owner, TrainingProgramme programme) {
        Grid<Trainee> grid = table(owner, "training.trainees");
        grid.addColumn(Trainee::name).setHeader(owner.getTranslation("training.trainee.name"));
        var position = grid.addColumn(Trainee::position).setHeader(owner.getTranslation("training.trainee.position"));
        var organisation = grid.addColumn(Trainee::organisation).setHeader(owner.getTranslation("training.trainee.organisation"));
        grid.addColumn(Trainee::email).setHeader(owner.getTranslation("training.trainee.email")).setFlexGrow(2);
        var gender = grid.addColumn(trainee -> trainee.gender() == null ? ""
                        : owner.getTranslation("training.gender." + trainee.gender().name()))
                .setHeader(owner.getTranslation("training.trainee.gender"));
        NarrowScreens.hideOnPhones(grid, List.of(position, organisation, gender));
        grid.setItems(programme.trainees());
        return section(owner, "training.trainees", grid);
    }

    static Component sessions(Component owner, TrainingProgramme programme) {
        Grid<TrainingSession> grid = table(owner, "training.sessions");
        grid.addColumn(session -> Formats.dateTime(session.startsAt())).setHeader(owner.getTranslation("training.session.starts-at"));
        grid.addColumn(session -> owner.getTranslation("training.session.kind." + session.kind().name()))
                .setHeader(owner.getTranslation("training.session.kind"));
        var method = grid.addColumn(session -> owner.getTranslation("training.session.method." + session.method().name()))
                .setHeader(owner.getTranslation("training.session.method"));
        var venue = grid.addColumn(TrainingSession::venue).setHeader(owner.getTranslation("training.session.venue"));
        NarrowScreens.hideOnPhones(grid, List.of(method, venue));
        grid.addColumn(session -> owner.getTranslation("training.session.participants-summary", session.participantsOnSite(),
                session.participantsOnline(), session.attendees().size()))
                .setHeader(owner.getTranslation("training.session.participants"));
        grid.setItems(programme.sessions());
        return section(owner, "training.sessions", grid);
    }

    private static <T> Grid<T> table(Component owner, String labelKey) {
        Grid<T> grid = new Grid<>();
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel(owner.getTranslation(labelKey));
        return grid;
    }

    private static Div section(Component owner, String titleKey, Component content) {
        Div section = new Div(new H3(owner.getTranslation(titleKey)), content);
        section.setWidthFull();
        section.addClassName("training-section");
        return section;
    }
}
