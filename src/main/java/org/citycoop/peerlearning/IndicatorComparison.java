package org.citycoop.peerlearning;

import java.util.List;
import org.citycoop.indicator.Indicator;

/** The participating cities on one common indicator, best latest value first, cities without a report last. */
public record IndicatorComparison(Indicator indicator, List<CityFigures> cities) {
}
