package org.citycoop.project;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.citycoop.base.AuditTrail;
import org.citycoop.base.InvalidInputException;
import org.citycoop.base.Texts;
import org.citycoop.project.internal.CommentRepository;
import org.citycoop.security.CityCoopUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Comments on a project, for whoever's organisation takes part in it. A comment may mention
 * colleagues as {@code @username}; only users of an organisation taking part can be mentioned.
 */
@Service
public class ProjectCommentService {

    /** A mention: @ and a username (the same characters app_user allows), not inside an e-mail address. */
    public static final Pattern MENTION = Pattern.compile("(?<![\\w.])@([a-z0-9._-]{3,64})(?<![.])");
    private static final String FIELD = "comment";

    private final ProjectService projects;
    private final CommentRepository comments;
    private final AuditTrail audit;

    ProjectCommentService(ProjectService projects, CommentRepository comments, AuditTrail audit) {
        this.projects = projects;
        this.comments = comments;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<ProjectComment> commentsOf(String code, CityCoopUser user) {
        return comments.ofProject(projects.require(code, user).id());
    }

    /** Adds a comment; the field in errors is {@code comment}. Returns the usernames it mentions. */
    @Transactional
    public Set<String> comment(String code, String text, CityCoopUser user) {
        Project project = projects.require(code, user);
        String body = Texts.required(text, FIELD, "Comment", 4000);
        Set<String> mentioned = mentionsIn(body);
        Set<String> colleagues = comments.colleaguesOnProject(project.id(), mentioned);
        List<String> strangers = mentioned.stream().filter(username -> !colleagues.contains(username)).toList();
        if (!strangers.isEmpty()) {
            throw InvalidInputException.of(FIELD, "Comment: " + String.join(", ", strangers.stream().map(name -> "@" + name).toList())
                    + " is not a colleague of an organisation taking part in this project; check the username.");
        }
        comments.insert(project.id(), user.getUsername(), body, mentioned);
        audit.record(project.id(), user.getUsername(), "COMMENT_ADDED", mentioned.isEmpty() ? null
                : "Mentions " + String.join(", ", mentioned));
        return mentioned;
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
