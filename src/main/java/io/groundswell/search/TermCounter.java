package io.groundswell.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * Counts, for one slice of the index (a time window and a filter), in how many posts each word
 * or phrase occurs and their summed rating weight. It reads the per-post term sets kept in
 * sorted-set doc values, so it counts with plain arrays indexed by term ordinal: the cost grows
 * with the posts in the slice, not with the history in the index.
 */
final class TermCounter {

    /** Counts of one slice: its posts, their summed weight, and per term. */
    record Counts(int docs, double weight, Map<String, TermCount> terms) {}

    /** Posts containing a term and their summed weight. */
    record TermCount(int docs, double weight) {}

    private TermCounter() {}

    /**
     * Counts the slice selected by {@code query} (already holding the window and filters).
     * Terms in fewer than {@code minDocs} posts of a segment are still counted when they reach it
     * across segments; only terms absent from the slice are never resolved to text.
     */
    static Counts count(IndexSearcher searcher, Query query) {
        Map<String, double[]> totals = new HashMap<>();
        int docs = 0;
        double weight = 0;
        try {
            Weight w = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                Scorer scorer = w.scorer(leaf);
                if (scorer == null) {
                    continue;
                }
                SortedSetDocValues terms = DocValues.getSortedSet(leaf.reader(), SearchFields.TERMS);
                NumericDocValues scores = DocValues.getNumeric(leaf.reader(), SearchFields.RATING_SCORE);
                Bits live = leaf.reader().getLiveDocs();
                int[] termDocs = new int[Math.toIntExact(terms.getValueCount())];
                double[] termWeights = new double[termDocs.length];
                DocIdSetIterator it = scorer.iterator();
                for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                    if (live != null && !live.get(doc)) {
                        continue;
                    }
                    double docWeight = PostWeights.read(scores, doc);
                    docs++;
                    weight += docWeight;
                    if (terms.advanceExact(doc)) {
                        for (int i = 0, n = terms.docValueCount(); i < n; i++) {
                            int ord = (int) terms.nextOrd();
                            termDocs[ord]++;
                            termWeights[ord] += docWeight;
                        }
                    }
                }
                for (int ord = 0; ord < termDocs.length; ord++) {
                    if (termDocs[ord] > 0) {
                        BytesRef term = terms.lookupOrd(ord);
                        double[] total = totals.computeIfAbsent(term.utf8ToString(), t -> new double[2]);
                        total[0] += termDocs[ord];
                        total[1] += termWeights[ord];
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, TermCount> counts = new HashMap<>(totals.size() * 2);
        totals.forEach((term, t) -> counts.put(term, new TermCount((int) t[0], t[1])));
        return new Counts(docs, weight, counts);
    }

    /**
     * Counts only the given terms in the slice: each term's ordinal is looked up per segment and
     * membership tested with an array indexed by ordinal, so nothing else is ever turned into text.
     */
    static Counts countOnly(IndexSearcher searcher, Query query, Collection<String> wanted) {
        List<String> terms = List.copyOf(wanted);
        int[] docsOf = new int[terms.size()];
        double[] weightOf = new double[terms.size()];
        int docs = 0;
        double weight = 0;
        try {
            Weight w = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                Scorer scorer = w.scorer(leaf);
                if (scorer == null) {
                    continue;
                }
                SortedSetDocValues values = DocValues.getSortedSet(leaf.reader(), SearchFields.TERMS);
                NumericDocValues scores = DocValues.getNumeric(leaf.reader(), SearchFields.RATING_SCORE);
                // By ordinal, 1 + the index of the wanted term (0: not wanted). An array as long as
                // the segment's terms is a few megabytes at most and read millions of times here.
                int[] wantedIndex = new int[Math.toIntExact(values.getValueCount())];
                boolean anyWanted = false;
                for (int i = 0; i < terms.size(); i++) {
                    long ord = values.lookupTerm(new BytesRef(terms.get(i)));
                    if (ord >= 0) {
                        wantedIndex[(int) ord] = i + 1;
                        anyWanted = true;
                    }
                }
                Bits live = leaf.reader().getLiveDocs();
                DocIdSetIterator it = scorer.iterator();
                for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                    if (live != null && !live.get(doc)) {
                        continue;
                    }
                    double docWeight = PostWeights.read(scores, doc);
                    docs++;
                    weight += docWeight;
                    if (!anyWanted || !values.advanceExact(doc)) {
                        continue;
                    }
                    for (int i = 0, n = values.docValueCount(); i < n; i++) {
                        int index = wantedIndex[(int) values.nextOrd()] - 1;
                        if (index >= 0) {
                            docsOf[index]++;
                            weightOf[index] += docWeight;
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, TermCount> counts = new HashMap<>();
        for (int i = 0; i < terms.size(); i++) {
            if (docsOf[i] > 0) {
                counts.put(terms.get(i), new TermCount(docsOf[i], weightOf[i]));
            }
        }
        return new Counts(docs, weight, counts);
    }

    /** Epoch-millisecond bounds of a half-open window [from, to). */
    static long[] bounds(Instant from, Instant to) {
        return new long[] {from.toEpochMilli(), to.toEpochMilli() - 1};
    }
}
