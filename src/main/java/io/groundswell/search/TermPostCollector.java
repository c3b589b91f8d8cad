package io.groundswell.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
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

/**
 * One pass over a slice that lists, for a few terms at once, the posts containing each of them
 * with their authors. It reads doc values only, like {@link TermDetailCollector}: a term is found
 * in a post by its ordinal, so the cost follows the posts of the slice, not the history.
 *
 * <p>Each term keeps at most {@code maxPosts} posts, the most rated ones: unrated posts cannot
 * make anyone a leader, so they are the ones to drop when a common word matches too many. Posts
 * per author are counted for every match, listed or not.
 */
final class TermPostCollector {

    /** Orders the posts to keep: fewest ratings first, so the queue's head is the one to drop. */
    private static final Comparator<TermPosts.Post> KEEP_ORDER = Comparator.comparingInt(TermPosts.Post::ratings)
            .thenComparing(TermPosts.Post::created)
            .thenComparingLong(TermPosts.Post::postId);

    private final int maxPosts;
    private final Map<String, Accumulator> byTerm = new HashMap<>();
    private final Accumulator all = new Accumulator();

    private final class Accumulator {
        final Map<String, Integer> postsByAuthor = new HashMap<>();
        final PriorityQueue<TermPosts.Post> kept = new PriorityQueue<>(KEEP_ORDER);
        boolean truncated;

        void add(TermPosts.Post post) {
            postsByAuthor.merge(post.author(), 1, Integer::sum);
            kept.add(post);
            if (kept.size() > maxPosts) {
                kept.poll();
                truncated = true;
            }
        }

        TermPosts toPosts(String term) {
            List<TermPosts.Post> posts = new ArrayList<>(kept);
            posts.sort(KEEP_ORDER.reversed());
            return new TermPosts(term, Map.copyOf(postsByAuthor), List.copyOf(posts), truncated);
        }
    }

    TermPostCollector(int maxPosts) {
        this.maxPosts = Math.max(1, maxPosts);
    }

    /** Posts containing each of {@code terms}; terms no post contains are left out. */
    Map<String, TermPosts> collect(IndexSearcher searcher, Query query, Collection<String> terms) {
        scan(searcher, query, terms);
        Map<String, TermPosts> result = new HashMap<>();
        byTerm.forEach((term, acc) -> result.put(term, acc.toPosts(term)));
        return result;
    }

    /** Every post of the slice, under a null term. */
    TermPosts collectAll(IndexSearcher searcher, Query query) {
        scan(searcher, query, null);
        return all.toPosts(null);
    }

    private void scan(IndexSearcher searcher, Query query, Collection<String> terms) {
        try {
            Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                Scorer scorer = weight.scorer(leaf);
                if (scorer != null) {
                    scanLeaf(leaf, scorer, terms);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void scanLeaf(LeafReaderContext leaf, Scorer scorer, Collection<String> terms) throws IOException {
        var reader = leaf.reader();
        SortedSetDocValues values = DocValues.getSortedSet(reader, SearchFields.TERMS);
        Map<Long, String> wanted = new HashMap<>();
        if (terms != null) {
            for (String term : terms) {
                long ord = values.lookupTerm(new BytesRef(term));
                if (ord >= 0) {
                    wanted.put(ord, term);
                }
            }
            if (wanted.isEmpty()) {
                return;
            }
        }
        SortedDocValues authors = DocValues.getSorted(reader, SearchFields.AUTHOR_DV);
        NumericDocValues created = DocValues.getNumeric(reader, SearchFields.CREATED);
        NumericDocValues ratings = DocValues.getNumeric(reader, SearchFields.RATING_COUNT);
        NumericDocValues postIds = DocValues.getNumeric(reader, SearchFields.POST_ID);
        Bits live = reader.getLiveDocs();
        DocIdSetIterator it = scorer.iterator();
        for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
            if ((live != null && !live.get(doc)) || !postIds.advanceExact(doc)) {
                continue;
            }
            List<String> matched = terms == null ? null : matchedTerms(values, doc, wanted);
            if (matched != null && matched.isEmpty()) {
                continue;
            }
            TermPosts.Post post = new TermPosts.Post(
                    postIds.longValue(),
                    authors.advanceExact(doc)
                            ? authors.lookupOrd(authors.ordValue()).utf8ToString()
                            : "",
                    Instant.ofEpochMilli(created.advanceExact(doc) ? created.longValue() : 0),
                    ratings.advanceExact(doc) ? (int) ratings.longValue() : 0);
            if (matched == null) {
                all.add(post);
            } else {
                matched.forEach(term ->
                        byTerm.computeIfAbsent(term, t -> new Accumulator()).add(post));
            }
        }
    }

    private static List<String> matchedTerms(SortedSetDocValues values, int doc, Map<Long, String> wanted)
            throws IOException {
        if (!values.advanceExact(doc)) {
            return List.of();
        }
        List<String> matched = new ArrayList<>(1);
        for (int i = 0, n = values.docValueCount(); i < n; i++) {
            String term = wanted.get(values.nextOrd());
            if (term != null) {
                matched.add(term);
            }
        }
        return matched;
    }
}
