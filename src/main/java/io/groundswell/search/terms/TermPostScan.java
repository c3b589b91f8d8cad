package io.groundswell.search.terms;

import io.groundswell.post.PostKind;
import io.groundswell.search.SearchFields;
import io.groundswell.search.terms.TermPosts.IndexedPost;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.util.BytesRef;

/**
 * One pass over a slice that lists, for a few terms at once, the posts containing each of them
 * with their authors; or, without terms, every post of the slice under a null term. It reads doc
 * values only, like {@link TermDetailScan}: a term is found in a post by its ordinal, so the cost
 * follows the posts of the slice, not the history.
 *
 * <p>Each term keeps at most {@code maxPosts} posts, the most rated ones: unrated posts cannot
 * make anyone a leader, so they are the ones to drop when a common word matches too many. Posts
 * per author are counted for every match, listed or not.
 */
final class TermPostScan implements SegmentScan.Strategy<List<TermPostScan.Match>, Map<String, TermPosts>> {

    /** Orders the posts to keep: fewest ratings first, so the queue's head is the one to drop. */
    private static final Comparator<IndexedPost> KEEP_ORDER = Comparator.comparingInt(IndexedPost::ratings)
            .thenComparing(IndexedPost::created)
            .thenComparingLong(IndexedPost::postId);

    /** A post of the slice and the wanted terms it contains (null when every post is wanted). */
    record Match(IndexedPost post, List<String> terms) {}

    private final List<String> terms;
    private final CandidateOrdinals.Sorted sorted;
    private final int maxPosts;

    /** Lists the posts of each of {@code terms}, or with null every post of the slice. */
    TermPostScan(Collection<String> terms, int maxPosts) {
        this.terms = terms == null ? null : List.copyOf(terms);
        this.sorted = terms == null ? null : CandidateOrdinals.Sorted.of(this.terms);
        this.maxPosts = Math.max(1, maxPosts);
    }

    @Override
    public SegmentScan.Segment<List<Match>> open(LeafReaderContext segment) throws IOException {
        LeafReader reader = segment.reader();
        SortedSetDocValues values = DocValues.getSortedSet(reader, SearchFields.TERMS);
        CandidateOrdinals wanted = terms == null ? null : CandidateOrdinals.find(values, sorted);
        if (terms != null && wanted == null) {
            return null;
        }
        SortedDocValues authors = DocValues.getSorted(reader, SearchFields.AUTHOR_DV);
        NumericDocValues created = DocValues.getNumeric(reader, SearchFields.CREATED);
        NumericDocValues ratings = DocValues.getNumeric(reader, SearchFields.RATING_COUNT);
        NumericDocValues postIds = DocValues.getNumeric(reader, SearchFields.POST_ID);
        SortedDocValues kinds = DocValues.getSorted(reader, SearchFields.KIND_DV);
        int question = kinds.lookupTerm(new BytesRef(PostKind.QUESTION.wireName()));
        List<Match> matches = new ArrayList<>();
        return new SegmentScan.Segment<>() {
            @Override
            public void collect(int doc) throws IOException {
                if (!postIds.advanceExact(doc)) {
                    return;
                }
                List<String> matched = wanted == null ? null : matchedTerms(values, doc, wanted);
                if (matched != null && matched.isEmpty()) {
                    return;
                }
                IndexedPost post = new IndexedPost(
                        postIds.longValue(),
                        authors.advanceExact(doc)
                                ? authors.lookupOrd(authors.ordValue()).utf8ToString()
                                : "",
                        Instant.ofEpochMilli(created.advanceExact(doc) ? created.longValue() : 0),
                        ratings.advanceExact(doc) ? (int) ratings.longValue() : 0,
                        question >= 0 && kinds.advanceExact(doc) && kinds.ordValue() == question);
                matches.add(new Match(post, matched));
            }

            @Override
            public List<Match> result() {
                return matches;
            }
        };
    }

    private List<String> matchedTerms(SortedSetDocValues values, int doc, CandidateOrdinals wanted) throws IOException {
        if (!values.advanceExact(doc)) {
            return List.of();
        }
        List<String> matched = new ArrayList<>(1);
        for (int i = 0, n = values.docValueCount(); i < n; i++) {
            int index = wanted.indexOf(values.nextOrd());
            if (index >= 0) {
                matched.add(terms.get(index));
            }
        }
        return matched;
    }

    /** Posts per term; terms no post contains are left out, every post is under a null term. */
    @Override
    public Map<String, TermPosts> combine(List<List<Match>> segments) {
        Map<String, Accumulator> byTerm = new HashMap<>();
        if (terms == null) {
            byTerm.put(null, new Accumulator());
        }
        for (List<Match> matches : segments) {
            for (Match match : matches) {
                if (match.terms() == null) {
                    byTerm.get(null).add(match.post());
                } else {
                    match.terms().forEach(term -> byTerm.computeIfAbsent(term, t -> new Accumulator())
                            .add(match.post()));
                }
            }
        }
        Map<String, TermPosts> result = new HashMap<>();
        byTerm.forEach((term, acc) -> result.put(term, acc.toPosts(term)));
        return result;
    }

    private final class Accumulator {
        final Map<String, Integer> postsByAuthor = new HashMap<>();
        final PriorityQueue<IndexedPost> kept = new PriorityQueue<>(KEEP_ORDER);
        boolean truncated;

        void add(IndexedPost post) {
            postsByAuthor.merge(post.author(), 1, Integer::sum);
            kept.add(post);
            if (kept.size() > maxPosts) {
                kept.poll();
                truncated = true;
            }
        }

        TermPosts toPosts(String term) {
            List<IndexedPost> posts = new ArrayList<>(kept);
            posts.sort(KEEP_ORDER.reversed());
            return new TermPosts(term, Map.copyOf(postsByAuthor), List.copyOf(posts), truncated);
        }
    }
}
