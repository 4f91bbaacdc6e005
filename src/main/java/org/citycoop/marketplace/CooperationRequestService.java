package org.citycoop.marketplace;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.citycoop.base.AuditTrail;
import org.citycoop.base.InvalidInputException;
import org.citycoop.marketplace.internal.FrameworkRepository;
import org.citycoop.marketplace.internal.RequestRepository;
import org.citycoop.organisation.Organisation;
import org.citycoop.organisation.OrganisationKind;
import org.citycoop.organisation.OrganisationService;
import org.citycoop.project.Project;
import org.citycoop.project.ProjectProposal;
import org.citycoop.project.ProjectService;
import org.citycoop.security.CityCoopUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cooperation requests: submitted by partner cities and NGOs of partner countries, seen, answered
 * and discussed by the Japanese side, turned into a project proposal by a municipality or
 * cooperative (DD033). A requester sees only its own organisation's requests; every method checks
 * on the server, and a refused step changes nothing.
 */
@Service
public class CooperationRequestService {

    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");
    private static final int LONG_TEXT = 4000;

    private final RequestRepository requests;
    private final FrameworkRepository frameworks;
    private final MarketplaceAccess access;
    private final OrganisationService organisations;
    private final ProjectService projects;
    private final MatchingService matches;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    CooperationRequestService(RequestRepository requests, FrameworkRepository frameworks, MarketplaceAccess access, OrganisationService organisations,
                              ProjectService projects, MatchingService matches, AuditTrail audit, ApplicationEventPublisher events) {
        this.requests = requests;
        this.frameworks = frameworks;
        this.access = access;
        this.organisations = organisations;
        this.projects = projects;
        this.matches = matches;
        this.audit = audit;
        this.events = events;
    }

    /** A requester submits a request; the officers of organisations whose offers match it well are told. */
    @Transactional
    public CooperationRequest submit(RequestDraft draft, CityCoopUser requester) {
        if (!access.isRequester(requester)) {
            throw new AccessDeniedException("Only partner cities and NGOs of partner countries submit requests");
        }
        RequestDraft checked = check(draft);
        long id = requests.insert(requester.organisationCode(), checked, requester.getUsername());
        CooperationRequest request = requests.find(id).orElseThrow();
        matches.tellOfferors(request);
        return request;
    }

    /** Whether the user submits requests (a partner city's or a partner country's NGO's coordinator). */
    public boolean maySubmit(CityCoopUser user) {
        return access.isRequester(user);
    }

    /** Whether the user answers requests: an officer of a municipality, cooperative or company. */
    public boolean mayAnswer(CityCoopUser user) {
        return access.isOfferingOfficer(user);
    }

    /** Whether the user turns requests into proposals: an officer of a municipality or cooperative. */
    public boolean mayPropose(CityCoopUser user) {
        return access.canPropose(user);
    }

    @Transactional(readOnly = true)
    public Optional<CooperationRequest> find(long requestId, CityCoopUser user) {
        return requests.find(requestId).filter(request -> access.maySee(request, user));
    }

    /**
     * The requests a user may see, newest first, narrowed by theme and country when given: a
     * requester its own organisation's; the Japanese side and administrators every request not withdrawn.
     */
    @Transactional(readOnly = true)
    public List<CooperationRequest> search(String themeCode, String countryIso2, CityCoopUser user) {
        if (access.isRequester(user)) {
            return requests.search(user.organisationCode(), List.of(RequestStatus.values()), themeCode, countryIso2);
        }
        if (access.isJapaneseSide(user) || access.isAdmin(user)) {
            return requests.search(null, List.of(RequestStatus.OPEN, RequestStatus.ANSWERED, RequestStatus.IN_PROJECT),
                    themeCode, countryIso2);
        }
        return List.of();
    }

    /** "We can help": an officer of a municipality, cooperative or company answers an open request; the requester is told. */
    @Transactional
    public void answer(long requestId, String message, CityCoopUser officer) {
        CooperationRequest request = require(requestId, officer);
        if (!access.isOfferingOfficer(officer)) {
            throw new AccessDeniedException("Only officers of municipalities, cooperatives and companies answer requests");
        }
        DraftChecks checks = new DraftChecks();
        checks.text("answer", message, 2000);
        if (!request.status().isOpen()) {
            checks.problem("answer", "marketplace.problem.request.not-open");
        }
        checks.refuseIfAny();
        if (!requests.insertAnswer(requestId, officer.organisationCode(), officer.getUsername(), message.strip())) {
            throw InvalidInputException.of("answer", "marketplace.problem.answer.twice");
        }
        requests.updateStatus(requestId, RequestStatus.ANSWERED);
        events.publishEvent(new RequestAnswered(requestId, request.title(), request.submittedBy()));
    }

    @Transactional(readOnly = true)
    public List<RequestAnswer> answersOf(long requestId, CityCoopUser user) {
        require(requestId, user);
        return requests.answers(requestId);
    }

    /** The requester and the Japanese side discuss a request that is not withdrawn. */
    @Transactional
    public void comment(long requestId, String body, CityCoopUser user) {
        CooperationRequest request = require(requestId, user);
        DraftChecks checks = new DraftChecks();
        checks.text("comment", body, LONG_TEXT);
        if (request.status() == RequestStatus.CLOSED) {
            checks.problem("comment", "marketplace.problem.request.not-open");
        }
        checks.refuseIfAny();
        requests.insertComment(requestId, user.getUsername(), body.strip());
    }

    @Transactional(readOnly = true)
    public List<RequestComment> commentsOf(long requestId, CityCoopUser user) {
        require(requestId, user);
        return requests.comments(requestId);
    }

    /** The requester withdraws a request that has not become a project. */
    @Transactional
    public void withdraw(long requestId, CityCoopUser requester) {
        CooperationRequest request = require(requestId, requester);
        if (!request.requesterCode().equals(requester.organisationCode())) {
            throw new AccessDeniedException("Only the requester withdraws a request");
        }
        if (!request.status().isOpen()) {
            throw InvalidInputException.of("status", "marketplace.problem.request.not-open");
        }
        requests.updateStatus(requestId, RequestStatus.CLOSED);
    }

    /**
     * An officer of a municipality or cooperative proposes the request as a project: title, partner
     * city, theme and dates from the request, the kind and budget from the officer. The project's
     * process starts through {@link ProjectService#propose}; the request links to it and is IN_PROJECT.
     */
    @Transactional
    public Project propose(long requestId, ProposalTerms terms, CityCoopUser officer) {
        CooperationRequest request = require(requestId, officer);
        if (!access.canPropose(officer)) {
            throw new AccessDeniedException("Only officers of municipalities and cooperatives propose projects");
        }
        DraftChecks checks = new DraftChecks();
        if (!request.status().isOpen()) {
            checks.problem("status", "marketplace.problem.request.not-open");
        }
        if (request.cityCode() == null) {
            checks.problem("city", "marketplace.problem.request.unregistered-city");
        }
        checks.refuseIfAny();
        ProjectProposal proposal = new ProjectProposal();
        proposal.setTitle(request.title());
        proposal.setPartnerCode(request.cityCode());
        proposal.setThemeCode(request.themeCode());
        proposal.setCooperationTypeCode(terms == null ? null : terms.cooperationTypeCode());
        proposal.setBudgetJpy(terms == null ? null : terms.budgetJpy());
        proposal.setPlannedStart(request.timingFrom().atDay(1));
        proposal.setPlannedEnd(request.timingTo().atEndOfMonth());
        Project project = projects.propose(proposal, officer);
        requests.linkProject(requestId, project.id());
        audit.record(project.id(), officer.getUsername(), "PROJECT_FROM_REQUEST",
                "#" + requestId + " " + request.requesterName() + ": " + request.problem());
        return project;
    }

    /** The request, when the user may see it; refused as not available otherwise. */
    CooperationRequest require(long requestId, CityCoopUser user) {
        return find(requestId, user).orElseThrow(() -> new RequestNotAvailableException("Request " + requestId));
    }

    /** Every problem of the draft at once; the city's country when a registered city is named. */
    private RequestDraft check(RequestDraft draft) {
        DraftChecks checks = new DraftChecks();
        checks.text("title", draft.title(), 200);
        checks.text("problem", draft.problem(), LONG_TEXT);
        checks.text("expectedOutcomes", draft.expectedOutcomes(), LONG_TEXT);
        checks.required("themeCode", draft.themeCode());
        if (draft.themeCode() != null && projects.themes().stream().noneMatch(theme -> theme.code().equals(draft.themeCode()))) {
            checks.problem("themeCode", "marketplace.problem.theme");
        }
        String country = draft.countryIso2();
        if (draft.cityCode() != null && !draft.cityCode().isBlank()) {
            Optional<Organisation> city = organisations.findByCode(draft.cityCode())
                    .filter(organisation -> organisation.kind() == OrganisationKind.PARTNER_CITY);
            if (city.isEmpty()) {
                checks.problem("city", "marketplace.problem.city");
            } else {
                country = city.get().countryIso2();
            }
        } else {
            checks.text("city", draft.cityName(), 200);
        }
        if (country == null || country.isBlank()) {
            checks.required("countryIso2", null);
        } else if ("JP".equals(country) || !frameworks.countryExists(country)) {
            checks.problem("countryIso2", "marketplace.problem.country");
        }
        if (draft.preferredForms().isEmpty()) {
            checks.problem("preferredForms", "marketplace.problem.forms");
        }
        checks.required("timingFrom", draft.timingFrom());
        checks.required("timingTo", draft.timingTo());
        if (draft.timingFrom() != null && draft.timingTo() != null && draft.timingTo().isBefore(draft.timingFrom())) {
            checks.problem("timingTo", "marketplace.problem.timing");
        }
        if (draft.languages().isEmpty() || draft.languages().stream().anyMatch(language -> !LANGUAGE.matcher(language).matches())) {
            checks.problem("languages", "marketplace.problem.languages");
        }
        checks.refuseIfAny();
        return new RequestDraft(draft.title(), draft.problem(), draft.themeCode(), draft.cityCode(), draft.cityName(), country,
                draft.expectedOutcomes(), draft.preferredForms(), draft.timingFrom(), draft.timingTo(), draft.languages());
    }
}
