package org.citycoop.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.UUID;
import org.citycoop.CityCoopTest;
import org.citycoop.TestFiles;
import org.citycoop.TestProposals;
import org.citycoop.TestUsers;
import org.citycoop.base.InvalidInputException;
import org.citycoop.document.DocumentNotAvailableException;
import org.citycoop.document.DocumentRef;
import org.citycoop.security.CityCoopUser;
import org.citycoop.workflow.Actor;
import org.citycoop.workflow.TaskNotAvailableException;
import org.citycoop.workflow.WorkTask;
import org.citycoop.workflow.WorkflowService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Comments on a task and the mentions they make, through the service on the real PostgreSQL and
 * engine: a task's thread is for whoever may see the task, the comment stays on the project page
 * with its task's name after the task is done, a mentioned colleague finds it unread until opened;
 * and the partner's documents are their city's only.
 */
@CityCoopTest
class TaskCommentServiceTest {

    @Autowired ProjectService projects;
    @Autowired ProjectCommentService comments;
    @Autowired ProjectDocumentService documents;
    @Autowired WorkflowService workflow;
    @Autowired TestUsers users;

    @Test
    void aCommentOnATaskStaysWithItsTaskNameOnTheProjectPageAfterTheTaskIsDone() {
        CityCoopUser officer = users.get("kitakyushu.officer");
        CityCoopUser manager = users.get("kitakyushu.manager");
        Project project = projects.propose(TestProposals.of("Task comments " + UUID.randomUUID(), "SBY"), officer);
        WorkTask screening = workflow.openTasksOf(project.code(), Actor.of(manager)).get(0);

        assertThat(comments.commentOnTask(screening.id(), "@kitakyushu.officer which budget line is this?", manager))
                .containsExactly("kitakyushu.officer");
        comments.comment(project.code(), "Site visit on Monday.", officer);

        assertThat(comments.commentsOfTask(screening.id(), manager))
                .extracting(ProjectComment::author, ProjectComment::taskDefinitionKey, ProjectComment::taskName)
                .containsExactly(tuple("kitakyushu.manager", ProjectProcess.TASK_SCREEN_PROPOSAL, "Screen project proposal"));
        projects.screen(screening.id(), ScreeningDecision.APPROVE, "", manager);

        // the project page shows both, the task's comment named by its task although the task is done
        assertThat(comments.commentsOf(project.code(), users.get("surabaya.partner")))
                .extracting(ProjectComment::body, ProjectComment::taskId, ProjectComment::taskDefinitionKey).containsExactly(
                        tuple("Site visit on Monday.", null, null),
                        tuple("@kitakyushu.officer which budget line is this?", screening.id(), ProjectProcess.TASK_SCREEN_PROPOSAL));
        // the audit detail keeps the task's key; the timeline names it in the reader's language (DD030)
        assertThat(projects.timeline(project.code(), officer)).extracting(TimelineEntry::what, TimelineEntry::detail)
                .contains(tuple("TASK_COMMENT_ADDED", ProjectProcess.TASK_SCREEN_PROPOSAL + "; mentions kitakyushu.officer"));
        // a done task has no thread to add to any more
        assertThatThrownBy(() -> comments.commentOnTask(screening.id(), "Late", manager)).isInstanceOf(TaskNotAvailableException.class);
    }

    @Test
    void onlyWhoMaySeeTheTaskReadsOrWritesItsCommentsAndOnlyColleaguesOnTheProjectCanBeMentioned() {
        CityCoopUser officer = users.get("kitakyushu.officer");
        CityCoopUser manager = users.get("kitakyushu.manager");
        Project project = projects.propose(TestProposals.of("Task thread access " + UUID.randomUUID(), "SBY"), officer);
        WorkTask screening = workflow.openTasksOf(project.code(), Actor.of(manager)).get(0);
        comments.commentOnTask(screening.id(), "Checked the costs.", manager);

        // Yokohama guesses the task id: neither reading nor writing, and nothing stored
        for (String outsider : new String[] {"yokohama.officer", "yokohama.manager"}) {
            CityCoopUser yokohama = users.get(outsider);
            assertThatThrownBy(() -> comments.commentsOfTask(screening.id(), yokohama)).isInstanceOf(TaskNotAvailableException.class);
            assertThatThrownBy(() -> comments.commentOnTask(screening.id(), "Hello", yokohama))
                    .isInstanceOf(TaskNotAvailableException.class);
        }
        // the screening is the managers' task: the officer comments on the project page instead
        assertThatThrownBy(() -> comments.commentsOfTask(screening.id(), officer)).isInstanceOf(TaskNotAvailableException.class);

        assertThatThrownBy(() -> comments.commentOnTask(screening.id(), "Ask @yokohama.officer about it", manager))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems()).singleElement()
                        .satisfies(problem -> {
                            assertThat(problem.field()).isEqualTo("comment");
                            assertThat(problem.message()).contains("@yokohama.officer");
                        }));
        assertThat(comments.commentsOfTask(screening.id(), manager)).extracting(ProjectComment::body)
                .containsExactly("Checked the costs.");
        assertThat(comments.commentsOf(project.code(), officer)).hasSize(1);
    }

    @Test
    void aMentionIsUnreadUntilTheColleagueOpensItAndLeadsToTheTaskWhileItIsOpenForThem() {
        CityCoopUser officer = users.get("kitakyushu.officer");
        CityCoopUser manager = users.get("kitakyushu.manager");
        Project project = projects.propose(TestProposals.of("Mentions " + UUID.randomUUID(), "SBY"), officer);
        WorkTask screening = workflow.openTasksOf(project.code(), Actor.of(manager)).get(0);
        long unreadBefore = comments.unreadMentionCount(officer);

        comments.commentOnTask(screening.id(), "@kitakyushu.officer please add the partner's letter.", manager);
        comments.commentOnTask(screening.id(), "Reminder for myself, @kitakyushu.manager: ask finance.", manager);

        assertThat(comments.unreadMentionCount(officer)).isEqualTo(unreadBefore + 1);
        Mention mention = comments.mentionsOf(officer).get(0);
        assertThat(mention).extracting(Mention::projectCode, Mention::taskDefinitionKey, Mention::author, Mention::read)
                .containsExactly(project.code(), ProjectProcess.TASK_SCREEN_PROPOSAL, "kitakyushu.manager", false);
        assertThat(comments.unreadMentionsOf(officer)).extracting(Mention::commentId).contains(mention.commentId());

        // nobody else opens (or marks read) the officer's mention, not even by its id
        assertThatThrownBy(() -> comments.openMention(mention.commentId(), users.get("yokohama.officer")))
                .isInstanceOf(MentionNotAvailableException.class);
        assertThatThrownBy(() -> comments.openMention(mention.commentId(), manager)).isInstanceOf(MentionNotAvailableException.class);
        assertThat(comments.unreadMentionCount(officer)).isEqualTo(unreadBefore + 1);

        Mention opened = comments.openMention(mention.commentId(), officer);
        assertThat(comments.unreadMentionCount(officer)).isEqualTo(unreadBefore);
        assertThat(comments.mentionsOf(officer).get(0)).extracting(Mention::commentId, Mention::read)
                .containsExactly(mention.commentId(), true);
        // the screening is not the officer's task: the mention leads to the project page
        assertThat(comments.openTaskOf(opened, officer)).isEmpty();

        Mention managers = comments.openMention(comments.mentionsOf(manager).get(0).commentId(), manager);
        assertThat(comments.openTaskOf(managers, manager)).map(WorkTask::id).contains(screening.id());
        projects.screen(screening.id(), ScreeningDecision.APPROVE, "", manager);
        assertThat(comments.openTaskOf(managers, manager)).isEmpty();
    }

    @Test
    void aPartnerDownloadsAndUploadsTheDocumentsOfTheirCityOnlyWhateverIdTheyTry() {
        CityCoopUser officer = users.get("kitakyushu.officer");
        CityCoopUser surabaya = users.get("surabaya.partner");
        Project withSurabaya = projects.propose(TestProposals.of("Surabaya documents " + UUID.randomUUID(), "SBY"), officer);
        Project withKualaLumpur = projects.propose(TestProposals.of("Kuala Lumpur documents " + UUID.randomUUID(), "KUL"), officer);
        DocumentRef mou = documents.upload(withSurabaya.code(), "mou.pdf", TestFiles.pdf("MoU Surabaya"), officer);
        DocumentRef other = documents.upload(withKualaLumpur.code(), "action-plan.pdf", TestFiles.pdf("KL plan"), officer);

        assertThat(documents.download(withSurabaya.code(), mou.id(), surabaya).ref().fileName()).isEqualTo("mou.pdf");
        DocumentRef report = documents.upload(withSurabaya.code(), "progress.pdf", TestFiles.pdf("progress"), surabaya);
        assertThat(documents.documentsOf(withSurabaya.code(), officer)).extracting(DocumentRef::id)
                .contains(mou.id(), report.id());

        // another city's document: neither by its own project nor slipped under the partner's project
        assertThatThrownBy(() -> documents.download(withKualaLumpur.code(), other.id(), surabaya))
                .isInstanceOf(ProjectNotAvailableException.class);
        assertThatThrownBy(() -> documents.download(withSurabaya.code(), other.id(), surabaya))
                .isInstanceOf(DocumentNotAvailableException.class);
        assertThatThrownBy(() -> documents.upload(withKualaLumpur.code(), "x.pdf", TestFiles.pdf("x"), surabaya))
                .isInstanceOf(ProjectNotAvailableException.class);
        assertThat(documents.documentsOf(withKualaLumpur.code(), officer)).extracting(DocumentRef::fileName)
                .containsExactly("action-plan.pdf");
    }
}
