package org.citycoop.workflow;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.citycoop.name.Name;
import org.citycoop.base.InvalidInputException;
import org.citycoop.base.Message;
import org.citycoop.base.InvalidInputException.FieldProblem;
import org.citycoop.base.SecurityLog;
import org.citycoop.security.CityCoopUser;
import org.citycoop.security.Roles;
import org.citycoop.security.UserAccountService;
import org.citycoop.workflow.internal.AbsenceStore;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Absences and their substitutes (DD027). A user records their own absence; a manager records it
 * for a colleague of the organisation. The substitute is another active user of the same
 * organisation who holds every task role of the absent user (every role but {@code admin}, which
 * has no tasks). While the absence runs (Japan's date), the tasks assigned to the absent user show
 * in the substitute's inbox and the substitute may act on them ({@link WorkflowService}).
 */
@Service
public class AbsenceService {

    /** The absences a user is shown: enough for the current, coming and recent ones. */
    static final int SHOWN = 100;

    private final AbsenceStore absences;
    private final UserAccountService accounts;
    private final SecurityLog securityLog;
    private final Clock clock;

    AbsenceService(AbsenceStore absences, UserAccountService accounts, SecurityLog securityLog, Clock clock) {
        this.absences = absences;
        this.accounts = accounts;
        this.securityLog = securityLog;
        this.clock = clock;
    }

    /** The user's own absences, those in which they stand in, and, for a manager, the organisation's; newest first. */
    @Transactional(readOnly = true)
    public List<Absence> absencesConcerning(CityCoopUser user) {
        List<String> colleagues = user.hasRole(Roles.MANAGER) ? accounts.usernamesOf(user.organisationCode()) : List.of();
        return absences.concerning(user.getUsername(), colleagues, SHOWN);
    }

    /** Whom the user may mark absent, username to name: themselves, and a manager every colleague of the organisation. */
    @Transactional(readOnly = true)
    public Map<String, Name> whoMayBeMarkedAbsent(CityCoopUser user) {
        List<String> usernames = user.hasRole(Roles.MANAGER) ? accounts.usernamesOf(user.organisationCode())
                : List.of(user.getUsername());
        return byName(usernames);
    }

    /** The colleagues who may stand in for {@code username}, username to name; none if the user may not mark that absence. */
    @Transactional(readOnly = true)
    public Map<String, Name> possibleSubstitutes(String username, CityCoopUser user) {
        if (username == null || !mayMarkAbsent(username, user)) {
            return Map.of();
        }
        Set<String> needed = taskRoles(accounts.rolesInOrganisation(username, user.organisationCode()));
        return byName(accounts.usernamesOf(user.organisationCode()).stream()
                .filter(colleague -> !colleague.equals(username))
                .filter(colleague -> accounts.rolesInOrganisation(colleague, user.organisationCode()).containsAll(needed))
                .toList());
    }

    /**
     * Records an absence, or refuses it naming each field and what to do: the absent user (oneself, or for a
     * manager a colleague of the organisation), the days (to on or after from, not over yet, not overlapping
     * another absence of the user) and the substitute (another active colleague holding the absent user's
     * task roles, not away themselves on one of the days). A non-manager naming someone else is denied.
     */
    @Transactional
    public Absence record(NewAbsence absence, CityCoopUser user) {
        String username = absence.username() == null || absence.username().isBlank() ? null : absence.username().strip();
        if (username != null && !username.equals(user.getUsername()) && !user.hasRole(Roles.MANAGER)) {
            throw new AccessDeniedException("Only a manager records the absence of a colleague");
        }
        List<FieldProblem> problems = new ArrayList<>();
        Set<String> absentRoles = Set.of();
        if (username == null) {
            problems.add(FieldProblem.of("username", "absence.problem.absent.missing"));
        } else {
            absentRoles = accounts.rolesInOrganisation(username, user.organisationCode());
            if (absentRoles.isEmpty()) {
                problems.add(FieldProblem.of("username", "absence.problem.absent.unknown"));
            }
        }
        LocalDate today = LocalDate.now(clock);
        if (absence.firstDay() == null) {
            problems.add(FieldProblem.of("firstDay", "absence.problem.first-day.missing"));
        }
        if (absence.lastDay() == null) {
            problems.add(FieldProblem.of("lastDay", "absence.problem.last-day.missing"));
        } else if (absence.firstDay() != null && absence.lastDay().isBefore(absence.firstDay())) {
            problems.add(FieldProblem.of("lastDay", "absence.problem.last-day.before-first"));
        } else if (absence.lastDay().isBefore(today)) {
            problems.add(FieldProblem.of("lastDay", "absence.problem.last-day.past"));
        }
        String substitute = absence.substitute() == null || absence.substitute().isBlank() ? null : absence.substitute().strip();
        if (substitute == null) {
            problems.add(FieldProblem.of("substitute", "absence.problem.substitute.missing"));
        } else if (substitute.equals(username)) {
            problems.add(FieldProblem.of("substitute", "absence.problem.substitute.self"));
        } else if (!absentRoles.isEmpty()) {
            Set<String> substituteRoles = accounts.rolesInOrganisation(substitute, user.organisationCode());
            TreeSet<String> missing = new TreeSet<>(taskRoles(absentRoles));
            missing.removeAll(substituteRoles);
            if (substituteRoles.isEmpty()) {
                problems.add(FieldProblem.of("substitute", "absence.problem.substitute.unknown"));
            } else if (!missing.isEmpty()) {
                problems.add(FieldProblem.of("substitute", "absence.problem.substitute.role",
                        Message.of("inbox.role." + missing.first())));
            }
        }
        if (problems.isEmpty()) {
            absences.lockUser(username);
            absences.overlapping(username, absence.firstDay(), absence.lastDay()).ifPresent(other -> problems.add(
                    FieldProblem.of("firstDay", "absence.problem.first-day.overlap", other.name(),
                            other.firstDay(), other.lastDay())));
            absences.overlapping(substitute, absence.firstDay(), absence.lastDay()).ifPresent(away -> problems.add(
                    FieldProblem.of("substitute", "absence.problem.substitute.away", away.name(),
                            away.firstDay(), away.lastDay())));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        long id = absences.insert(username, absence.firstDay(), absence.lastDay(), substitute, user.getUsername());
        securityLog.record(user.getUsername(), "ABSENCE_RECORDED", username + " away " + absence.firstDay() + " to "
                + absence.lastDay() + ", substitute " + substitute + " (absence " + id + ")");
        return absences.find(id).orElseThrow();
    }

    /**
     * Ends an absence early: one still to come, or begun today, is deleted; a running one ends yesterday.
     * The absent user, whoever recorded it and the organisation's managers may; an absence that is over is kept as it was.
     */
    @Transactional
    public void end(long absenceId, CityCoopUser user) {
        Absence absence = absences.find(absenceId).filter(found -> mayChange(found, user))
                .orElseThrow(() -> new AbsenceNotAvailableException(absenceId));
        LocalDate today = LocalDate.now(clock);
        if (absence.isOver(today)) {
            throw InvalidInputException.of("absence", "absence.problem.over");
        }
        if (absence.firstDay().isBefore(today)) {
            absences.endAfter(absenceId, today.minusDays(1));
        } else {
            absences.delete(absenceId);
        }
        securityLog.record(user.getUsername(), "ABSENCE_ENDED", absence.username() + " back on " + today + " (absence "
                + absenceId + ")");
    }

    /** Who stands in today for {@code username}, if the user is away: they are told of the user's new tasks too. */
    @Transactional(readOnly = true)
    public Optional<String> substituteToday(String username) {
        return absences.substituteOn(username, LocalDate.now(clock));
    }

    /** Whether the user may change the absence: their own, one they recorded, or one of their organisation as its manager. */
    public boolean mayChange(Absence absence, CityCoopUser user) {
        return absence.username().equals(user.getUsername()) || absence.recordedBy().equals(user.getUsername())
                || user.hasRole(Roles.MANAGER) && !accounts.rolesInOrganisation(absence.username(), user.organisationCode()).isEmpty();
    }

    private boolean mayMarkAbsent(String username, CityCoopUser user) {
        return username.equals(user.getUsername())
                || user.hasRole(Roles.MANAGER) && !accounts.rolesInOrganisation(username, user.organisationCode()).isEmpty();
    }

    /** The roles that tasks are offered to: every role but the administrator's, which no model names. */
    private static Set<String> taskRoles(Set<String> roles) {
        return roles.stream().filter(role -> !Roles.ADMIN.equals(role)).collect(Collectors.toSet());
    }

    /** Both forms of each name (DD029), in the order of the default form. */
    private Map<String, Name> byName(List<String> usernames) {
        Map<String, Name> names = accounts.displayNames(usernames);
        Map<String, Name> ordered = new LinkedHashMap<>();
        usernames.stream().sorted((a, b) -> names.get(a).toString().compareToIgnoreCase(names.get(b).toString()))
                .forEach(username -> ordered.put(username, names.get(username)));
        return ordered;
    }
}
