package org.citycoop.peerlearning;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.citycoop.base.AuditTrail;
import org.citycoop.base.InvalidInputException;
import org.citycoop.base.InvalidInputException.FieldProblem;
import org.citycoop.document.DocumentRef;
import org.citycoop.document.DocumentService;
import org.citycoop.document.StoredDocument;
import org.citycoop.peerlearning.internal.FiguresRepository;
import org.citycoop.peerlearning.internal.FiguresRepository.ProjectFigures;
import org.citycoop.peerlearning.internal.PracticeRepository;
import org.citycoop.peerlearning.internal.PracticeRepository.PracticeRow;
import org.citycoop.project.Project;
import org.citycoop.project.ProjectService;
import org.citycoop.project.ProjectStatus;
import org.citycoop.security.CityCoopUser;
import org.citycoop.security.Roles;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The good-practice library for peer learning. An officer of the lead organisation of a closed
 * project publishes a practice from it, sharing the documents they choose; every signed-in user reads
 * published practices, their shared documents and the indicators they achieved (DD034).
 */
@Service
public class GoodPracticeService {

    /** The most practices one search returns. */
    public static final int MAX_RESULTS = 200;

    private final PracticeRepository practices;
    private final FiguresRepository figures;
    private final ProjectService projects;
    private final DocumentService documents;
    private final AuditTrail audit;

    GoodPracticeService(PracticeRepository practices, FiguresRepository figures, ProjectService projects, DocumentService documents,
                        AuditTrail audit) {
        this.practices = practices;
        this.figures = figures;
        this.projects = projects;
        this.documents = documents;
        this.audit = audit;
    }

    /** The closed projects the officer's organisation leads that have no practice yet. */
    @Transactional(readOnly = true)
    public List<Project> publishableBy(CityCoopUser officer) {
        if (!officer.hasRole(Roles.OFFICER)) {
            return List.of();
        }
        return projects.visibleTo(officer).stream().filter(project -> mayPublishFrom(project, officer))
                .filter(project -> !practices.publishedFor(project.id())).toList();
    }

    /** The project's documents an officer may share in its practice (latest versions). */
    @Transactional(readOnly = true)
    public List<DocumentRef> documentsToShare(String projectCode, CityCoopUser officer) {
        return documents.latestOf(publishable(projectCode, officer).id());
    }

    /** Publishes a practice from a closed project that the officer's organisation leads. */
    @Transactional
    public GoodPractice publish(PracticeDraft draft, CityCoopUser officer) {
        Project project = publishable(draft.projectCode(), officer);
        List<FieldProblem> problems = new ArrayList<>();
        if (practices.publishedFor(project.id())) {
            problems.add(FieldProblem.of("project", "practice.problem.published"));
        }
        Set<Long> own = documents.latestOf(project.id()).stream().map(DocumentRef::id).collect(Collectors.toSet());
        PracticeChange text = new PracticeChange(draft.title(), draft.summaryEn(), draft.summaryJa(), draft.documentIds());
        problems.addAll(problemsOf(text, own));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String summaryEn = Records.strippedOrNull(draft.summaryEn());
        String summaryJa = Records.strippedOrNull(draft.summaryJa());
        List<Long> shared = distinct(draft.documentIds());
        Optional<Long> withdrawn = practices.unpublishedOf(project.id());
        long id = withdrawn.orElseGet(() -> practices.insert(project.id(), draft.title().strip(), summaryEn, summaryJa,
                officer.getUsername()));
        if (withdrawn.isPresent()) {
            // published again after a withdrawal: the same record, so the audit trail's references still hold
            practices.update(id, draft.title().strip(), summaryEn, summaryJa);
            practices.republish(id, officer.getUsername());
        }
        practices.shareOnly(id, shared);
        audit.record(project.id(), officer.getUsername(), withdrawn.isPresent() ? "GOOD_PRACTICE_REPUBLISHED" : "GOOD_PRACTICE_PUBLISHED",
                draft.title().strip());
        return practice(practices.find(id).orElseThrow());
    }

    /** Whether the user may edit and unpublish the practice (for the screens' links; the methods check again). */
    @Transactional(readOnly = true)
    public boolean mayEdit(long practiceId, CityCoopUser user) {
        return practices.find(practiceId).map(row -> mayEdit(row, user)).orElse(false);
    }

    /** The documents the officer may share in the practice: those it shares now and the latest versions of the project's. */
    @Transactional(readOnly = true)
    public List<DocumentRef> documentsToShare(long practiceId, CityCoopUser officer) {
        PracticeRow row = editable(practiceId, officer);
        List<DocumentRef> choices = new ArrayList<>(practices.sharedDocumentRefs(practiceId));
        documents.latestOf(row.projectId()).stream().filter(latest -> choices.stream().noneMatch(shared -> shared.id() == latest.id()))
                .forEach(choices::add);
        return choices;
    }

    /**
     * Changes a published practice's title, summaries and shared documents, with the checks of publishing;
     * a later version of a project document may now be shared. Only an officer of the project's lead (DD037).
     */
    @Transactional
    public GoodPractice edit(long practiceId, PracticeChange change, CityCoopUser officer) {
        PracticeRow row = editable(practiceId, officer);
        Set<Long> own = documents.latestOf(row.projectId()).stream().map(DocumentRef::id).collect(Collectors.toCollection(HashSet::new));
        own.addAll(practices.sharedDocuments(practiceId));
        List<FieldProblem> problems = problemsOf(change, own);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        practices.update(practiceId, change.title().strip(), Records.strippedOrNull(change.summaryEn()), Records.strippedOrNull(change.summaryJa()));
        practices.shareOnly(practiceId, distinct(change.documentIds()));
        audit.record(row.projectId(), officer.getUsername(), "GOOD_PRACTICE_EDITED", change.title().strip());
        return practice(practices.find(practiceId).orElseThrow());
    }

    /**
     * Takes the practice out of the library, its search and matching; the record stays with who
     * unpublished it and when. Only an officer of the project's lead (DD037).
     */
    @Transactional
    public void unpublish(long practiceId, CityCoopUser officer) {
        PracticeRow row = editable(practiceId, officer);
        practices.unpublish(practiceId, officer.getUsername());
        audit.record(row.projectId(), officer.getUsername(), "GOOD_PRACTICE_UNPUBLISHED", row.title());
    }

    /** Published practices matching the search, newest first; every signed-in user reads them. */
    @Transactional(readOnly = true)
    public List<GoodPractice> search(PracticeSearch search, CityCoopUser reader) {
        Objects.requireNonNull(reader, "a signed-in reader");
        return practices.search(search, MAX_RESULTS).stream().map(this::practice).toList();
    }

    @Transactional(readOnly = true)
    public GoodPractice require(long practiceId, CityCoopUser reader) {
        Objects.requireNonNull(reader, "a signed-in reader");
        return practices.find(practiceId).map(this::practice).orElseThrow(() -> new PracticeNotAvailableException(practiceId));
    }

    /** A document the practice shares; any other document, of its project or not, is not available. */
    @Transactional // not read-only: the download is written to the security log
    public StoredDocument sharedDocument(long practiceId, long documentId, CityCoopUser reader) {
        PracticeRow practice = practices.find(practiceId).orElseThrow(() -> new PracticeNotAvailableException(practiceId));
        if (!practices.sharedDocuments(practiceId).contains(documentId)) {
            throw new PracticeNotAvailableException(practiceId);
        }
        return documents.content(practice.projectId(), documentId, reader.getUsername());
    }

    /**
     * For matching (a request's or an offer's theme, the partner's country, technology keywords): the
     * practices of the same theme, ranked by place — same country, then same region, then elsewhere — and
     * within that by how many keywords their title and summaries contain; at most {@code limit}.
     */
    @Transactional(readOnly = true)
    public List<GoodPractice> relatedTo(String themeCode, String countryIso2, String regionCode, List<String> keywords, int limit,
                                        CityCoopUser reader) {
        Objects.requireNonNull(reader, "a signed-in reader");
        List<String> words = keywords == null ? List.of()
                : keywords.stream().filter(Objects::nonNull).map(word -> word.strip().toLowerCase(Locale.ROOT)).filter(w -> !w.isEmpty()).toList();
        Comparator<PracticeRow> byPlace = Comparator.comparingInt(row -> row.countryIso2().equals(countryIso2) ? 0
                : row.regionCode().equals(regionCode) ? 1 : 2);
        return practices.ofTheme(themeCode).stream()
                .sorted(byPlace.thenComparing(Comparator.comparingLong((PracticeRow row) -> keywordsIn(row, words)).reversed()))
                .limit(Math.max(0, Math.min(limit, MAX_RESULTS)))
                .map(this::practice).toList();
    }

    private static long keywordsIn(PracticeRow row, List<String> words) {
        String text = (row.title() + " " + Objects.toString(row.summaryEn(), "") + " " + Objects.toString(row.summaryJa(), ""))
                .toLowerCase(Locale.ROOT);
        return words.stream().filter(text::contains).count();
    }

    private PracticeRow editable(long practiceId, CityCoopUser officer) {
        PracticeRow row = practices.find(practiceId).orElseThrow(() -> new PracticeNotAvailableException(practiceId));
        if (!mayEdit(row, officer)) {
            throw new AccessDeniedException("Only an officer of the project's lead edits or unpublishes its practice");
        }
        return row;
    }

    private boolean mayEdit(PracticeRow row, CityCoopUser user) {
        return user.hasRole(Roles.OFFICER)
                && projects.find(row.projectCode(), user).filter(project -> project.leadCode().equals(user.organisationCode())).isPresent();
    }

    /** The checks of a practice's text and documents, publishing or editing; {@code own} are the documents it may share. */
    private static List<FieldProblem> problemsOf(PracticeChange change, Set<Long> own) {
        List<FieldProblem> problems = new ArrayList<>();
        if (change.title() == null || change.title().isBlank() || change.title().strip().length() > 200) {
            problems.add(FieldProblem.of("title", "practice.problem.title"));
        }
        String summaryEn = Records.optionalText(change.summaryEn(), 4000, "summaryEn", problems);
        String summaryJa = Records.optionalText(change.summaryJa(), 4000, "summaryJa", problems);
        if (summaryEn == null && summaryJa == null) {
            problems.add(FieldProblem.of("summaryEn", "practice.problem.summary"));
        }
        if (!own.containsAll(distinct(change.documentIds()))) {
            problems.add(FieldProblem.of("documents", "practice.problem.document"));
        }
        return problems;
    }

    private static List<Long> distinct(List<Long> documentIds) {
        return documentIds == null ? List.of() : documentIds.stream().distinct().toList();
    }

    private Project publishable(String projectCode, CityCoopUser officer) {
        Project project = projects.require(projectCode, officer);
        if (!mayPublishFrom(project, officer)) {
            throw new AccessDeniedException("Only an officer of the lead organisation publishes a practice, from a closed project");
        }
        return project;
    }

    private static boolean mayPublishFrom(Project project, CityCoopUser officer) {
        return officer.hasRole(Roles.OFFICER) && project.leadCode().equals(officer.organisationCode())
                && project.status() == ProjectStatus.CLOSED;
    }

    private GoodPractice practice(PracticeRow row) {
        List<DocumentRef> sharedDocuments = practices.sharedDocumentRefs(row.id());
        List<IndicatorFigures> achieved = figures.ofProjects(List.of(row.projectId())).stream().map(ProjectFigures::figures).toList();
        return new GoodPractice(row.id(), row.projectCode(), row.title(), row.summaryEn(), row.summaryJa(), row.themeCode(),
                row.themeName(), row.city(), row.country(), row.countryIso2(), row.regionCode(), row.lead(), sharedDocuments, achieved,
                row.publishedBy(), row.publishedAt());
    }
}
