package org.citycoop.peerlearning;

import java.util.List;
import org.citycoop.indicator.Indicator;
import org.citycoop.name.Name;

/**
 * A programme (e.g. the ASEAN model-cities programme funded by JAIF): its common indicators and the
 * cities taking part, which programmes publish themselves, so every signed-in user reads them (DD034).
 * {@code fundingAgency} is null for a programme without one.
 */
public record Programme(long id, String code, Name name, String description, Name fundingAgency,
                        List<Indicator> indicators, List<ProgrammeCity> cities) {
}
