package org.citycoop.peerlearning;

import java.util.List;

/** A programme's participating cities compared on each of its common indicators. */
public record ProgrammeComparison(Programme programme, List<IndicatorComparison> indicators) {
}
