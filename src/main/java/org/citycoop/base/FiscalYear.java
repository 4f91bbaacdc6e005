package org.citycoop.base;

import java.time.LocalDate;
import java.time.Month;

/** The Japanese fiscal year: JFY n runs from 1 April n to 31 March n+1. */
public final class FiscalYear {

    private FiscalYear() {
    }

    public static int of(LocalDate date) {
        return date.getMonth().compareTo(Month.APRIL) >= 0 ? date.getYear() : date.getYear() - 1;
    }
}
