package io.groundswell.testing;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.function.Executable;

/**
 * The budget for checks on what people send: a 1 MB input built to make a check backtrack
 * must be done within a second (linear checks take milliseconds; the old title pattern took hours).
 */
public final class RegexBudget {

    public static final int SIZE = 1 << 20;
    public static final Duration BUDGET = Duration.ofSeconds(1);

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

    /** Fails when the check takes longer than the budget; a runaway check is abandoned. */
    public static void assertWithinBudget(Executable check) {
        assertTimeoutPreemptively(BUDGET, check);
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
