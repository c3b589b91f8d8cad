package io.groundswell.search;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Term statistics of slices of the index, for trend and who-leads-what analytics. Everything is
 * read from the index (never from database rows) and from one point-in-time searcher per call.
 */
@ApplicationScoped
public class TermStatistics {

    /** Counts of a slice: posts, their summed weight, and per term posts and weight. */
    public record SliceCounts(int docs, double weight, Map<String, Count> terms, long generation) {}

    public record Count(int docs, double weight) {}

    private final SearchIndex index;

    TermStatistics(SearchIndex index) {
        this.index = index;
    }

    /** Every word and phrase of the slice with its counts. */
    public SliceCounts count(TermSlice slice) {
        return index.withSearcher(searcher -> {
            TermCounter.Counts counts = TermCounter.count(searcher, queryOf(slice));
            Map<String, Count> terms = new java.util.HashMap<>(counts.terms().size() * 2);
            counts.terms().forEach((term, c) -> terms.put(term, new Count(c.docs(), c.weight())));
            return new SliceCounts(counts.docs(), counts.weight(), terms, versionOf(searcher));
        });
    }

    /** The counts of the given terms only (and the slice's totals). */
    public SliceCounts countOnly(TermSlice slice, Collection<String> terms) {
        return index.withSearcher(searcher -> {
            TermCounter.Counts counts = TermCounter.countOnly(searcher, queryOf(slice), terms);
            Map<String, Count> result = new java.util.HashMap<>();
            counts.terms().forEach((term, c) -> result.put(term, new Count(c.docs(), c.weight())));
            return new SliceCounts(counts.docs(), counts.weight(), result, versionOf(searcher));
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
        TermDetailCollector collector =
                new TermDetailCollector(slice.from().toEpochMilli(), days, maxPostsPerAuthor, bestPosts, breakdowns);
        return index.withSearcher(searcher -> collector.collect(searcher, queryOf(slice), candidates));
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
        return index.withSearcher(searcher -> new TermPostCollector(maxPosts).collect(searcher, queryOf(slice), keys));
    }

    /** Every post of the slice with its author, at most {@code maxPosts} listed, the most rated first. */
    public TermPosts posts(TermSlice slice, int maxPosts) {
        return index.withSearcher(searcher -> new TermPostCollector(maxPosts).collectAll(searcher, queryOf(slice)));
    }

    /** A number that changes whenever the searchable content changes, for cache keys. */
    public long generation() {
        return index.withSearcher(searcher -> versionOf(searcher));
    }

    /** DirectoryReader versions grow with every change made visible; other readers never change. */
    private static long versionOf(org.apache.lucene.search.IndexSearcher searcher) {
        return searcher.getIndexReader() instanceof org.apache.lucene.index.DirectoryReader reader
                ? reader.getVersion()
                : 0;
    }

    static Query queryOf(TermSlice slice) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        long[] bounds = TermCounter.bounds(slice.from(), slice.to());
        query.add(LongPoint.newRangeQuery(SearchFields.CREATED, bounds[0], bounds[1]), BooleanClause.Occur.FILTER);
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
