package io.groundswell.search.terms;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.index.NumericDocValues;

/**
 * The voices (one author in one thread, see {@code SearchFields.THREAD_AUTHOR}) that wrote more
 * than one post of a slice: only their posts need merging before terms are counted, every other
 * post counts alone. Kept as a sorted array, searched per post.
 */
final class SharedVoices {

    static final SharedVoices NONE = new SharedVoices(new long[0], 0);

    private final long[] sorted;
    private final int posts;

    /**
     * @param sorted the shared voices, sorted
     * @param posts the slice's posts counted by voice: its distinct voices, and each post without one
     */
    SharedVoices(long[] sorted, int posts) {
        this.sorted = sorted;
        this.posts = posts;
    }

    int size() {
        return sorted.length;
    }

    /** The slice's posts as term counts count them: a voice's several posts once. */
    int posts() {
        return posts;
    }

    /** The post's voice when it is shared, else null: the post counts alone. */
    Long of(NumericDocValues voices, int doc) throws IOException {
        if (sorted.length == 0 || !voices.advanceExact(doc)) {
            return null;
        }
        long voice = voices.longValue();
        return Arrays.binarySearch(sorted, voice) >= 0 ? voice : null;
    }
}
