package org.citycoop.dispatch.ui;

import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.citycoop.base.ui.MainLayout;
import org.citycoop.dispatch.DispatchProcess;
import org.citycoop.dispatch.DispatchService;
import org.citycoop.dispatch.DispatchTask;
import org.citycoop.security.CurrentUser;
import org.citycoop.security.Roles;
import org.citycoop.workflow.TaskSubjectLookup;
import org.citycoop.workflow.ui.ServerProblems;
import org.citycoop.workflow.ui.TaskScreens;

/** Task screen of {@code Task_AnswerPartnerQuestion}: the officer answers the partner's question on the mission report. */
@Route(value = "task/" + DispatchProcess.FORM_ANSWER_QUESTION + "/:" + TaskScreens.TASK_ID, layout = MainLayout.class)
@RolesAllowed(Roles.OFFICER)
class AnswerQuestionView extends DispatchTaskView {

    AnswerQuestionView(DispatchService dispatches, TaskSubjectLookup subjects, CurrentUser currentUser) {
        super("dispatch.answer.title", DispatchProcess.TASK_ANSWER_QUESTION, dispatches, subjects, currentUser);
    }

    @Override
    protected void form(DispatchTask task) {
        task.requireDispatch().openQuestion().ifPresent(open -> addComponentAtIndex(1, DispatchFacts.note(
                getTranslation("dispatch.question.by", open.askedBy(), DispatchFacts.date(open.askedAt())), open.question())));
        TextArea answer = longText("dispatch.field.answer", "dispatch.field.answer.help", 4000, true);
        add(answer, submitButton("dispatch.answer.submit", () -> dispatches.answerQuestion(task.task().id(), answer.getValue(),
                currentUser.require()), "dispatch.answer.done", task, new ServerProblems().field("answer", answer)));
    }
}
