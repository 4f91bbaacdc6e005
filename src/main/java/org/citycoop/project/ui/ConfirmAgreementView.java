package org.citycoop.project.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.citycoop.base.ui.DocumentUploadField;
import org.citycoop.base.ui.MainLayout;
import org.citycoop.project.AgreementInput;
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

/**
 * Task screen of {@code Task_ConfirmAgreement}: the partner city's coordinator confirms the
 * agreement (MoU) as signed: both signatories, the signing and expiry dates, and, if at hand,
 * the signed document. The officer of the lead is reminded to renew it before it expires.
 */
@Route(value = "task/" + ProjectProcess.FORM_CONFIRM_AGREEMENT + "/:" + TaskScreens.TASK_ID, layout = MainLayout.class)
@RolesAllowed(Roles.PARTNER)
class ConfirmAgreementView extends ProjectTaskView {

    private final ProjectLifecycleService lifecycle;

    ConfirmAgreementView(ProjectService projects, ProjectLifecycleService lifecycle, TaskSubjectLookup subjects,
                         CurrentUser currentUser) {
        super(ProjectProcess.TASK_CONFIRM_AGREEMENT, "agreement.title", projects, subjects, currentUser);
        this.lifecycle = lifecycle;
    }

    @Override
    void fill(ProjectTask task) {
        TextField lead = signatory("agreement.field.lead-signatory");
        lead.setHelperText(getTranslation("agreement.field.lead-signatory.help", task.project().leadName().in(getLocale())));
        TextField partner = signatory("agreement.field.partner-signatory");
        partner.setHelperText(getTranslation("agreement.field.partner-signatory.help", task.project().partnerName().in(getLocale())));
        DatePicker signedOn = date("agreement.field.signed-on");
        DatePicker expiresOn = date("agreement.field.expires-on");
        expiresOn.setHelperText(getTranslation("agreement.field.expires-on.help"));
        DocumentUploadField document = new DocumentUploadField(getTranslation("agreement.field.document"),
                getTranslation("agreement.field.document.help"));

        FormLayout form = new FormLayout();
        form.add(lead, partner, signedOn, expiresOn);
        form.add(document, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));

        ServerProblems problems = new ServerProblems().field("leadSignatory", lead).field("partnerSignatory", partner)
                .field("signedOn", signedOn).field("expiresOn", expiresOn).field("document", document::showError);
        Button confirm = new Button(getTranslation("agreement.submit"), click -> TaskSubmit.run(
                () -> lifecycle.confirmAgreement(task.task().id(), new AgreementInput(lead.getValue(), partner.getValue(),
                        signedOn.getValue(), expiresOn.getValue(), document.fileName(), document.content()), user()),
                getTranslation("agreement.done", task.project().code()), () -> problems));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(form, confirm);
    }

    private TextField signatory(String labelKey) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setMaxLength(200);
        field.setRequiredIndicatorVisible(true);
        return field;
    }

    private DatePicker date(String labelKey) {
        DatePicker field = new DatePicker(getTranslation(labelKey));
        field.setRequiredIndicatorVisible(true);
        return field;
    }
}
