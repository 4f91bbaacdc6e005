package org.citycoop.dashboard.internal;

import org.citycoop.base.FiscalYear;
import org.citycoop.project.ProjectStartMoved;
import org.citycoop.workflow.WorkflowService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the cycle-time counts (DD022) in step: counts the history already there on the first start
 * after they were introduced, moves the changes into the counts every minute, and moves a project's
 * tasks when its start moves to another fiscal year.
 */
@Component
class CycleTimeUpkeep {

    private static final Logger log = LoggerFactory.getLogger(CycleTimeUpkeep.class);

    private final CycleTimeCounts counts;
    private final WorkflowService workflow;

    CycleTimeUpkeep(CycleTimeCounts counts, WorkflowService workflow) {
        this.counts = counts;
        this.workflow = workflow;
    }

    @EventListener(ApplicationReadyEvent.class)
    void countTheHistoryOnce() {
        if (counts.rebuild(workflow.taskKeysByPhase(), true)) {
            log.info("Cycle time: counted the completed tasks of the engine's history");
        }
    }

    @Scheduled(fixedDelayString = "${citycoop.cycle-time.compaction-interval:PT1M}")
    void compact() {
        counts.compact();
    }

    /** In the transaction that moved the start: the tasks move with it or not at all. */
    @EventListener
    void projectStartMoved(ProjectStartMoved moved) {
        int previousJfy = FiscalYear.of(moved.previousStart());
        if (previousJfy != FiscalYear.of(moved.start())) {
            counts.moveProject(moved.projectId(), previousJfy, workflow.taskKeysByPhase());
        }
    }
}
