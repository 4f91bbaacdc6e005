package org.citycoop.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.citycoop.CityCoopTest;
import org.citycoop.project.ProjectCommentService;
import org.citycoop.project.ProjectNotAvailableException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The agency's screening task has no comment thread: every task comment shows on the applicant's
 * project page, and what JICA's reviewer notes about an application must not reach the applicant.
 */
@CityCoopTest
class ReviewerTaskThreadTest {

    @Autowired FundingFixtures fixtures;
    @Autowired ProjectCommentService comments;

    @Test
    void theAgencysScreeningTaskHasAThreadForNobody() {
        String code = fixtures.applicationAtScreening();
        String screening = fixtures.taskId(code, FundingProcess.TASK_SCREEN_APPLICATION);

        assertThat(comments.hasThread(screening, fixtures.jicaReviewer())).isFalse();
        assertThatThrownBy(() -> comments.commentOnTask(screening, "Budget looks high.", fixtures.jicaReviewer()))
                .isInstanceOf(ProjectNotAvailableException.class);
        // the applicant's officer does not see the agency's task either
        assertThat(comments.hasThread(screening, fixtures.officer())).isFalse();
    }
}
