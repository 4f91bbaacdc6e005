package org.citycoop.training.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.citycoop.base.ui.MainLayout;
import org.citycoop.security.CurrentUser;
import org.citycoop.security.Roles;
import org.citycoop.training.CurriculumModule;
import org.citycoop.training.TrainingProcess;
import org.citycoop.training.TrainingService;
import org.citycoop.training.TrainingTask;
import org.citycoop.workflow.TaskSubjectLookup;
import org.citycoop.workflow.ui.ServerProblems;
import org.citycoop.workflow.ui.TaskScreens;
import org.citycoop.workflow.ui.TaskSubmit;

/** Task screen of {@code Task_DesignCurriculum}: the officer lists the modules: topic, host organisation, dates, language. */
@Route(value = "task/" + TrainingProcess.FORM_DESIGN_CURRICULUM + "/:" + TaskScreens.TASK_ID, layout = MainLayout.class)
@RolesAllowed(Roles.OFFICER)
class DesignCurriculumView extends TrainingTaskView {

    DesignCurriculumView(TrainingService training, TaskSubjectLookup subjects, CurrentUser currentUser) {
        super("training.curriculum.title", TrainingProcess.TASK_DESIGN_CURRICULUM, training, subjects, currentUser);
    }

    @Override
    protected void show(TrainingTask task) {
        addHeader(task);
        Rows<ModuleRow> modules = new Rows<>("modules", ModuleRow::new, getTranslation("training.module.add"),
                getTranslation("training.module.remove"));
        if (task.programme().modules().isEmpty()) {
            modules.add();
        }
        task.programme().modules().forEach(module -> modules.add().fill(module));
        Button submit = new Button(getTranslation("training.curriculum.submit"), click -> TaskSubmit.run(
                () -> training.designCurriculum(task.task().id(), modules.entered(ModuleRow::module), currentUser.require()),
                done("training.curriculum.done", task), modules::problems));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new Paragraph(getTranslation("training.curriculum.intro")), modules, submit);
    }

    /** One module. */
    private final class ModuleRow implements Rows.Row {
        private final TextField topic = new TextField(getTranslation("training.module.topic"));
        private final TextField host = new TextField(getTranslation("training.module.host"));
        private final DatePicker start = new DatePicker(getTranslation("training.module.start"));
        private final DatePicker end = new DatePicker(getTranslation("training.module.end"));
        private final TextField language = new TextField(getTranslation("training.module.language"));
        private final Div layout = new Div(topic, host, start, end, language);

        private ModuleRow() {
            topic.setMaxLength(200);
            host.setMaxLength(200);
            host.setHelperText(getTranslation("training.module.host.help"));
            language.setMaxLength(40);
            topic.addClassName("plan-title");
            host.addClassName("plan-title");
            start.addClassName("plan-date");
            end.addClassName("plan-date");
            language.addClassName("plan-date");
            layout.addClassName("module-row");
        }

        void fill(CurriculumModule module) {
            topic.setValue(module.topic());
            host.setValue(module.hostOrganisation());
            start.setValue(module.startsOn());
            end.setValue(module.endsOn());
            language.setValue(module.language());
        }

        CurriculumModule module() {
            return new CurriculumModule(topic.getValue(), host.getValue(), start.getValue(), end.getValue(), language.getValue());
        }

        @Override
        public Component layout() {
            return layout;
        }

        @Override
        public boolean isEmpty() {
            return topic.isEmpty() && host.isEmpty() && start.isEmpty() && end.isEmpty() && language.isEmpty();
        }

        @Override
        public ServerProblems problems(String prefix) {
            return new ServerProblems().field(prefix + "topic", topic).field(prefix + "hostOrganisation", host)
                    .field(prefix + "startsOn", start).field(prefix + "endsOn", end).field(prefix + "language", language);
        }
    }
}
