package org.citycoop.dashboard.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import java.time.ZoneId;
import java.util.List;
import org.citycoop.base.ui.Formats;
import org.citycoop.dashboard.DashboardService;
import org.citycoop.dashboard.ProcessSteps;
import org.citycoop.dashboard.WaitingProject;
import org.citycoop.security.CityCoopUser;

/**
 * The dashboard panel of the main process: its diagram with the number of the user's projects
 * waiting at each step (overdue work marked in colour and in words), a list of the same steps for
 * the keyboard and small screens, and the projects of the chosen step. Not tied to the dashboard's
 * fiscal years: it shows where the projects stand now.
 */
class ProcessDiagramPanel extends Div {


    private final DashboardService dashboards;
    private final CityCoopUser user;
    private final ProcessDiagram diagram = new ProcessDiagram();
    private final Select<ProcessSteps.Step> stepChoice = new Select<>();
    private final H4 listTitle = new H4();
    private final Paragraph listNote = new Paragraph();
    private final Grid<WaitingProject> projects = new Grid<>();

    ProcessDiagramPanel(DashboardService dashboards, CityCoopUser user) {
        this.dashboards = dashboards;
        this.user = user;
        setId("process-diagram");
        addClassName("process-diagram-panel");
        ProcessSteps steps = dashboards.projectsAtSteps(user);
        List<ProcessSteps.Step> waiting = steps.steps().stream().filter(step -> step.waiting() > 0).toList();
        long projectsAtSteps = waiting.stream().mapToLong(ProcessSteps.Step::waiting).sum();

        Paragraph caption = new Paragraph(getTranslation("dashboard.process.caption"));
        caption.addClassName("process-diagram-caption");
        diagram.setData(new ProcessDiagram.Data(steps.bpmnXml(),
                getTranslation("dashboard.process.summary", waiting.size(), projectsAtSteps),
                getTranslation("dashboard.process.zoom-in"), getTranslation("dashboard.process.zoom-out"),
                getTranslation("dashboard.process.show-start"),
                waiting.stream().map(this::badge).toList()));
        diagram.onStepClicked(stepId -> waiting.stream().filter(step -> step.stepId().equals(stepId)).findFirst()
                .ifPresent(stepChoice::setValue));

        stepChoice.setLabel(getTranslation("dashboard.process.step"));
        stepChoice.setPlaceholder(getTranslation("dashboard.process.choose-step"));
        stepChoice.setItems(waiting);
        stepChoice.setItemLabelGenerator(this::stepLabel);
        stepChoice.setEmptySelectionAllowed(false);
        stepChoice.addClassName("process-step-choice");
        stepChoice.addValueChangeListener(change -> show(change.getValue()));

        add(new H3(getTranslation("dashboard.panel.process")), caption, diagram);
        if (waiting.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("dashboard.process.none-waiting"));
            none.addClassName("report-no-data");
            add(none);
            return;
        }
        configureList();
        add(stepChoice, listTitle, listNote, projects);
    }

    private void configureList() {
        projects.addClassName("process-step-projects");
        projects.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        projects.addComponentColumn(project -> new Anchor("projects/" + project.code(), project.code()))
                .setHeader(getTranslation("dashboard.process.column.project")).setWidth("9em").setFlexGrow(0);
        // on a phone the title keeps a readable width and the grid scrolls sideways to the other columns
        projects.addColumn(WaitingProject::title).setHeader(getTranslation("dashboard.process.column.title"))
                .setWidth("12em").setFlexGrow(2);
        projects.addColumn(project -> project.partnerName().in(getLocale())).setHeader(getTranslation("dashboard.process.column.partner"))
                .setWidth("8em").setFlexGrow(1);
        projects.addColumn(project -> project.waitingSince() == null ? ""
                        : Formats.date(project.waitingSince().atZone(ZoneId.systemDefault()).toLocalDate(), getLocale()))
                .setHeader(getTranslation("dashboard.process.column.since")).setWidth("8em").setFlexGrow(0);
        projects.addComponentColumn(this::overdueCell)
                .setHeader(getTranslation("dashboard.process.column.overdue")).setWidth("7em").setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.START);
        projects.setAllRowsVisible(true);
        listTitle.setVisible(false);
        listNote.setVisible(false);
        projects.setVisible(false);
    }

    /** Lists the projects at the chosen step and marks it in the diagram. */
    private void show(ProcessSteps.Step step) {
        diagram.select(step == null ? null : step.stepId());
        if (step == null) {
            return;
        }
        List<WaitingProject> waiting = dashboards.projectsWaitingAt(step.stepId(), user);
        listTitle.setText(getTranslation("dashboard.process.projects-at", step.name()));
        listNote.setText(getTranslation("dashboard.process.longest-waiting", waiting.size(), step.waiting()));
        listNote.setVisible(waiting.size() < step.waiting());
        projects.setItems(waiting);
        listTitle.setVisible(true);
        projects.setVisible(true);
    }

    private ProcessDiagram.Badge badge(ProcessSteps.Step step) {
        String text = step.overdue() == 0 ? String.valueOf(step.waiting())
                : getTranslation("dashboard.process.badge-overdue", step.waiting(), step.overdue());
        return new ProcessDiagram.Badge(step.stepId(), text, stepLabel(step), step.overdue() > 0);
    }

    private String stepLabel(ProcessSteps.Step step) {
        return step.overdue() == 0 ? getTranslation("dashboard.process.step-label", step.name(), step.waiting())
                : getTranslation("dashboard.process.step-label-overdue", step.name(), step.waiting(), step.overdue());
    }

    private Span overdueCell(WaitingProject project) {
        Span cell = new Span(project.overdue() ? getTranslation("dashboard.process.overdue") : "");
        cell.addClassName("process-overdue");
        return cell;
    }
}
