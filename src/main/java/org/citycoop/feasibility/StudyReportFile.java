package org.citycoop.feasibility;

/** The report document of a study, to open or download: its name, its checked type and its bytes. */
public record StudyReportFile(String fileName, String contentType, byte[] content) {
}
