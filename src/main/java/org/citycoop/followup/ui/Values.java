package org.citycoop.followup.ui;

import java.math.BigDecimal;

/** How the follow-up screens write numbers and dates. */
final class Values {

    private Values() {
    }

    /** 45.0000 → 45, 12.5000 → 12.5: as the partner typed it. */
    static String number(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

}
