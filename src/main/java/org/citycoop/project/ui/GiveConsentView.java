package org.citycoop.project.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.citycoop.base.ui.MainLayout;
import org.citycoop.organisation.Organisation;
import org.citycoop.organisation.OrganisationService;
import org.citycoop.project.ConsentAnswer;
import org.citycoop.project.ProjectLifecycleService;
import org.citycoop.project.ProjectProcess;
import org.citycoop.project.ProjectService;
import org.citycoop.project.ProjectTask;
import org.citycoop.security.CurrentUser;
import org.citycoop.security.Roles;
import org.citycoop.workflow.TaskSubjectLookup;
import org.citycoop.workflow.ui.TaskScreens;

/**
 * Task screen of {@code Task_GiveConsent}: a member municipality's delegate consents to the
 * cooperative's project or refuses it, with the reason. The cooperative's consent rule is shown,
 * so the delegate knows what the answer weighs.
 */
@Route(value = "task/" + ProjectProcess.FORM_GIVE_CONSENT + "/:" + TaskScreens.TASK_ID, layout = MainLayout.class)
@RolesAllowed(Roles.MEMBER_DELEGATE)
class GiveConsentView extends ProjectTaskView {

    private final ProjectLifecycleService lifecycle;
    private final OrganisationService organisations;

    GiveConsentView(ProjectService projects, ProjectLifecycleService lifecycle, OrganisationService organisations,
                    TaskSubjectLookup subjects, CurrentUser currentUser) {
        super(ProjectProcess.TASK_GIVE_CONSENT, "consent.title", projects, subjects, currentUser);
        this.lifecycle = lifecycle;
        this.organisations = organisations;
    }

    @Override
    void fill(ProjectTask task) {
        organisations.findByCode(task.project().leadCode()).ifPresent(this::showCooperative);
        add(new DecisionForm<>("consent", List.of(ConsentAnswer.CONSENT, ConsentAnswer.REFUSE), "answer", "reason",
                task.project().code(), (answer, reason) -> lifecycle.giveConsent(task.task().id(), answer, reason, user())));
    }

    private void showCooperative(Organisation cooperative) {
        String member = organisations.findByCode(user().organisationCode()).map(organisation -> organisation.name().in(getLocale()))
                .orElse(user().organisationCode());
        Div card = Facts.card(getTranslation("consent.section.cooperative"),
                Facts.fact(this, "consent.field.cooperative", cooperative.name().in(getLocale())),
                Facts.fact(this, "consent.field.members", String.valueOf(organisations.membersOf(cooperative.code()).size())),
                Facts.fact(this, "consent.field.answering-for", member),
                Facts.wideFact(this, "consent.field.rule", cooperative.consentRule() == null ? ""
                        : getTranslation("consent.rule." + cooperative.consentRule().name())));
        add(card);
    }
}
