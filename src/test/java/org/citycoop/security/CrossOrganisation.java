package org.citycoop.security;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.citycoop.document.DocumentRef;
import org.citycoop.project.Project;

/**
 * Organisation A's records for one access walk ({@link KitakyushuRecords}), and for each role who
 * may open them (Kitakyushu's side of the project) and who may not (the same role in an
 * organisation that does not take part). Closing it ends the work of the project in the engine.
 */
final class CrossOrganisation implements AutoCloseable {

    /** An open task of the project of one form key, for the role its model names. */
    record OwnedTask(String formKey, String taskDefinitionKey, String role, String taskId) {
    }

    /** Who holds each role on Kitakyushu's project with Surabaya, for the JICA application, in Arakawa's consent. */
    private static final Map<String, String> RIGHTFUL = Map.of(
            Roles.OFFICER, "kitakyushu.officer", Roles.MANAGER, "kitakyushu.manager", Roles.HEAD, "kitakyushu.head",
            Roles.PARTNER, "surabaya.partner", Roles.REVIEWER, "jica.reviewer", Roles.MEMBER_DELEGATE, "arakawa.delegate");

    /**
     * The attackers: the same role in an organisation that does not take part — Yokohama (another
     * lead city), Dalian (another partner city), the Ministry of the Environment (an agency not
     * involved), Setagaya (another member of a cooperative).
     */
    private static final Map<String, String> OUTSIDER = Map.of(
            Roles.OFFICER, "yokohama.officer", Roles.MANAGER, "yokohama.manager", Roles.HEAD, "yokohama.head",
            Roles.PARTNER, "dalian.partner", Roles.REVIEWER, "moe.reviewer", Roles.MEMBER_DELEGATE, "setagaya.delegate");

    private final Project project;
    private final String marker;
    private final DocumentRef document;
    private final String comment;
    private final long commentId;
    private final Map<String, OwnedTask> tasksByFormKey;
    private final Runnable close;

    CrossOrganisation(Project project, String marker, DocumentRef document, String comment, long commentId,
                      Map<String, OwnedTask> tasksByFormKey, Runnable close) {
        this.project = project;
        this.marker = marker;
        this.document = document;
        this.comment = comment;
        this.commentId = commentId;
        this.tasksByFormKey = Map.copyOf(tasksByFormKey);
        this.close = close;
    }

    static String rightful(String role) {
        return RIGHTFUL.get(role);
    }

    static String outsider(String role) {
        return OUTSIDER.get(role);
    }

    /** Every attacker, each of another organisation than Kitakyushu's project takes part with. */
    static List<String> outsiders() {
        return OUTSIDER.values().stream().sorted().toList();
    }

    static Collection<String> roles() {
        return OUTSIDER.keySet();
    }

    /** The comment, which mentions the rightful manager. */
    long commentId() {
        return commentId;
    }

    Project project() {
        return project;
    }

    String code() {
        return project.code();
    }

    DocumentRef document() {
        return document;
    }

    Map<String, OwnedTask> tasksByFormKey() {
        return tasksByFormKey;
    }

    /** One of the project's tasks for the role (the first form key in order). */
    OwnedTask taskFor(String role) {
        return tasksByFormKey.values().stream().filter(task -> task.role().equals(role))
                .sorted(Comparator.comparing(OwnedTask::formKey)).findFirst()
                .orElseThrow(() -> new IllegalStateException("No task for the role " + role));
    }

    /** Texts only A's records contain: an answer to an outsider that holds one of them leaks A's data. */
    List<String> secrets() {
        return Stream.of(marker, comment, document.fileName()).toList();
    }

    @Override
    public void close() {
        close.run();
    }
}
