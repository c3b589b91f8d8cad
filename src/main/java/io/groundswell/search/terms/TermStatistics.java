package io.groundswell.search.terms;

import io.groundswell.search.SearchFields;
import io.groundswell.search.SearchIndex;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Term statistics of slices of the index, for trend and who-leads-what analytics. Everything is
 * read from the index (never from database rows) and from one point-in-time searcher per call,
 * in one {@link SegmentScan} of the slice.
 */
@ApplicationScoped
public class TermStatistics {

    /** Counts of a slice: posts, their summed weight, and per term posts and weight. */
    public record SliceCounts(int docs, double weight, Map<String, Count> terms) {}

    /** Posts containing a term and their summed weight. */
    public record Count(int docs, double weight) {}

    private final SearchIndex index;

    TermStatistics(SearchIndex index) {
        this.index = index;
    }

    /**
     * Every word and phrase of the slice with its counts. Posts are counted by voice, one author
     * in one thread: a term counts once however many of the voice's posts hold it.
     */
    public SliceCounts count(TermSlice slice) {
        return countByVoice(slice, EveryTermCount::new);
    }

    /** The counts of the given terms only (and the slice's totals), by voice as {@link #count}. */
    public SliceCounts countOnly(TermSlice slice, Collection<String> terms) {
        return countByVoice(slice, shared -> new ChosenTermCount(terms, shared));
    }

    /**
     * The posts of the slice counted by voice, as {@link #count} counts them, in the cheap pass
     * that reads one number per post: enough to size a baseline without counting its terms.
     */
    public int posts(TermSlice slice) {
        return scan(slice, new SharedVoiceScan()).posts();
    }

    /** Finds the voices with several posts in the slice, then counts, on one searcher. */
    private SliceCounts countByVoice(
            TermSlice slice, Function<SharedVoices, SegmentScan.Strategy<?, SliceCounts>> counting) {
        Query query = queryOf(slice);
        return index.withSearcher(searcher -> {
            SharedVoices shared = searcher.search(query, SegmentScan.of(new SharedVoiceScan()));
            return searcher.search(query, SegmentScan.of(counting.apply(shared)));
        });
    }

    /**
     * Details of the candidate terms within the slice.
     *
     * @param maxPostsPerAuthor posts of one author that add to a term's weight
     * @param bestPosts how many best-rated post ids to return per term
     * @param breakdowns whether to fill posts per author and people per department
     */
    public Map<String, TermDetail> details(
            TermSlice slice, Collection<String> candidates, int maxPostsPerAuthor, int bestPosts, boolean breakdowns) {
        int days = (int) Math.max(1, Duration.between(slice.from(), slice.to()).toDays());
        return scan(
                slice,
                new TermDetailScan(
                        candidates, slice.from().toEpochMilli(), days, maxPostsPerAuthor, bestPosts, breakdowns));
    }

    /**
     * The posts of the slice whose terms include each of {@code keys} (analysed terms, as trends
     * report them), with their authors, in one pass over the slice; at most {@code maxPosts} are
     * listed per term, the most rated first. Terms that no post of the slice contains are left out.
     */
    public Map<String, TermPosts> postsWithTerms(TermSlice slice, Collection<String> keys, int maxPosts) {
        if (keys.isEmpty()) {
            return Map.of();
        }
        return scan(slice, new TermPostScan(keys, maxPosts));
    }

    /**
     * As {@link #postsWithTerms}, except that a key naming a tag lists the posts carrying that tag,
     * whatever their words: a tag is what the authors said a post is about, and a word as common as
     * "language" on a language site is in nearly every post. A key names a tag when some post of the
     * index carries it as written, or with its spaces as hyphens or underscores (tags are counted
     * as words that way, see {@code TermAnalysis}).
     */
    public Map<String, TermPosts> postsOnTopics(TermSlice slice, Collection<String> keys, int maxPosts) {
        if (keys.isEmpty()) {
            return Map.of();
        }
        return index.withSearcher(searcher -> {
            Map<String, TermPosts> result = new HashMap<>();
            List<String> words = new ArrayList<>();
            Query query = queryOf(slice);
            for (String key : keys) {
                String tag = tagNamed(searcher.getIndexReader(), key);
                if (tag == null) {
                    words.add(key);
                    continue;
                }
                Query tagged = new BooleanQuery.Builder()
                        .add(query, BooleanClause.Occur.FILTER)
                        .add(new TermQuery(new Term(SearchFields.TAG, tag)), BooleanClause.Occur.FILTER)
                        .build();
                TermPosts posts = searcher.search(tagged, SegmentScan.of(new TermPostScan(null, maxPosts)))
                        .get(null);
                if (!posts.postsByAuthor().isEmpty()) {
                    result.put(key, new TermPosts(key, posts.postsByAuthor(), posts.posts(), posts.truncated()));
                }
            }
            if (!words.isEmpty()) {
                result.putAll(searcher.search(query, SegmentScan.of(new TermPostScan(words, maxPosts))));
            }
            return result;
        });
    }

    /** The tag a key names, as the index holds it (lower case), or null when no post carries it. */
    private static String tagNamed(IndexReader reader, String key) throws IOException {
        for (String tag : List.of(key, key.replace(' ', '-'), key.replace(' ', '_'))) {
            if (!tag.isBlank() && reader.docFreq(new Term(SearchFields.TAG, tag)) > 0) {
                return tag;
            }
        }
        return null;
    }

    /**
     * How far the given terms (at most {@value TermOverlap#MAX_TERMS}) share the threads of the
     * slice, in one pass: which trending words are told together.
     */
    public TermOverlap overlap(TermSlice slice, List<String> terms) {
        if (terms.isEmpty()) {
            return new TermOverlap(List.of(), new int[0], new int[0][0], 0);
        }
        return scan(slice, new TermOverlapScan(terms));
    }

    /** Every post of the slice with its author, at most {@code maxPosts} listed, the most rated first. */
    public TermPosts posts(TermSlice slice, int maxPosts) {
        return scan(slice, new TermPostScan(null, maxPosts)).get(null);
    }

    /** A number that changes whenever the searchable content changes, for cache keys. */
    public long generation() {
        return index.withSearcher(TermStatistics::versionOf);
    }

    private <R> R scan(TermSlice slice, SegmentScan.Strategy<?, R> strategy) {
        return index.withSearcher(searcher -> searcher.search(queryOf(slice), SegmentScan.of(strategy)));
    }

    /** DirectoryReader versions grow with every change made visible; other readers never change. */
    private static long versionOf(IndexSearcher searcher) {
        return searcher.getIndexReader() instanceof DirectoryReader reader ? reader.getVersion() : 0;
    }

    /** The posts of the slice: created in [from, to), and every filter given. */
    static Query queryOf(TermSlice slice) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        long from = slice.from().toEpochMilli();
        long to = slice.to().toEpochMilli() - 1;
        query.add(LongPoint.newRangeQuery(SearchFields.CREATED, from, to), BooleanClause.Occur.FILTER);
        filter(query, SearchFields.DEPARTMENT, slice.department());
        filter(query, SearchFields.SOURCE, slice.source());
        filter(query, SearchFields.TAG, slice.tag());
        filter(query, SearchFields.AUTHOR, slice.author());
        return query.build();
    }

    private static void filter(BooleanQuery.Builder query, String field, String value) {
        if (value != null && !value.isBlank()) {
            query.add(new TermQuery(new Term(field, value)), BooleanClause.Occur.FILTER);
        }
    }
}
