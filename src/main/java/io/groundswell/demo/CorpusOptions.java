package io.groundswell.demo;

import java.time.Instant;
import java.util.Objects;

/**
 * The size and shape of a {@link SyntheticCorpus}. Same options, same corpus, byte for byte.
 *
 * @param people how many people work in the organisation (at least 2)
 * @param posts how many posts they write over the window
 * @param days the length of the window, which ends at {@code now}
 */
public record CorpusOptions(long seed, int people, int posts, int days, Instant now) {

    public static final int DEFAULT_PEOPLE = 300;
    public static final int DEFAULT_POSTS = 4000;
    public static final int DEFAULT_DAYS = 90;

    public CorpusOptions {
        Objects.requireNonNull(now, "now");
        if (people < 2) {
            throw new IllegalArgumentException("people must be at least 2 (others rate a post), not " + people);
        }
        if (posts < 0) {
            throw new IllegalArgumentException("posts must not be negative, not " + posts);
        }
        if (days < 1) {
            throw new IllegalArgumentException("days must be at least 1, not " + days);
        }
    }

    /** About 300 people writing 4000 posts over the 90 days before {@code now}. */
    public static CorpusOptions defaults(long seed, Instant now) {
        return new CorpusOptions(seed, DEFAULT_PEOPLE, DEFAULT_POSTS, DEFAULT_DAYS, now);
    }

    public CorpusOptions withPeople(int people) {
        return new CorpusOptions(seed, people, posts, days, now);
    }

    public CorpusOptions withPosts(int posts) {
        return new CorpusOptions(seed, people, posts, days, now);
    }

    public CorpusOptions withDays(int days) {
        return new CorpusOptions(seed, people, posts, days, now);
    }
}
