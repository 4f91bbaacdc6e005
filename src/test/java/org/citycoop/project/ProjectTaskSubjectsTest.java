package org.citycoop.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.citycoop.CityCoopTest;
import org.citycoop.TestProposals;
import org.citycoop.TestUsers;
import org.citycoop.workflow.TaskSubjectLookup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The project codes that narrow the inbox's search and partner filter are those of the searching
 * organisation: with many organisations, others' projects must never fill the places of its own.
 */
@CityCoopTest
class ProjectTaskSubjectsTest {

    @Autowired
    ProjectService projects;

    @Autowired
    TaskSubjectLookup subjects;

    @Autowired
    TestUsers users;

    @Test
    void aTitleSearchFindsTheOrganisationsOwnProjectWhenOthersMatchFirst() {
        String word = "Heron" + UUID.randomUUID().toString().substring(0, 8);
        Project kitakyushu = projects.propose(TestProposals.of(word + " composting", "SBY"), users.get("kitakyushu.officer"));
        // Yokohama's code (YOK-…) sorts before Kitakyushu's (KIT-…) in the newest-first order
        Project yokohama = projects.propose(TestProposals.of(word + " composting", "SBY"), users.get("yokohama.officer"));

        assertThat(subjects.codesWithTitleContaining(word, "KIT", 1)).containsExactly(kitakyushu.code());
        assertThat(subjects.codesWithTitleContaining(word, "YOK", 1)).containsExactly(yokohama.code());
        assertThat(subjects.codesWithTitleContaining(word, "SBY", 5))
                .as("the partner city works on both").containsExactlyInAnyOrder(kitakyushu.code(), yokohama.code());
    }

    @Test
    void thePartnerFilterNamesOnlyTheOrganisationsProjectsWithThatCity() {
        Project kitakyushu = projects.propose(TestProposals.of("Partner filter " + UUID.randomUUID(), "SBY"),
                users.get("kitakyushu.officer"));
        Project yokohama = projects.propose(TestProposals.of("Partner filter " + UUID.randomUUID(), "SBY"),
                users.get("yokohama.officer"));

        assertThat(subjects.codesWithPartner("SBY", "KIT")).contains(kitakyushu.code()).doesNotContain(yokohama.code());
    }
}
