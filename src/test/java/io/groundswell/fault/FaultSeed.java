package io.groundswell.fault;

import java.util.Random;

/**
 * The seed of a fault-suite run. Every run draws a new one and prints it; {@code -Dfault.seed=N}
 * replays the generated data and choices of that run (thread timing, of course, is the machine's).
 */
final class FaultSeed {

    private static final long SEED = Long.getLong("fault.seed", System.nanoTime());

    private FaultSeed() {}

    static long value() {
        return SEED;
    }

    /** A generator of the test's own, so one test's draws do not shift another's. */
    static Random randomFor(Class<?> test) {
        System.out.printf(
                "%s: fault.seed=%d (replay with ./mvnw verify -Pfaults -Dfault.seed=%d)%n",
                test.getSimpleName(), SEED, SEED);
        return new Random(SEED ^ test.getSimpleName().hashCode());
    }
}
