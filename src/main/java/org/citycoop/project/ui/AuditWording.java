package org.citycoop.project.ui;

import com.vaadin.flow.component.Component;
import java.util.Locale;

/**
 * An audit action code ({@code PROPOSAL_APPROVE}) as a sentence of the i18n bundle
 * ({@code audit.PROPOSAL_APPROVE}, "{0} approved the proposal"), with who did it as {0}. A test
 * checks that every code the main code records has its sentence.
 */
final class AuditWording {

    static final String PREFIX = "audit.";

    private AuditWording() {
    }

    static String sentence(Component owner, String action, String actor) {
        String key = PREFIX + action;
        String sentence = owner.getTranslation(key, actor);
        // a code recorded by an older version and since retired has no sentence: say it in words all the same
        return sentence.endsWith(key) ? actor + ": " + action.replace('_', ' ').toLowerCase(Locale.ROOT) : sentence;
    }
}
