package io.groundswell.search.terms;

import java.util.List;

/**
 * How far a few terms share their threads within a slice: the evidence that two trending words
 * tell one story. A thread counts once however many of its posts hold a term, so a long
 * discussion does not make its words look more related than a short one.
 *
 * @param terms the terms asked about, in the order asked
 * @param threads per term, the threads of the slice with a post that holds it
 * @param shared per pair of terms, the threads with posts holding both (symmetric)
 * @param allThreads the threads of the slice, whatever their terms
 */
public record TermOverlap(List<String> terms, int[] threads, int[][] shared, int allThreads) {

    /** The most terms one pass can compare: a thread's terms are gathered as the bits of a long. */
    public static final int MAX_TERMS = Long.SIZE;

    /** Shared threads over the threads holding either term (Jaccard), 0 when neither occurs. */
    public double similarity(int a, int b) {
        int either = threads[a] + threads[b] - shared[a][b];
        return either == 0 ? 0 : (double) shared[a][b] / either;
    }

    /**
     * Shared threads over those expected if the two terms fell into threads independently: 1 for
     * words that merely happen to be common together, far above for words told together.
     */
    public double lift(int a, int b) {
        double expected = (double) threads[a] * threads[b] / Math.max(1, allThreads);
        return expected == 0 ? 0 : shared[a][b] / expected;
    }
}
