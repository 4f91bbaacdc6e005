package org.citycoop.organisation;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.citycoop.organisation.internal.OrganisationRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class OrganisationService {

    private final OrganisationRepository organisations;

    OrganisationService(OrganisationRepository organisations) {
        this.organisations = organisations;
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

    /** Records the IATI organisation identifier of an organisation (reference data, set by the administrator or demo data). */
    @Transactional
    public void recordIatiIdentifier(String code, String iatiIdentifier) {
        organisations.updateIatiIdentifier(code, iatiIdentifier);
    }

    @Transactional
    public Organisation register(NewOrganisation organisation) {
        organisations.insert(organisation);
        return organisations.findByCode(organisation.code()).orElseThrow();
    }
}
