package io.groundswell.search.terms;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The posts of shared voices (see {@link SharedVoices}) in one segment: per voice, the weight of
 * its first post and, per term, that of its first post holding the term. A voice's terms are
 * named at the end of the segment, so that the segments, combined in index order, merge a voice's
 * posts wherever they lie and count each of its terms once.
 */
final class VoiceTerms {

    /** How a segment names the ids of its terms (ordinals, or indexes of chosen terms). */
    @FunctionalInterface
    interface Names {
        String of(int id) throws IOException;
    }

    /**
     * One voice as a segment saw it: its posts' term ids and weights, appended as read (no map
     * per post: a busy voice repeats most of its terms), made distinct when named.
     */
    static final class Voice {
        private final double weight;
        private int[] ids = new int[32];
        private double[] weights = new double[32];
        private int count;

        private Voice(double weight) {
            this.weight = weight;
        }

        /** A term of a post of this voice, weighed by that post unless an earlier one held it. */
        void term(int id, double postWeight) {
            if (count == ids.length) {
                ids = Arrays.copyOf(ids, count * 2);
                weights = Arrays.copyOf(weights, count * 2);
            }
            ids[count] = id;
            weights[count++] = postWeight;
        }

        /** Each distinct term once, with the weight it was first seen with. */
        private Map<String, Double> named(Names names) throws IOException {
            // Sorted by id, then by when it was seen: the first of each id is the earliest.
            long[] order = new long[count];
            for (int i = 0; i < count; i++) {
                order[i] = ((long) ids[i] << 32) | i;
            }
            Arrays.sort(order);
            Map<String, Double> terms = new HashMap<>();
            int previous = -1;
            for (long entry : order) {
                int id = (int) (entry >>> 32);
                if (id != previous) {
                    terms.put(names.of(id), weights[(int) entry]);
                    previous = id;
                }
            }
            return terms;
        }
    }

    /** A voice's weight and its terms with their weights, named. */
    record Named(double weight, Map<String, Double> terms) {}

    private final Map<Long, Voice> voices = new LinkedHashMap<>();

    /** A post of a shared voice, in doc id order; answers the voice, to add the post's terms to. */
    Voice post(long voice, double postWeight) {
        return voices.computeIfAbsent(voice, v -> new Voice(postWeight));
    }

    /** The segment's voices, in the order first seen, their terms named. */
    Map<Long, Named> named(Names names) throws IOException {
        Map<Long, Named> named = new LinkedHashMap<>();
        for (Map.Entry<Long, Voice> voice : voices.entrySet()) {
            named.put(
                    voice.getKey(),
                    new Named(voice.getValue().weight, voice.getValue().named(names)));
        }
        return named;
    }

    /**
     * The voices of all segments, given in index order, merged: a voice keeps the weight of its
     * first post, and each term that of the first post holding it.
     */
    static Map<Long, Named> merge(List<Map<Long, Named>> segments) {
        Map<Long, Named> merged = new LinkedHashMap<>();
        for (Map<Long, Named> segment : segments) {
            segment.forEach((voice, named) -> {
                Named earlier = merged.get(voice);
                if (earlier == null) {
                    merged.put(voice, new Named(named.weight(), new HashMap<>(named.terms())));
                } else {
                    named.terms().forEach(earlier.terms()::putIfAbsent);
                }
            });
        }
        return merged;
    }

    /** Per term, the voices holding it and their summed weight, added voice by voice. */
    static Map<String, double[]> perTerm(Map<Long, Named> merged) {
        Map<String, double[]> totals = new HashMap<>();
        merged.values().forEach(voice -> voice.terms().forEach((term, weight) -> {
            double[] total = totals.computeIfAbsent(term, t -> new double[2]);
            total[0]++;
            total[1] += weight;
        }));
        return totals;
    }
}
