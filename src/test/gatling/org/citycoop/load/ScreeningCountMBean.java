package org.citycoop.load;

/** What the simulation reads over JMX after the run: how the load users' screenings ended. */
public interface ScreeningCountMBean {

    /** Load projects whose screening task the engine records as completed (at most once per project expected). */
    long completedScreeningTasks();

    /** Load projects approved exactly once by their own user. */
    long projectsApprovedOnceByTheirUser();

    /** Load projects with more than one screening decision: a double submit would show here. */
    long projectsScreenedMoreThanOnce();
}
