package io.groundswell.search.terms;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

/**
 * The one pass over the posts of a slice that every term statistic makes, as a {@link
 * CollectorManager}: a searcher with an executor reads its segments in parallel, one collector per
 * group of segments. A {@link Strategy} says what a segment gathers; the segments' results are
 * then combined in index order, so every figure, floating-point sums included, is the one a
 * single sequential pass would give, with or without an executor.
 *
 * @param <S> what one segment gathers
 * @param <R> the combined result
 */
final class SegmentScan<S, R> implements CollectorManager<SegmentScan.Gatherer<S>, R> {

    /** One kind of term statistic: what it reads in a segment and how segments add up. */
    interface Strategy<S, R> {

        /**
         * Starts reading a segment, at its first matching post (segments without one are never
         * opened); null when nothing in this segment can count, to skip the rest of it.
         */
        Segment<S> open(LeafReaderContext segment) throws IOException;

        /** Combines what the segments gathered, given in index order. */
        R combine(List<S> segments);
    }

    /** A segment being read: its matching live posts in doc id order, then its result. */
    interface Segment<S> {

        void collect(int doc) throws IOException;

        S result() throws IOException;
    }

    private record Gathered<S>(int ord, S result) {}

    private final Strategy<S, R> strategy;

    private SegmentScan(Strategy<S, R> strategy) {
        this.strategy = strategy;
    }

    static <S, R> SegmentScan<S, R> of(Strategy<S, R> strategy) {
        return new SegmentScan<>(strategy);
    }

    @Override
    public Gatherer<S> newCollector() {
        return new Gatherer<>(strategy);
    }

    @Override
    public R reduce(Collection<Gatherer<S>> gatherers) {
        List<Gathered<S>> all = new ArrayList<>();
        gatherers.forEach(gatherer -> all.addAll(gatherer.gathered));
        all.sort(Comparator.comparingInt(Gathered::ord));
        return strategy.combine(all.stream().map(Gathered::result).toList());
    }

    /** The collector of one group of segments, read by one thread. */
    static final class Gatherer<S> implements Collector {

        private final Strategy<S, ?> strategy;
        private final List<Gathered<S>> gathered = new ArrayList<>();

        private Gatherer(Strategy<S, ?> strategy) {
            this.strategy = strategy;
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) {
            // Opened lazily: a time window misses most segments, and opening one allocates
            // arrays as long as its terms.
            return new LeafCollector() {
                private Segment<S> segment;

                @Override
                public void setScorer(Scorable scorer) {
                    // counts only, no scores
                }

                @Override
                public void collect(int doc) throws IOException {
                    if (segment == null) {
                        segment = strategy.open(context);
                        if (segment == null) {
                            throw new CollectionTerminatedException();
                        }
                    }
                    segment.collect(doc);
                }

                @Override
                public void finish() throws IOException {
                    if (segment != null) {
                        gathered.add(new Gathered<>(context.ord, segment.result()));
                    }
                }
            };
        }
    }
}
