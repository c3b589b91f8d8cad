package io.groundswell.testing;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.function.Executable;

/**
 * The budget for checks on what people send: a 1 MB input built to make a check backtrack
 * must be done within a second (linear checks take milliseconds; the old title pattern took hours).
 */
public final class RegexBudget {

    public static final int SIZE = 1 << 20;
    public static final Duration BUDGET = Duration.ofSeconds(1);
    /** However busy the machine, a check that has not finished by then has run away. */
    private static final Duration WALL_LIMIT = Duration.ofSeconds(60);

    private RegexBudget() {}

    /** {@code unit} repeated to about 1 MB. */
    public static String repeat(String unit) {
        return unit.repeat(SIZE / unit.length());
    }

    /**
     * Inputs that make careless patterns backtrack: what they repeat, each with a tail that
     * makes the match fail at the very end, after every quantifier took all it could.
     */
    public static Map<String, String> adversaries() {
        Map<String, String> inputs = new LinkedHashMap<>();
        inputs.put("<a repeated", repeat("<a"));
        inputs.put("letters, then a refusal", repeat("a") + "!");
        inputs.put("spaces, then a refusal", repeat(" ") + "x\u0000");
        inputs.put("a URL path, then a space", "http://" + repeat("a/") + " x");
        inputs.put("a URL ending in a slash", "http://" + repeat("a") + "/");
        inputs.put("an unclosed code fence", "```" + repeat("x "));
        inputs.put("tags left open", repeat("<b "));
        return inputs;
    }

    /**
     * Fails when the check uses more than the budget of CPU time; a runaway check is interrupted
     * and abandoned. CPU time, not the clock: on a machine busy with other builds a linear check
     * may wait seconds for a core, while a backtracking one burns its budget whatever the load.
     */
    public static void assertWithinBudget(Executable check) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread worker = new Thread(
                () -> {
                    try {
                        check.execute();
                    } catch (Throwable t) {
                        failure.set(t);
                    }
                },
                "regex-budget");
        worker.setDaemon(true);
        worker.start();
        long wallLimit = System.nanoTime() + WALL_LIMIT.toNanos();
        try {
            while (worker.isAlive()) {
                long cpu = threads.getThreadCpuTime(worker.getId());
                if (cpu > BUDGET.toNanos() || System.nanoTime() > wallLimit) {
                    worker.interrupt();
                    throw new AssertionError("the check used more than " + BUDGET.toMillis() + " ms of CPU time ("
                            + cpu / 1_000_000 + " ms when stopped)");
                }
                worker.join(10);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for the check", e);
        }
        Throwable thrown = failure.get();
        if (thrown instanceof Error error) {
            throw error;
        }
        if (thrown != null) {
            throw new AssertionError("the check failed", thrown);
        }
    }

    /**
     * The text as a regular expression reads it, but one that gives up when its thread is
     * interrupted, so a pattern that would run for hours stops with its failed test.
     */
    public static CharSequence interruptible(String text) {
        return new Interruptible(text, 0, text.length());
    }

    private record Interruptible(String text, int start, int end) implements CharSequence {

        @Override
        public int length() {
            return end - start;
        }

        @Override
        public char charAt(int index) {
            if (Thread.currentThread().isInterrupted()) {
                throw new CancellationException("over the budget");
            }
            return text.charAt(start + index);
        }

        @Override
        public CharSequence subSequence(int from, int to) {
            return new Interruptible(text, start + from, start + to);
        }

        @Override
        public String toString() {
            return text.substring(start, end);
        }
    }
}
