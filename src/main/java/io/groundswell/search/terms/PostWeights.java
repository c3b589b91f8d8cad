package io.groundswell.search.terms;

import java.io.IOException;
import org.apache.lucene.index.NumericDocValues;

/**
 * How much one post counts in term statistics, from its confidence-adjusted rating score: the
 * square of the score relative to the neutral 3.0. An unrated post counts 1; a post rated 5 stars
 * by many approaches 2.8, one rated 1 star by many 0.1. Squaring makes well-rated content matter
 * without letting a handful of votes swamp the counts (the score itself is already damped).
 */
final class PostWeights {

    static final double NEUTRAL_SCORE = 3.0;

    private PostWeights() {}

    static double ofScore(double score) {
        double relative = score / NEUTRAL_SCORE;
        return relative * relative;
    }

    static double read(NumericDocValues scores, int doc) throws IOException {
        double score = scores.advanceExact(doc) ? Double.longBitsToDouble(scores.longValue()) : NEUTRAL_SCORE;
        return ofScore(score);
    }
}
