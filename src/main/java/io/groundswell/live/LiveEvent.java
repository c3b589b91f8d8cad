package io.groundswell.live;

import java.time.Instant;

/**
 * What a dashboard hears: {@code hello} when it connects, {@code changed} when posts or ratings
 * changed (with how many posts), {@code ping} to keep an idle stream open. Counts only, never
 * content: every signed-in person may listen.
 */
public record LiveEvent(String type, int posts, Instant at) {

    static LiveEvent hello() {
        return new LiveEvent("hello", 0, Instant.now());
    }

    static LiveEvent changed(int posts) {
        return new LiveEvent("changed", posts, Instant.now());
    }

    static LiveEvent ping() {
        return new LiveEvent("ping", 0, Instant.now());
    }
}
