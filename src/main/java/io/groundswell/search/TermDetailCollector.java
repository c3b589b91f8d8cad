package io.groundswell.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
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

/**
 * Second pass over a slice for a few hundred candidate terms: who wrote about them, on which
 * days, and which posts about them are rated best. Membership of a post's terms in the candidate
 * set is an array read per term ordinal, so the pass costs about as much as the counting pass.
 */
final class TermDetailCollector {

    private static final long DAY_MILLIS = 86_400_000L;

    private final long windowStart;
    private final int days;
    private final int maxPostsPerAuthor;
    private final int bestPosts;
    private final boolean breakdowns;
    private final Map<String, Accumulator> byTerm = new HashMap<>();

    /** Authors of the slice numbered as they are met, so per-term counts are arrays. */
    private final Map<String, Integer> authorIds = new HashMap<>();

    private final List<String> authorNames = new ArrayList<>();

    /** Running totals of one term. */
    private final class Accumulator {
        int docs;
        double weight;
        int authors;
        int[] postsByAuthor = new int[16];
        final Map<String, java.util.Set<String>> peopleByDepartment = new HashMap<>();
        final int[] daily = new int[days];
        final PriorityQueue<double[]> best = new PriorityQueue<>(Comparator.comparingDouble((double[] e) -> e[0]));

        void add(int author, String department, long created, double score, long postId) {
            docs++;
            if (author >= postsByAuthor.length) {
                postsByAuthor = Arrays.copyOf(postsByAuthor, Math.max(author + 1, postsByAuthor.length * 2));
            }
            int authorPosts = ++postsByAuthor[author];
            if (authorPosts == 1) {
                authors++;
            }
            if (authorPosts <= maxPostsPerAuthor) {
                weight += PostWeights.ofScore(score);
            }
            if (breakdowns && department != null) {
                peopleByDepartment
                        .computeIfAbsent(department, d -> new java.util.HashSet<>())
                        .add(authorNames.get(author));
            }
            int day = (int) ((created - windowStart) / DAY_MILLIS);
            if (day >= 0 && day < days) {
                daily[day]++;
            }
            if (best.size() < bestPosts) {
                best.add(new double[] {score, postId});
            } else if (bestPosts > 0 && score > best.peek()[0]) {
                best.poll();
                best.add(new double[] {score, postId});
            }
        }

        private Map<String, Integer> postCounts() {
            Map<String, Integer> counts = new HashMap<>();
            for (int author = 0; author < postsByAuthor.length; author++) {
                if (postsByAuthor[author] > 0) {
                    counts.put(authorNames.get(author), postsByAuthor[author]);
                }
            }
            return Map.copyOf(counts);
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
                    authors,
                    daily,
                    ranked.stream().map(e -> (long) e[1]).toList(),
                    breakdowns ? postCounts() : Map.of(),
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
        // By ordinal, 1 + the index of the candidate (0: not a candidate): read for every term of
        // every post of the slice, so an array rather than a map of boxed ordinals.
        int[] candidateIndex = new int[Math.toIntExact(terms.getValueCount())];
        List<String> candidateList = List.copyOf(candidates);
        Accumulator[] accumulators = new Accumulator[candidateList.size()];
        boolean any = false;
        for (int i = 0; i < candidateList.size(); i++) {
            long ord = terms.lookupTerm(new BytesRef(candidateList.get(i)));
            if (ord >= 0) {
                candidateIndex[(int) ord] = i + 1;
                any = true;
            }
        }
        if (!any) {
            return;
        }
        SortedDocValues authors = DocValues.getSorted(reader, SearchFields.AUTHOR_DV);
        SortedDocValues departments = DocValues.getSorted(reader, SearchFields.DEPARTMENT_DV);
        // Authors by segment ordinal → slice-wide number (-1: not met yet); departments decoded
        // once per segment and ordinal.
        int[] authorIdByOrd = new int[Math.toIntExact(authors.getValueCount())];
        Arrays.fill(authorIdByOrd, -1);
        String[] departmentNames = new String[Math.toIntExact(departments.getValueCount())];
        NumericDocValues created = DocValues.getNumeric(reader, SearchFields.CREATED);
        NumericDocValues scores = DocValues.getNumeric(reader, SearchFields.RATING_SCORE);
        NumericDocValues postIds = DocValues.getNumeric(reader, SearchFields.POST_ID);
        Bits live = reader.getLiveDocs();
        DocIdSetIterator it = scorer.iterator();
        for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
            if ((live != null && !live.get(doc)) || !terms.advanceExact(doc)) {
                continue;
            }
            int author = -1;
            String department = null;
            long createdAt = 0;
            double score = PostWeights.NEUTRAL_SCORE;
            long postId = -1;
            boolean loaded = false;
            for (int i = 0, n = terms.docValueCount(); i < n; i++) {
                int index = candidateIndex[(int) terms.nextOrd()] - 1;
                if (index < 0) {
                    continue;
                }
                if (!loaded) {
                    author = authorId(authors.advanceExact(doc) ? authors.ordValue() : -1, authors, authorIdByOrd);
                    department = departments.advanceExact(doc) ? name(departments, departmentNames) : null;
                    createdAt = created.advanceExact(doc) ? created.longValue() : 0;
                    score = scores.advanceExact(doc) ? Double.longBitsToDouble(scores.longValue()) : score;
                    postId = postIds.advanceExact(doc) ? postIds.longValue() : -1;
                    loaded = true;
                }
                Accumulator accumulator = accumulators[index];
                if (accumulator == null) {
                    accumulator = byTerm.computeIfAbsent(candidateList.get(index), t -> new Accumulator());
                    accumulators[index] = accumulator;
                }
                accumulator.add(author, department, createdAt, score, postId);
            }
        }
    }

    /** The slice-wide number of the author with this segment ordinal (-1: a post without one). */
    private int authorId(int ord, SortedDocValues authors, int[] authorIdByOrd) throws IOException {
        if (ord < 0) {
            return authorId("");
        }
        if (authorIdByOrd[ord] < 0) {
            authorIdByOrd[ord] = authorId(authors.lookupOrd(ord).utf8ToString());
        }
        return authorIdByOrd[ord];
    }

    private int authorId(String name) {
        return authorIds.computeIfAbsent(name, n -> {
            authorNames.add(n);
            return authorNames.size() - 1;
        });
    }

    /** The value of the current document, decoded once per segment and ordinal. */
    private static String name(SortedDocValues values, String[] names) throws IOException {
        int ord = values.ordValue();
        if (names[ord] == null) {
            names[ord] = values.lookupOrd(ord).utf8ToString();
        }
        return names[ord];
    }
}
