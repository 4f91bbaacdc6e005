package org.citycoop.faults;

import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Runs calls in threads of their own that are released at the same instant by a barrier, as two
 * users pressing "Submit" together; returns how each ended, in the order given.
 */
final class SimultaneousCalls {

    private SimultaneousCalls() {
    }

    /** How one call ended: {@code failure} is null when it succeeded. */
    record Outcome(String who, Throwable failure) {

        boolean succeeded() {
            return failure == null;
        }
    }

    record Call(String who, Runnable work) {
    }

    static List<Outcome> run(Call... calls) {
        CyclicBarrier start = new CyclicBarrier(calls.length);
        ExecutorService threads = Executors.newFixedThreadPool(calls.length);
        try {
            List<Future<Outcome>> running = List.of(calls).stream().map(call -> threads.submit(() -> {
                start.await(10, TimeUnit.SECONDS);
                try {
                    call.work().run();
                    return new Outcome(call.who(), null);
                } catch (RuntimeException refused) {
                    return new Outcome(call.who(), refused);
                }
            })).toList();
            return running.stream().map(SimultaneousCalls::await).toList();
        } finally {
            threads.shutdownNow();
        }
    }

    private static Outcome await(Future<Outcome> outcome) {
        try {
            return outcome.get(60, TimeUnit.SECONDS);
        } catch (Exception stuck) {
            throw new AssertionError("A simultaneous call did not finish", stuck);
        }
    }
}
