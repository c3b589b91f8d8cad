package io.groundswell.search.terms;

import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * The terms a scan looks for, by their ordinals in one segment: looking a post's term up is an
 * array read, done for every term of every post of the slice, so an array as long as the
 * segment's terms (a few megabytes at most) rather than a map of boxed ordinals.
 */
final class CandidateOrdinals {

    /**
     * A few steps forward through the terms dictionary are cheaper than a seek: a seek searches
     * the dictionary's index and decompresses a block of terms, a step reads the next term of the
     * block already decompressed.
     */
    private static final int STEPS_BEFORE_SEEK = 8;

    /**
     * The candidates as index terms, sorted as a segment sorts its terms (by bytes), each with its
     * position in the candidates' list. Built once per scan and walked once per segment.
     */
    static final class Sorted {
        private final BytesRef[] terms;
        private final int[] indexes;

        private Sorted(BytesRef[] terms, int[] indexes) {
            this.terms = terms;
            this.indexes = indexes;
        }

        static Sorted of(List<String> candidates) {
            Integer[] order = new Integer[candidates.size()];
            BytesRef[] bytes = new BytesRef[candidates.size()];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
                bytes[i] = new BytesRef(candidates.get(i));
            }
            Arrays.sort(order, Comparator.comparing((Integer i) -> bytes[i]));
            BytesRef[] terms = new BytesRef[order.length];
            int[] indexes = new int[order.length];
            for (int i = 0; i < order.length; i++) {
                terms[i] = bytes[order[i]];
                indexes[i] = order[i];
            }
            return new Sorted(terms, indexes);
        }

        boolean isEmpty() {
            return terms.length == 0;
        }
    }

    /** By ordinal, 1 + the index of the candidate (0: not a candidate). */
    private final int[] candidateIndex;

    private CandidateOrdinals(int[] candidateIndex) {
        this.candidateIndex = candidateIndex;
    }

    /**
     * The candidates found in the segment's terms; null when the segment holds none of them. The
     * dictionary is walked once in its own order, so that neighbouring candidates are found in
     * the block of terms already decompressed instead of by a seek each.
     */
    static CandidateOrdinals find(SortedSetDocValues terms, Sorted candidates) throws IOException {
        if (candidates.isEmpty()) {
            return null;
        }
        int[] candidateIndex = null;
        TermsEnum dictionary = terms.termsEnum();
        BytesRef current = null;
        for (int i = 0; i < candidates.terms.length; i++) {
            BytesRef wanted = candidates.terms[i];
            int cmp = current == null ? -1 : current.compareTo(wanted);
            for (int step = 0; current != null && cmp < 0 && step < STEPS_BEFORE_SEEK; step++) {
                current = dictionary.next();
                if (current == null) {
                    // Past the last term: no later candidate is in this segment.
                    return candidateIndex == null ? null : new CandidateOrdinals(candidateIndex);
                }
                cmp = current.compareTo(wanted);
            }
            if (cmp < 0) {
                TermsEnum.SeekStatus status = dictionary.seekCeil(wanted);
                if (status == TermsEnum.SeekStatus.END) {
                    break;
                }
                current = dictionary.term();
                cmp = status == TermsEnum.SeekStatus.FOUND ? 0 : 1;
            }
            if (cmp == 0) {
                if (candidateIndex == null) {
                    candidateIndex = new int[Math.toIntExact(terms.getValueCount())];
                }
                candidateIndex[Math.toIntExact(dictionary.ord())] = candidates.indexes[i] + 1;
            }
        }
        return candidateIndex == null ? null : new CandidateOrdinals(candidateIndex);
    }

    /** The index of the candidate with this ordinal, -1 when it is not one. */
    int indexOf(long ord) {
        return candidateIndex[(int) ord] - 1;
    }
}
