package io.groundswell.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;

/**
 * Second pass over a slice for a few hundred candidate terms: who wrote about them, on which
 * days, and which posts about them are rated best. Membership of a post's terms in the candidate
 * set is a bit test per term ordinal, so the pass costs about as much as the counting pass.
 */
final class TermDetailCollector {

    private static final long DAY_MILLIS = 86_400_000L;

    private final long windowStart;
    private final int days;
    private final int maxPostsPerAuthor;
    private final int bestPosts;
    private final boolean breakdowns;
    private final Map<String, Accumulator> byTerm = new HashMap<>();

    /** Running totals of one term. */
    private final class Accumulator {
        int docs;
        double weight;
        final Map<String, Integer> postsByAuthor = new HashMap<>();
        final Map<String, java.util.Set<String>> peopleByDepartment = new HashMap<>();
        final int[] daily = new int[days];
        final PriorityQueue<double[]> best = new PriorityQueue<>(Comparator.comparingDouble((double[] e) -> e[0]));

        void add(String author, String department, long created, double score, long postId) {
            docs++;
            int authorPosts = postsByAuthor.merge(author, 1, Integer::sum);
            if (authorPosts <= maxPostsPerAuthor) {
                weight += PostWeights.ofScore(score);
            }
            if (breakdowns && department != null) {
                peopleByDepartment
                        .computeIfAbsent(department, d -> new java.util.HashSet<>())
                        .add(author);
            }
            int day = (int) ((created - windowStart) / DAY_MILLIS);
            if (day >= 0 && day < days) {
                daily[day]++;
            }
            best.add(new double[] {score, postId});
            if (best.size() > bestPosts) {
                best.poll();
            }
        }

        TermDetail toDetail(String term) {
            List<double[]> ranked = new ArrayList<>(best);
            ranked.sort(Comparator.comparingDouble((double[] e) -> e[0]).reversed());
            Map<String, Integer> departments = new HashMap<>();
            peopleByDepartment.forEach((dept, people) -> departments.put(dept, people.size()));
            return new TermDetail(
                    term,
                    docs,
                    weight,
                    postsByAuthor.size(),
                    daily,
                    ranked.stream().map(e -> (long) e[1]).toList(),
                    breakdowns ? Map.copyOf(postsByAuthor) : Map.of(),
                    breakdowns ? Map.copyOf(departments) : Map.of());
        }
    }

    TermDetailCollector(long windowStart, int days, int maxPostsPerAuthor, int bestPosts, boolean breakdowns) {
        this.windowStart = windowStart;
        this.days = days;
        this.maxPostsPerAuthor = maxPostsPerAuthor;
        this.bestPosts = bestPosts;
        this.breakdowns = breakdowns;
    }

    Map<String, TermDetail> collect(IndexSearcher searcher, Query query, Collection<String> candidates) {
        try {
            Weight w = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                Scorer scorer = w.scorer(leaf);
                if (scorer != null) {
                    collectLeaf(leaf, scorer, candidates);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, TermDetail> details = new HashMap<>();
        byTerm.forEach((term, acc) -> details.put(term, acc.toDetail(term)));
        return details;
    }

    private void collectLeaf(LeafReaderContext leaf, Scorer scorer, Collection<String> candidates) throws IOException {
        var reader = leaf.reader();
        SortedSetDocValues terms = DocValues.getSortedSet(reader, SearchFields.TERMS);
        Map<Integer, String> candidateOrds = new HashMap<>();
        FixedBitSet isCandidate = new FixedBitSet((int) Math.max(1, terms.getValueCount()));
        for (String candidate : candidates) {
            long ord = terms.lookupTerm(new BytesRef(candidate));
            if (ord >= 0) {
                candidateOrds.put((int) ord, candidate);
                isCandidate.set((int) ord);
            }
        }
        if (candidateOrds.isEmpty()) {
            return;
        }
        SortedDocValues authors = DocValues.getSorted(reader, SearchFields.AUTHOR_DV);
        SortedDocValues departments = DocValues.getSorted(reader, SearchFields.DEPARTMENT_DV);
        NumericDocValues created = DocValues.getNumeric(reader, SearchFields.CREATED);
        NumericDocValues scores = DocValues.getNumeric(reader, SearchFields.RATING_SCORE);
        NumericDocValues postIds = DocValues.getNumeric(reader, SearchFields.POST_ID);
        Bits live = reader.getLiveDocs();
        DocIdSetIterator it = scorer.iterator();
        for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
            if ((live != null && !live.get(doc)) || !terms.advanceExact(doc)) {
                continue;
            }
            String author = null;
            String department = null;
            long createdAt = 0;
            double score = PostWeights.NEUTRAL_SCORE;
            long postId = -1;
            boolean loaded = false;
            for (int i = 0, n = terms.docValueCount(); i < n; i++) {
                int ord = (int) terms.nextOrd();
                if (!isCandidate.get(ord)) {
                    continue;
                }
                if (!loaded) {
                    author = authors.advanceExact(doc)
                            ? authors.lookupOrd(authors.ordValue()).utf8ToString()
                            : "";
                    department = departments.advanceExact(doc)
                            ? departments.lookupOrd(departments.ordValue()).utf8ToString()
                            : null;
                    createdAt = created.advanceExact(doc) ? created.longValue() : 0;
                    score = scores.advanceExact(doc) ? Double.longBitsToDouble(scores.longValue()) : score;
                    postId = postIds.advanceExact(doc) ? postIds.longValue() : -1;
                    loaded = true;
                }
                byTerm.computeIfAbsent(candidateOrds.get(ord), t -> new Accumulator())
                        .add(author, department, createdAt, score, postId);
            }
        }
    }
}
