package org.citycoop.dashboard;

/**
 * The yen of one funding scheme in one fiscal year (of the projects' start): asked for in
 * submitted applications, approved by the agency, and disbursed (instalments due by today). DD014.
 */
public record FundingPipelineRow(String schemeCode, String schemeName, int jfy, long requestedJpy, long approvedJpy, long disbursedJpy) {
}
