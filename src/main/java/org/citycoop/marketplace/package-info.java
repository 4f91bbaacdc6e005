/**
 * The cooperation marketplace (issue 10, DD033): requests of partner cities and civil-society groups,
 * offers of Japanese municipalities, cooperatives and companies, the cooperation framework of each
 * partner country, and the explainable matching between requests and offers. A request becomes a
 * project through {@link org.citycoop.project.ProjectService#propose}.
 */
package org.citycoop.marketplace;
