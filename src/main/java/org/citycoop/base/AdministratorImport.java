package org.citycoop.base;

import java.util.Locale;
import java.util.function.IntSupplier;
import org.citycoop.security.CityCoopUser;
import org.citycoop.security.Roles;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The frame every all-or-nothing CSV import of reference data shares: only an administrator
 * imports, and a refused file is kept in the security log as an attempt (the administrator wants
 * to see failed attempts too; the refused file itself leaves nothing).
 */
@Component
public class AdministratorImport {

    private final SecurityLog securityLog;

    AdministratorImport(SecurityLog securityLog) {
        this.securityLog = securityLog;
    }

    /**
     * Runs {@code checkedImport} for the administrator and answers its count of rows written;
     * {@code records} names what is imported ("projects"), for the refusal and its log entry.
     */
    public int run(CityCoopUser admin, String records, IntSupplier checkedImport) {
        if (!admin.hasRole(Roles.ADMIN)) {
            throw new AccessDeniedException("Only administrators import " + records);
        }
        try {
            return checkedImport.getAsInt();
        } catch (ImportRejectedException rejected) {
            securityLog.recordAttempt(admin.getUsername(), records.toUpperCase(Locale.ROOT) + "_IMPORT_REFUSED", rejected.getMessage());
            throw rejected;
        }
    }
}
