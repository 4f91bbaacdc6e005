package org.citycoop.benchmark;

/**
 * A measured window on the wall clock: {@code seconds} from {@code startEpochMillis}. The wall clock, not
 * {@link System#nanoTime()}, because on two nodes ({@link ScaleOutScenario}) two JVMs measure the same seconds.
 */
record Window(long startEpochMillis, int seconds) {

    /** The window that starts once {@code warmUpSeconds} from now have passed. */
    static Window after(int warmUpSeconds, int seconds) {
        return new Window(System.currentTimeMillis() + warmUpSeconds * 1000L, seconds);
    }

    /** The window's start on this JVM's {@link System#nanoTime()} clock. */
    long startNanos() {
        return System.nanoTime() + (startEpochMillis - System.currentTimeMillis()) * 1_000_000L;
    }
}
