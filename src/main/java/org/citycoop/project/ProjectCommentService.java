package org.citycoop.project;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.citycoop.base.AuditTrail;
import org.citycoop.base.InvalidInputException;
import org.citycoop.base.Message;
import org.citycoop.base.Texts;
import org.citycoop.project.internal.CommentRepository;
import org.citycoop.security.CityCoopUser;
import org.citycoop.workflow.Actor;
import org.citycoop.workflow.WorkTask;
import org.citycoop.workflow.WorkflowService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Comments on a project and on its tasks, and the mentions they make. Whoever's organisation takes
 * part in a project reads and writes its comments; a task's thread is for whoever may see the task
 * (the engine decides, through {@link WorkflowService#requireTask}). A comment may mention colleagues
 * as {@code @username}; only users of an organisation taking part can be mentioned, and each sees
 * the comments that mention them, unread until opened.
 */
@Service
public class ProjectCommentService {

    /** A mention: @ and a username (the same characters app_user allows), not inside an e-mail address. */
    public static final Pattern MENTION = Pattern.compile("(?<![\\w.])@([a-z0-9._-]{3,64})(?<![.])");
    private static final String FIELD = "comment";
    private static final int MENTIONS_SHOWN = 200;

    private final ProjectService projects;
    private final WorkflowService workflow;
    private final CommentRepository comments;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    ProjectCommentService(ProjectService projects, WorkflowService workflow, CommentRepository comments, AuditTrail audit,
                          ApplicationEventPublisher events) {
        this.events = events;
        this.projects = projects;
        this.workflow = workflow;
        this.comments = comments;
        this.audit = audit;
    }

    /** All comments of the project, those on its tasks included, newest first. */
    @Transactional(readOnly = true)
    public List<ProjectComment> commentsOf(String code, CityCoopUser user) {
        return comments.ofProject(projects.require(code, user).id());
    }

    /** Adds a comment on the project; the field in errors is {@code comment}. Returns the usernames it mentions. */
    @Transactional
    public Set<String> comment(String code, String text, CityCoopUser user) {
        Project project = projects.require(code, user);
        Set<String> mentioned = add(project, null, text, user);
        audit.record(project.id(), user.getUsername(), "COMMENT_ADDED", mentioned.isEmpty() ? null
                : Message.of("audit-detail.comment.mentions", String.join(", ", mentioned)));
        return mentioned;
    }

    /**
     * Whether the task has a comment thread for the user: the task is open and theirs to see, and its
     * project is one their organisation takes part in. A funding agency's reviewer sees the agency's
     * tasks but not the applicant's project page, where every task comment is shown: their tasks have
     * no thread, so that nothing the agency says internally reaches the applicant.
     */
    @Transactional(readOnly = true)
    public boolean hasThread(String taskId, CityCoopUser user) {
        return workflow.findTask(taskId, Actor.of(user))
                .filter(task -> task.businessKey() != null && projects.find(task.businessKey(), user).isPresent())
                .isPresent();
    }

    /** The comments on an open task the user may see, newest first; {@code TaskNotAvailableException} otherwise. */
    @Transactional(readOnly = true)
    public List<ProjectComment> commentsOfTask(String taskId, CityCoopUser user) {
        WorkTask task = workflow.requireTask(taskId, Actor.of(user));
        return comments.ofTask(projects.require(task.businessKey(), user).id(), task.id());
    }

    /**
     * Adds a comment on an open task the user may see; it belongs to the task's project and keeps the
     * task's name. The field in errors is {@code comment}. Returns the usernames it mentions.
     */
    @Transactional
    public Set<String> commentOnTask(String taskId, String text, CityCoopUser user) {
        WorkTask task = workflow.requireTask(taskId, Actor.of(user));
        Project project = projects.require(task.businessKey(), user);
        Set<String> mentioned = add(project, task, text, user);
        // the task's key, not its English name: the timeline names it in the reader's language (TaskNames)
        audit.record(project.id(), user.getUsername(), "TASK_COMMENT_ADDED", mentioned.isEmpty()
                ? Message.of("problem.of", task.taskDefinitionKey())
                : Message.of("audit-detail.task-comment.mentions", task.taskDefinitionKey(), String.join(", ", mentioned)));
        return mentioned;
    }

    private Set<String> add(Project project, WorkTask task, String text, CityCoopUser user) {
        String body = Texts.required(text, FIELD, Message.of("problem.label.comment"), 4000);
        Set<String> mentioned = mentionsIn(body);
        Set<String> colleagues = comments.colleaguesOnProject(project.id(), mentioned);
        List<String> strangers = mentioned.stream().filter(username -> !colleagues.contains(username)).toList();
        if (!strangers.isEmpty()) {
            throw InvalidInputException.of(FIELD, "projectpage.comment.problem.strangers",
                    String.join(", ", strangers.stream().map(name -> "@" + name).toList()));
        }
        long commentId = comments.insert(project.id(), task, user.getUsername(), body, mentioned);
        if (!mentioned.isEmpty()) {
            events.publishEvent(new ColleaguesMentioned(commentId, project.code(), project.title(), user.getUsername(), mentioned));
        }
        return mentioned;
    }

    /** The comments that mention the user, newest first (the latest 200), read or not. */
    @Transactional(readOnly = true)
    public List<Mention> mentionsOf(CityCoopUser user) {
        return comments.mentionsOf(user.getUsername(), false, MENTIONS_SHOWN);
    }

    /** The comments mentioning the user that they have not opened yet, newest first (for reminders and a bell). */
    @Transactional(readOnly = true)
    public List<Mention> unreadMentionsOf(CityCoopUser user) {
        return comments.mentionsOf(user.getUsername(), true, MENTIONS_SHOWN);
    }

    @Transactional(readOnly = true)
    public long unreadMentionCount(CityCoopUser user) {
        return comments.unreadCount(user.getUsername());
    }

    /**
     * The user opens a comment that mentions them: it is read from now on. Another user's mention, or
     * a comment that does not mention the user, is {@link MentionNotAvailableException}.
     */
    @Transactional
    public Mention openMention(long commentId, CityCoopUser user) {
        Mention mention = comments.mentionOf(user.getUsername(), commentId)
                .orElseThrow(() -> new MentionNotAvailableException(commentId));
        comments.markRead(user.getUsername(), commentId);
        return mention;
    }

    /** The open task of a mention, when it was made on a task that is still open and the user may see; else empty. */
    @Transactional(readOnly = true)
    public Optional<WorkTask> openTaskOf(Mention mention, CityCoopUser user) {
        return mention.taskId() == null ? Optional.empty() : workflow.findTask(mention.taskId(), Actor.of(user));
    }

    static Set<String> mentionsIn(String body) {
        Set<String> found = new LinkedHashSet<>();
        Matcher matcher = MENTION.matcher(body);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }
}
