package io.groundswell.search.terms;

import io.groundswell.search.SearchFields;
import io.groundswell.search.terms.TermStatistics.Count;
import io.groundswell.search.terms.TermStatistics.SliceCounts;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;

/**
 * Counts, for a slice, in how many posts each word or phrase occurs and their summed rating
 * weight. It reads the per-post term sets kept in sorted-set doc values, so it counts with plain
 * arrays indexed by term ordinal: the cost grows with the posts in the slice, not with the
 * history in the index. Only the terms a segment's slice contains are turned into text.
 *
 * <p>A term counts once per voice, one author in one thread: the posts of voices that wrote more
 * than one post of the slice ({@link SharedVoices}) are merged by {@link VoiceTerms}, so a thread's
 * replies by one person, or a chatty thread's title, do not count over and over.
 */
final class EveryTermCount implements SegmentScan.Strategy<EveryTermCount.Gathered, SliceCounts> {

    /** What a segment gathered: its posts' weights, and the terms they hold with their posts and weight. */
    record Gathered(
            DeferredSum weights,
            List<String> terms,
            int[] docs,
            double[] termWeights,
            Map<Long, VoiceTerms.Named> voices) {}

    private final SharedVoices shared;

    EveryTermCount(SharedVoices shared) {
        this.shared = shared;
    }

    @Override
    public SegmentScan.Segment<Gathered> open(LeafReaderContext segment) throws IOException {
        SortedSetDocValues terms = DocValues.getSortedSet(segment.reader(), SearchFields.TERMS);
        NumericDocValues scores = DocValues.getNumeric(segment.reader(), SearchFields.RATING_SCORE);
        NumericDocValues voices = DocValues.getNumeric(segment.reader(), SearchFields.THREAD_AUTHOR);
        VoiceTerms voiceTerms = new VoiceTerms();
        int[] termDocs = new int[Math.toIntExact(terms.getValueCount())];
        double[] termWeights = new double[termDocs.length];
        DeferredSum weights = new DeferredSum();
        return new SegmentScan.Segment<>() {
            private final String[] names = new String[termDocs.length];

            @Override
            public void collect(int doc) throws IOException {
                double docWeight = PostWeights.read(scores, doc);
                Long voice = shared.of(voices, doc);
                if (voice != null) {
                    VoiceTerms.Voice merged = voiceTerms.post(voice, docWeight);
                    if (terms.advanceExact(doc)) {
                        for (int i = 0, n = terms.docValueCount(); i < n; i++) {
                            merged.term((int) terms.nextOrd(), docWeight);
                        }
                    }
                    return;
                }
                weights.add(docWeight);
                if (terms.advanceExact(doc)) {
                    for (int i = 0, n = terms.docValueCount(); i < n; i++) {
                        int ord = (int) terms.nextOrd();
                        termDocs[ord]++;
                        termWeights[ord] += docWeight;
                    }
                }
            }

            @Override
            public Gathered result() throws IOException {
                // Compacted in place: the n-th term seen has an ordinal of n or more.
                List<String> seen = new ArrayList<>();
                for (int ord = 0; ord < termDocs.length; ord++) {
                    if (termDocs[ord] > 0) {
                        termDocs[seen.size()] = termDocs[ord];
                        termWeights[seen.size()] = termWeights[ord];
                        seen.add(nameOf(ord));
                    }
                }
                return new Gathered(
                        weights,
                        seen,
                        Arrays.copyOf(termDocs, seen.size()),
                        Arrays.copyOf(termWeights, seen.size()),
                        voiceTerms.named(this::nameOf));
            }

            /** Each ordinal decoded once: many voices share their thread's words. */
            private String nameOf(int ord) throws IOException {
                if (names[ord] == null) {
                    names[ord] = terms.lookupOrd(ord).utf8ToString();
                }
                return names[ord];
            }
        };
    }

    @Override
    public SliceCounts combine(List<Gathered> segments) {
        Map<String, double[]> totals = new HashMap<>();
        int docs = 0;
        double weight = 0;
        for (Gathered segment : segments) {
            docs += segment.weights().count();
            weight = segment.weights().addTo(weight);
            for (int i = 0; i < segment.terms().size(); i++) {
                double[] total = totals.computeIfAbsent(segment.terms().get(i), t -> new double[2]);
                total[0] += segment.docs()[i];
                total[1] += segment.termWeights()[i];
            }
        }
        Map<Long, VoiceTerms.Named> voices =
                VoiceTerms.merge(segments.stream().map(Gathered::voices).toList());
        for (VoiceTerms.Named voice : voices.values()) {
            docs++;
            weight += voice.weight();
        }
        VoiceTerms.perTerm(voices).forEach((term, voiceTotal) -> {
            double[] total = totals.computeIfAbsent(term, t -> new double[2]);
            total[0] += voiceTotal[0];
            total[1] += voiceTotal[1];
        });
        Map<String, Count> counts = new HashMap<>(totals.size() * 2);
        totals.forEach((term, t) -> counts.put(term, new Count((int) t[0], t[1])));
        return new SliceCounts(docs, weight, counts);
    }
}
