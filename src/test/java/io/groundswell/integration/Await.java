package io.groundswell.integration;

import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Polls until an answer satisfies a condition: indexing, polling and import jobs run in the background. */
public final class Await {

    private Await() {}

    public static <T> T until(Supplier<T> ask, Predicate<T> done, Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        while (true) {
            T answer = ask.get();
            if (done.test(answer)) {
                return answer;
            }
            if (System.nanoTime() > deadline) {
                fail("Not as expected within " + within + "; last answer: " + answer);
            }
            pause(Duration.ofMillis(25));
        }
    }

    public static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
