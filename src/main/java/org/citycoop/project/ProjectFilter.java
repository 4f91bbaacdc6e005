package org.citycoop.project;

/**
 * What the project list is narrowed to; {@code null} means "any". The fiscal year is the Japanese
 * fiscal year of the planned start, the region that of the partner city's country.
 */
public record ProjectFilter(ProjectStatus status, String regionCode, String themeCode, String partnerCode,
                            Integer fiscalYear) {

    public static ProjectFilter any() {
        return new ProjectFilter(null, null, null, null, null);
    }

    public ProjectFilter withStatus(ProjectStatus value) {
        return new ProjectFilter(value, regionCode, themeCode, partnerCode, fiscalYear);
    }

    public ProjectFilter withRegion(String value) {
        return new ProjectFilter(status, blankToNull(value), themeCode, partnerCode, fiscalYear);
    }

    public ProjectFilter withTheme(String value) {
        return new ProjectFilter(status, regionCode, blankToNull(value), partnerCode, fiscalYear);
    }

    public ProjectFilter withPartner(String value) {
        return new ProjectFilter(status, regionCode, themeCode, blankToNull(value), fiscalYear);
    }

    public ProjectFilter withFiscalYear(Integer value) {
        return new ProjectFilter(status, regionCode, themeCode, partnerCode, value);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
