package org.citycoop.peerlearning;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.citycoop.base.AuditTrail;
import org.citycoop.base.InvalidInputException;
import org.citycoop.base.InvalidInputException.FieldProblem;
import org.citycoop.indicator.Indicator;
import org.citycoop.indicator.IndicatorService;
import org.citycoop.name.Name;
import org.citycoop.organisation.OrganisationKind;
import org.citycoop.organisation.OrganisationService;
import org.citycoop.peerlearning.internal.FiguresRepository;
import org.citycoop.peerlearning.internal.FiguresRepository.ProjectFigures;
import org.citycoop.peerlearning.internal.ProgrammeRepository;
import org.citycoop.peerlearning.internal.ProgrammeRepository.ParticipatingProject;
import org.citycoop.peerlearning.internal.ProgrammeRepository.ProgrammeRow;
import org.citycoop.peerlearning.internal.ReferenceRepository;
import org.citycoop.project.ProjectService;
import org.citycoop.security.CityCoopUser;
import org.citycoop.security.Roles;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Programmes and their comparison of cities on common indicators. An administrator records
 * programmes; every signed-in user reads what a programme publishes (name, indicators, cities); the
 * figures are for the programme's members and administrators only, and a member sees the project
 * behind another city's figures only where it takes part in it (DD034).
 */
@Service
public class ProgrammeService {

    private final ProgrammeRepository programmes;
    private final FiguresRepository figures;
    private final ReferenceRepository register;
    private final IndicatorService indicators;
    private final OrganisationService organisations;
    private final ProjectService projects;
    private final AuditTrail audit;

    ProgrammeService(ProgrammeRepository programmes, FiguresRepository figures, ReferenceRepository register,
                     IndicatorService indicators, OrganisationService organisations, ProjectService projects, AuditTrail audit) {
        this.programmes = programmes;
        this.figures = figures;
        this.register = register;
        this.indicators = indicators;
        this.organisations = organisations;
        this.projects = projects;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<Programme> all() {
        return programmes.all().stream().map(this::programme).toList();
    }

    @Transactional(readOnly = true)
    public Optional<Programme> find(String programmeCode) {
        return programmes.find(programmeCode).map(this::programme);
    }

    /** Whether the user may see the programme's figures: an administrator, or a member organisation. */
    @Transactional(readOnly = true)
    public boolean maySeeFigures(String programmeCode, CityCoopUser user) {
        return programmes.find(programmeCode).map(row -> maySeeFigures(row, user)).orElse(false);
    }

    /**
     * The participating cities compared on each common indicator, best first by the indicator's
     * direction. Refused to anyone who is neither a member nor an administrator.
     */
    @Transactional(readOnly = true)
    public ProgrammeComparison compare(String programmeCode, CityCoopUser user) {
        ProgrammeRow row = programmes.find(programmeCode).orElseThrow(() -> new ProgrammeNotAvailableException(programmeCode));
        if (!maySeeFigures(row, user)) {
            throw new AccessDeniedException("Only members of programme " + programmeCode + " see its figures");
        }
        Programme programme = programme(row);
        List<ParticipatingProject> participating = programmes.projects(row.id());
        Map<Long, List<IndicatorFigures>> byProject = figures.ofProjects(participating.stream().map(ParticipatingProject::id).toList())
                .stream().collect(Collectors.groupingBy(ProjectFigures::projectId,
                        Collectors.mapping(ProjectFigures::figures, Collectors.toList())));
        Set<String> visible = participating.stream().map(ParticipatingProject::code)
                .filter(code -> projects.find(code, user).isPresent()).collect(Collectors.toSet());
        List<IndicatorComparison> compared = new ArrayList<>();
        for (Indicator indicator : programme.indicators()) {
            List<CityFigures> cities = new ArrayList<>();
            for (ParticipatingProject project : participating) {
                boolean named = visible.contains(project.code());
                byProject.getOrDefault(project.id(), List.of()).stream()
                        .filter(figure -> figure.indicator().code().equals(indicator.code()))
                        .forEach(figure -> cities.add(new CityFigures(project.city().city(), project.city().country(),
                                named ? project.code() : null, named ? project.title() : null, figure)));
            }
            cities.sort(bestFirst());
            compared.add(new IndicatorComparison(indicator, List.copyOf(cities)));
        }
        return new ProgrammeComparison(programme, compared);
    }

    /** Whether the user may create and edit programmes (for the screens' links; the methods check again). */
    public boolean mayRecord(CityCoopUser user) {
        return user.hasRole(Roles.ADMIN);
    }

    /** The funding agencies of the register, to choose a programme's agency from. */
    @Transactional(readOnly = true)
    public List<OrganisationChoice> fundingAgencies() {
        return organisations.ofKind(OrganisationKind.FUNDING_AGENCY).stream()
                .map(agency -> new OrganisationChoice(agency.code(), agency.name())).toList();
    }

    /** The indicators a programme may share as common indicators. */
    @Transactional(readOnly = true)
    public List<Indicator> indicatorChoices() {
        return indicators.all();
    }

    /** A recorded programme as its form shows it, for an administrator to edit. */
    @Transactional(readOnly = true)
    public ProgrammeDraft draft(String programmeCode, CityCoopUser admin) {
        requireAdmin(admin);
        ProgrammeRow row = programmes.find(programmeCode).orElseThrow(() -> new ProgrammeNotAvailableException(programmeCode));
        return new ProgrammeDraft(row.code(), row.name().en(), row.name().ja(), row.description(), programmes.fundingAgencyCode(row.id()),
                programmes.projects(row.id()).stream().map(ParticipatingProject::code).toList(),
                programmes.indicators(row.id()).stream().map(Indicator::code).toList());
    }

    /** Adds a new programme; a code already taken is refused, so that a new programme never replaces another. */
    @Transactional
    public void create(ProgrammeDraft draft, CityCoopUser admin) {
        requireAdmin(admin);
        if (draft.code() != null && programmes.find(draft.code()).isPresent()) {
            throw new InvalidInputException(List.of(FieldProblem.of("code", "programme.problem.code-taken", draft.code())));
        }
        save(draft, admin);
    }

    /**
     * Adds a programme, or replaces the one with its code (its code stays: meetings refer to it). Every
     * field is checked before anything is written, so a refused save changes nothing.
     */
    @Transactional
    public void save(ProgrammeDraft draft, CityCoopUser admin) {
        requireAdmin(admin);
        List<FieldProblem> problems = new ArrayList<>();
        if (draft.code() == null || !draft.code().matches("[A-Z][A-Z0-9_]{1,31}")) {
            problems.add(FieldProblem.of("code", "programme.problem.code"));
        }
        Name name = Records.name(draft.nameEn(), draft.nameJa(), "name", problems);
        String description = Records.optionalText(draft.description(), 2000, "description", problems);
        Long agency = null;
        if (draft.fundingAgencyCode() != null && !draft.fundingAgencyCode().isBlank()) {
            agency = organisations.findByCode(draft.fundingAgencyCode()).filter(o -> o.kind() == OrganisationKind.FUNDING_AGENCY)
                    .map(o -> o.id()).orElse(null);
            if (agency == null) {
                problems.add(FieldProblem.of("fundingAgency", "programme.problem.agency", draft.fundingAgencyCode()));
            }
        }
        List<Long> projectIds = Records.projectIds(draft.projectCodes(), register, problems);
        List<String> indicatorCodes = draft.indicatorCodes() == null ? List.of() : draft.indicatorCodes().stream().distinct().toList();
        if (indicatorCodes.isEmpty()) {
            problems.add(FieldProblem.of("indicators", "programme.problem.no-indicator"));
        }
        indicatorCodes.stream().filter(code -> indicators.find(code).isEmpty())
                .forEach(code -> problems.add(FieldProblem.of("indicators", "programme.problem.indicator", code)));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        programmes.save(draft.code(), name, description, agency, projectIds, indicatorCodes);
        audit.recordReferenceChange(admin.getUsername(), "PROGRAMME_SAVED", draft.code());
    }

    private void requireAdmin(CityCoopUser user) {
        if (!mayRecord(user)) {
            throw new AccessDeniedException("Only an administrator records programmes");
        }
    }

    private boolean maySeeFigures(ProgrammeRow row, CityCoopUser user) {
        return user.hasRole(Roles.ADMIN) || programmes.isMember(row.id(), user.organisationCode());
    }

    private Programme programme(ProgrammeRow row) {
        return new Programme(row.id(), row.code(), row.name(), row.description(), row.fundingAgency(),
                programmes.indicators(row.id()),
                programmes.projects(row.id()).stream().map(ParticipatingProject::city).distinct().toList());
    }

    /** Reported values before unreported ones, the better value first by the indicator's direction. */
    private static Comparator<CityFigures> bestFirst() {
        return (a, b) -> {
            IndicatorFigures x = a.figures();
            IndicatorFigures y = b.figures();
            if (x.latest() == null || y.latest() == null) {
                return Boolean.compare(x.latest() == null, y.latest() == null);
            }
            return x.isBetter(x.latest(), y.latest()) ? -1 : y.isBetter(y.latest(), x.latest()) ? 1 : 0;
        };
    }
}
