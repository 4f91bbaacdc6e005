package org.citycoop.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.citycoop.base.InvalidInputException;
import org.citycoop.dashboard.internal.ProcessStepQueries;
import org.citycoop.dashboard.internal.ProcessStepQueries.StepFigures;
import org.citycoop.dashboard.internal.ReportQueries;
import org.citycoop.dashboard.internal.CycleTimeCounts;
import org.citycoop.dashboard.internal.CycleTimeCounts.DurationCount;
import org.citycoop.dashboard.internal.DurationDistribution;
import org.citycoop.dashboard.internal.ReportQueries.RegionYearCount;
import org.citycoop.dashboard.internal.ReportScope;
import org.citycoop.project.ProjectProcess;
import org.citycoop.security.CityCoopUser;
import org.citycoop.security.Roles;
import org.citycoop.workflow.Phase;
import org.citycoop.workflow.ProcessModel;
import org.citycoop.workflow.WorkflowService;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The figures of the manager dashboards and the report endpoints. A manager counts the projects of
 * their own organisation (as lead, or as a member of the lead cooperative), an administrator every
 * project; anyone else is refused. Every figure is for the projects that start in the fiscal years
 * of the range.
 */
@Service
@Transactional(readOnly = true)
public class DashboardService {

    /** The most projects a step's list shows: the longest waiting. */
    public static final int WAITING_LIST_LIMIT = 500;

    private final ReportQueries queries;
    private final CycleTimeCounts cycleTimes;
    private final ProcessStepQueries steps;
    private final WorkflowService workflow;
    private final Clock clock;

    DashboardService(ReportQueries queries, CycleTimeCounts cycleTimes, ProcessStepQueries steps, WorkflowService workflow, Clock clock) {
        this.queries = queries;
        this.cycleTimes = cycleTimes;
        this.steps = steps;
        this.workflow = workflow;
        this.clock = clock;
    }

    /** Whether the user may see dashboards at all (the menu asks; every method checks again). */
    public static boolean mayView(CityCoopUser user) {
        return user.hasRole(Roles.MANAGER) || user.hasRole(Roles.ADMIN);
    }

    /** The range a dashboard opens with: the current fiscal year and the four before it. */
    public JfyRange defaultRange() {
        return JfyRange.lastYears(5, LocalDate.now(clock));
    }

    public RegionsByYear projectsByRegion(JfyRange range, CityCoopUser user) {
        List<String> regions = queries.regionCodes();
        Map<Integer, Map<String, Long>> byYear = new LinkedHashMap<>();
        range.years().forEach(jfy -> byYear.put(jfy, zeros(regions)));
        for (RegionYearCount count : queries.projectsByRegionAndYear(scopeOf(user), range)) {
            byYear.get(count.jfy()).put(count.regionCode(), count.count());
        }
        Map<String, Long> totals = zeros(regions);
        List<RegionsByYear.Row> rows = new ArrayList<>();
        byYear.forEach((jfy, counts) -> {
            counts.forEach((region, count) -> totals.merge(region, count, Long::sum));
            rows.add(new RegionsByYear.Row(jfy, counts, sum(counts)));
        });
        return new RegionsByYear(range.fromJfy(), range.toJfy(), regions, rows, totals, sum(totals));
    }

    public LeadOrganisations projectsByLeadOrganisation(JfyRange range, CityCoopUser user) {
        List<CountByItem> counts = queries.projectsByLeadOrganisation(scopeOf(user), range);
        long total = counts.stream().mapToLong(CountByItem::count).sum();
        return new LeadOrganisations(total, counts.stream()
                .map(lead -> new LeadOrganisations.Row(lead.code(), lead.name(), lead.count(), share(lead.count(), total)))
                .toList());
    }

    public List<CountByItem> projectsByTheme(JfyRange range, CityCoopUser user) {
        return queries.projectsByTheme(scopeOf(user), range);
    }

    public List<CountByItem> traineesByCountry(JfyRange range, CityCoopUser user) {
        return queries.traineesByCountry(scopeOf(user), range);
    }

    public List<CountByItem> dispatchesByCountry(JfyRange range, CityCoopUser user) {
        return queries.dispatchesByCountry(scopeOf(user), range);
    }

    public List<FundingPipelineRow> fundingPipeline(JfyRange range, CityCoopUser user) {
        return queries.fundingPipeline(scopeOf(user), range, LocalDate.now(clock));
    }

    public FollowUpPunctuality followUpPunctuality(JfyRange range, CityCoopUser user) {
        return queries.followUpPunctuality(scopeOf(user), range, LocalDate.now(clock));
    }

    /** Every phase in its order, with zero tasks where none has finished yet (DD022). */
    public List<PhaseCycleTime> cycleTimeByPhase(JfyRange range, CityCoopUser user) {
        Map<String, List<DurationCount>> byPhase = cycleTimes.durations(scopeOf(user), range).stream()
                .collect(Collectors.groupingBy(DurationCount::phase));
        return Arrays.stream(Phase.values()).map(phase -> {
            DurationDistribution durations = new DurationDistribution(byPhase.getOrDefault(phase.name(), List.of()));
            return new PhaseCycleTime(phase, durations.tasks(), oneDecimal(durations.percentileDays(0.5)),
                    oneDecimal(durations.percentileDays(0.9)));
        }).toList();
    }

    /**
     * The main process with, at each of its steps, the number of the user's projects waiting there
     * now and of those with overdue work there (DD015). Not tied to a fiscal year.
     */
    public ProcessSteps projectsAtSteps(CityCoopUser user) {
        ReportScope scope = scopeOf(user);
        ProcessModel model = workflow.latestModel(ProjectProcess.PROCESS_KEY);
        Map<String, StepFigures> figures = new HashMap<>();
        steps.countsAtSteps(scope, ProjectProcess.PROCESS_KEY, stepIds(model), engineNow())
                .forEach(step -> figures.put(step.stepId(), step));
        return new ProcessSteps(model.bpmnXml(), model.steps().stream().map(step -> {
            StepFigures at = figures.getOrDefault(step.id(), new StepFigures(step.id(), 0, 0));
            return new ProcessSteps.Step(step.id(), step.name(), at.waiting(), at.overdue());
        }).toList());
    }

    /**
     * The user's projects waiting at a step of the main process, the longest waiting first (at most
     * {@link #WAITING_LIST_LIMIT}); a step that the latest model does not have is refused.
     */
    public List<WaitingProject> projectsWaitingAt(String stepId, CityCoopUser user) {
        ReportScope scope = scopeOf(user);
        ProcessModel model = workflow.latestModel(ProjectProcess.PROCESS_KEY);
        if (!model.hasStep(stepId)) {
            throw InvalidInputException.of("stepId", "dashboard.problem.step");
        }
        return steps.waitingAt(scope, ProjectProcess.PROCESS_KEY, stepId, engineNow(), WAITING_LIST_LIMIT);
    }

    private static List<String> stepIds(ProcessModel model) {
        return model.steps().stream().map(ProcessModel.Step::id).toList();
    }

    /** Now, as the engine writes its timestamps: local time of the JVM's zone. */
    private LocalDateTime engineNow() {
        return LocalDateTime.ofInstant(clock.instant(), ZoneId.systemDefault());
    }

    private static ReportScope scopeOf(CityCoopUser user) {
        if (user.hasRole(Roles.ADMIN)) {
            return ReportScope.all();
        }
        if (user.hasRole(Roles.MANAGER)) {
            return ReportScope.of(user.organisationCode());
        }
        throw new AccessDeniedException("Reports are for managers and administrators; " + user.getUsername() + " is neither");
    }

    private static Map<String, Long> zeros(List<String> regions) {
        Map<String, Long> counts = new LinkedHashMap<>();
        regions.forEach(region -> counts.put(region, 0L));
        return counts;
    }

    private static long sum(Map<String, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    /** A share rounded to four decimals (0.2 for 12 of 60). */
    private static double share(long part, long total) {
        return total == 0 ? 0 : Math.round(part * 10_000.0 / total) / 10_000.0;
    }

    private static double oneDecimal(double days) {
        return Math.round(days * 10) / 10.0;
    }
}
