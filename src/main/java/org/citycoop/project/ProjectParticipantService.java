package org.citycoop.project;

import java.util.List;
import org.citycoop.base.Message;
import org.citycoop.base.AuditTrail;
import org.citycoop.base.InvalidInputException;
import org.citycoop.organisation.Organisation;
import org.citycoop.organisation.OrganisationKind;
import org.citycoop.organisation.OrganisationService;
import org.citycoop.project.internal.ParticipantRepository;
import org.citycoop.security.CityCoopUser;
import org.citycoop.security.Roles;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Organisations invited into a project beside its lead and partner city (a company supplying the
 * technology, an association organising training; DD033). An invited organisation then sees the
 * project, its page and its place in lists; the records of the building blocks (feasibility,
 * funding, training, dispatch) stay with the lead, the partner and the agency.
 */
@Service
public class ProjectParticipantService {

    private final ProjectService projects;
    private final ParticipantRepository participants;
    private final OrganisationService organisations;
    private final AuditTrail audit;

    ProjectParticipantService(ProjectService projects, ParticipantRepository participants, OrganisationService organisations,
                              AuditTrail audit) {
        this.projects = projects;
        this.participants = participants;
        this.organisations = organisations;
        this.audit = audit;
    }

    /** An officer of the lead organisation invites an organisation with a role. */
    @Transactional
    public void invite(String projectCode, String organisationCode, ParticipantRole role, CityCoopUser officer) {
        Project project = projects.require(projectCode, officer);
        if (!officer.hasRole(Roles.OFFICER) || !project.leadCode().equals(officer.organisationCode())) {
            throw new AccessDeniedException("Only the lead organisation's officers invite organisations");
        }
        Organisation invited = organisations.findByCode(organisationCode)
                .filter(organisation -> organisation.kind() != OrganisationKind.FUNDING_AGENCY)
                .filter(organisation -> !organisation.code().equals(project.leadCode()) && !organisation.code().equals(project.partnerCode()))
                .orElseThrow(() -> InvalidInputException.of("organisation", "project.problem.participant.organisation"));
        if (role == null) {
            throw InvalidInputException.of("role", "project.problem.participant.role");
        }
        if (!participants.insert(project.id(), invited.code(), role, officer.getUsername())) {
            throw InvalidInputException.of("organisation", "project.problem.participant.twice");
        }
        audit.record(project.id(), officer.getUsername(), "PARTICIPANT_INVITED",
                Message.of("audit-detail.participant.invited", invited.name(), Message.of("project.participant-role." + role.name())));
    }

    @Transactional(readOnly = true)
    public List<ProjectParticipant> participantsOf(String projectCode, CityCoopUser user) {
        return participants.of(projects.require(projectCode, user).id());
    }
}
