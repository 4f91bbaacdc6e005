package org.citycoop.project;

/**
 * The screens name themes and cooperation types by their codes ({@code theme.WASTE}), as they name
 * regions: the reference tables are filled by migrations only and keep their English names for IATI,
 * logs and audit, so the bundles hold each name in both languages.
 */
public final class ReferenceKeys {

    public static final String THEME = "theme.";
    public static final String COOPERATION_TYPE = "cooperation-type.";

    private ReferenceKeys() {
    }
}
