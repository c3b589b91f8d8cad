package io.groundswell.search;

/**
 * Where the index stands. {@code serving} is true once the index holds everything the database
 * held when it was opened; an admin rebuild keeps serving the previous state until it commits.
 */
public record IndexStatus(State state, long indexed, long total, boolean serving, String error) {

    public enum State {
        STARTING,
        REBUILDING,
        CATCHING_UP,
        READY,
        FAILED;

        public String wireName() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    static IndexStatus starting() {
        return new IndexStatus(State.STARTING, 0, 0, false, null);
    }

    IndexStatus progress(State next, long nowIndexed, long nowTotal) {
        return new IndexStatus(next, nowIndexed, nowTotal, serving, null);
    }

    IndexStatus ready() {
        return new IndexStatus(State.READY, indexed, total, true, null);
    }

    IndexStatus failed(String message, boolean stillServing) {
        return new IndexStatus(State.FAILED, indexed, total, stillServing, message);
    }
}
