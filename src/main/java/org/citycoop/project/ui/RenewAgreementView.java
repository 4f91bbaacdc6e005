package org.citycoop.project.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.citycoop.base.ui.Formats;
import org.citycoop.base.ui.MainLayout;
import org.citycoop.project.CooperationAgreement;
import org.citycoop.project.ProjectLifecycleService;
import org.citycoop.project.ProjectProcess;
import org.citycoop.project.ProjectService;
import org.citycoop.project.ProjectTask;
import org.citycoop.security.CurrentUser;
import org.citycoop.security.Roles;
import org.citycoop.workflow.TaskSubjectLookup;
import org.citycoop.workflow.ui.ServerProblems;
import org.citycoop.workflow.ui.TaskScreens;
import org.citycoop.workflow.ui.TaskSubmit;

/** Task screen of {@code Task_RenewAgreement}: before the agreement expires, the officer records its new expiry date. */
@Route(value = "task/" + ProjectProcess.FORM_RENEW_AGREEMENT + "/:" + TaskScreens.TASK_ID, layout = MainLayout.class)
@RolesAllowed(Roles.OFFICER)
class RenewAgreementView extends ProjectTaskView {

    private final ProjectLifecycleService lifecycle;

    RenewAgreementView(ProjectService projects, ProjectLifecycleService lifecycle, TaskSubjectLookup subjects,
                       CurrentUser currentUser) {
        super(ProjectProcess.TASK_RENEW_AGREEMENT, "renewal.title", projects, subjects, currentUser);
        this.lifecycle = lifecycle;
    }

    @Override
    void fill(ProjectTask task) {
        lifecycle.agreement(task.project().code(), user()).ifPresent(agreement -> add(current(agreement)));
        DatePicker expiresOn = new DatePicker(getTranslation("renewal.field.expires-on"));
        expiresOn.setHelperText(getTranslation("renewal.field.expires-on.help"));
        expiresOn.setRequiredIndicatorVisible(true);
        Button renew = new Button(getTranslation("renewal.submit"), click -> TaskSubmit.run(
                () -> lifecycle.renewAgreement(task.task().id(), expiresOn.getValue(), user()),
                getTranslation("renewal.done", task.project().code()),
                () -> new ServerProblems().field("expiresOn", expiresOn)));
        renew.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(expiresOn, renew);
    }

    private Div current(CooperationAgreement agreement) {
        return Facts.card(getTranslation("agreement.section.current"),
                Facts.fact(this, "agreement.field.lead-signatory", agreement.leadSignatory()),
                Facts.fact(this, "agreement.field.partner-signatory", agreement.partnerSignatory()),
                Facts.fact(this, "agreement.field.signed-on", Formats.documentDate(agreement.signedOn())),
                Facts.fact(this, "agreement.field.expires-on", Formats.documentDate(agreement.expiresOn())));
    }
}
