package org.citycoop.project;

import java.time.Instant;

/** What the officer reports at the end of the implementation: outcomes and lessons learned. */
public record CompletionReport(String outcomes, String lessons, String writtenBy, Instant writtenAt) {
}
