package org.citycoop.training;

import java.time.LocalDate;

/** One module of the curriculum: what is taught, where (e.g. a ward's incineration plant, KITA, a company), when, in which language. */
public record CurriculumModule(String topic, String hostOrganisation, LocalDate startsOn, LocalDate endsOn, String language) {
}
