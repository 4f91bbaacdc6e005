package org.citycoop.organisation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.citycoop.base.AuditTrail;
import org.citycoop.base.InvalidInputException;
import org.citycoop.base.InvalidInputException.FieldProblem;
import org.citycoop.name.Name;
import org.citycoop.organisation.internal.OrganisationRepository;
import org.citycoop.security.CityCoopUser;
import org.citycoop.security.Roles;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class OrganisationService {

    /**
     * An IATI organisation identifier: the registration agency's prefix (country or {@code XM}/{@code XI},
     * a hyphen, the agency's code) and the number it gave, without the characters IATI forbids in
     * identifiers (white space, {@code / ? # & |}).
     */
    private static final Pattern IATI_ORGANISATION_IDENTIFIER = Pattern.compile("[A-Z]{2}-[A-Z0-9]{2,}-[^\\s/?#&|]+");

    private final OrganisationRepository organisations;
    private final AuditTrail audit;

    OrganisationService(OrganisationRepository organisations, AuditTrail audit) {
        this.organisations = organisations;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public Optional<Organisation> findByCode(String code) {
        return organisations.findByCode(code);
    }

    @Transactional(readOnly = true)
    public List<Organisation> ofKind(OrganisationKind kind) {
        return organisations.findByKind(kind);
    }

    @Transactional(readOnly = true)
    public List<Organisation> membersOf(String cooperativeCode) {
        return organisations.findMembersOf(cooperativeCode);
    }

    /** Every organisation's kind by its code: to check many codes (an import) with one query. */
    @Transactional(readOnly = true)
    public Map<String, OrganisationKind> kindsByCode() {
        return organisations.kindsByCode();
    }

    @Transactional(readOnly = true)
    public boolean isEmpty() {
        return organisations.count() == 0;
    }

    /** The organisation's IATI organisation identifier (e.g. {@code JP-JCN-8000020401005}), when recorded (DD017). */
    @Transactional(readOnly = true)
    public Optional<String> iatiIdentifier(String code) {
        return organisations.findIatiIdentifier(code);
    }

    /** Records the IATI organisation identifier of an organisation as reference data is loaded (demo data). */
    @Transactional
    public void recordIatiIdentifier(String code, String iatiIdentifier) {
        organisations.updateIatiIdentifier(code, iatiIdentifier);
    }

    /** Every organisation of the register with its IATI identifier, for the administrator's list. */
    @Transactional(readOnly = true)
    public List<RegisteredOrganisation> register(CityCoopUser admin) {
        requireAdmin(admin);
        Map<String, String> identifiers = organisations.iatiIdentifiers();
        return organisations.findAll().stream()
                .map(organisation -> new RegisteredOrganisation(organisation, identifiers.get(organisation.code()))).toList();
    }

    /**
     * The administrator sets or clears (blank) an organisation's IATI identifier, which becomes the
     * prefix of the identifiers of the activities it leads in the IATI export (DD017).
     */
    @Transactional
    public void changeIatiIdentifier(String organisationCode, String iatiIdentifier, CityCoopUser admin) {
        requireAdmin(admin);
        Organisation organisation = chosen(organisationCode);
        String identifier = checkedIdentifier(iatiIdentifier, organisation);
        recordIdentifierChange(organisation, identifier, admin);
    }

    /**
     * The administrator corrects an organisation's English and Japanese names (at least one, DD029) and
     * its IATI identifier together; every field is checked before anything changes.
     */
    @Transactional
    public void changeEntry(String organisationCode, String nameEn, String nameJa, String iatiIdentifier, CityCoopUser admin) {
        requireAdmin(admin);
        Organisation organisation = chosen(organisationCode);
        List<FieldProblem> problems = new ArrayList<>(OrganisationNames.check(nameEn, nameJa));
        String identifier = InvalidInputException.collect(problems, () -> checkedIdentifier(iatiIdentifier, organisation));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Name name = new Name(nameEn, nameJa);
        if (!name.equals(organisation.name())) {
            organisations.updateNames(organisation.code(), name);
            audit.recordReferenceChange(admin.getUsername(), "ORGANISATION_NAMES_SET", organisation.code() + ": "
                    + formsOf(organisation.name()) + " -> " + formsOf(name));
        }
        if (!Objects.equals(identifier, organisations.findIatiIdentifier(organisation.code()).orElse(null))) {
            recordIdentifierChange(organisation, identifier, admin);
        }
    }

    private Organisation chosen(String organisationCode) {
        return Optional.ofNullable(organisationCode).flatMap(organisations::findByCode).orElseThrow(() ->
                InvalidInputException.of("organisation", "organisation.problem.choose"));
    }

    /** The identifier as it will be stored (null for none); refused when malformed or another organisation's. */
    private String checkedIdentifier(String iatiIdentifier, Organisation organisation) {
        String identifier = iatiIdentifier == null || iatiIdentifier.isBlank() ? null : iatiIdentifier.strip();
        if (identifier != null && (identifier.length() > 100 || !IATI_ORGANISATION_IDENTIFIER.matcher(identifier).matches())) {
            throw InvalidInputException.of("iatiIdentifier", "organisation.problem.iati.format");
        }
        Optional<String> holder = identifier == null ? Optional.empty() : organisations.findCodeByIatiIdentifier(identifier)
                .filter(code -> !code.equals(organisation.code()));
        if (holder.isPresent()) {
            throw InvalidInputException.of("iatiIdentifier", "organisation.problem.iati.taken", identifier, holder.get());
        }
        return identifier;
    }

    private void recordIdentifierChange(Organisation organisation, String identifier, CityCoopUser admin) {
        String before = organisations.findIatiIdentifier(organisation.code()).orElse("none");
        organisations.updateIatiIdentifier(organisation.code(), identifier);
        audit.recordReferenceChange(admin.getUsername(), "IATI_IDENTIFIER_SET",
                organisation.name() + " (" + organisation.code() + "): " + before + " -> " + (identifier == null ? "none" : identifier));
    }

    /** Both forms for the audit line, so a correction of either shows. */
    private static String formsOf(Name name) {
        return (name.en() == null ? "-" : name.en()) + " / " + (name.ja() == null ? "-" : name.ja());
    }

    private static void requireAdmin(CityCoopUser user) {
        if (!user.hasRole(Roles.ADMIN)) {
            throw new AccessDeniedException("Only an administrator keeps the organisation register");
        }
    }

    /** Registers an organisation as reference data is loaded (demo data, tests); its names checked as the register does. */
    @Transactional
    public Organisation register(NewOrganisation organisation) {
        List<FieldProblem> problems = OrganisationNames.check(organisation.name().en(), organisation.name().ja());
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        organisations.insert(organisation);
        return organisations.findByCode(organisation.code()).orElseThrow();
    }
}
