package io.groundswell.search.terms;

import io.groundswell.search.SearchFields;
import io.groundswell.search.terms.TermStatistics.Count;
import io.groundswell.search.terms.TermStatistics.SliceCounts;
import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;

/**
 * Counts only the given terms in a slice (and the slice's posts and weight): each term's ordinal
 * is looked up per segment and membership tested by ordinal, so nothing else is ever turned into
 * text.
 */
final class ChosenTermCount implements SegmentScan.Strategy<ChosenTermCount.Gathered, SliceCounts> {

    /** The weights of one segment's posts, and per chosen term those of its posts (null: none). */
    record Gathered(DeferredSum weights, DeferredSum[] termWeights, Map<Long, VoiceTerms.Named> voices) {}

    private final List<String> chosen;
    private final CandidateOrdinals.Sorted sorted;
    private final SharedVoices shared;

    /** Counts {@code chosen} once per voice, as {@link EveryTermCount} does. */
    ChosenTermCount(Collection<String> chosen, SharedVoices shared) {
        this.chosen = List.copyOf(chosen);
        this.sorted = CandidateOrdinals.Sorted.of(this.chosen);
        this.shared = shared;
    }

    @Override
    public SegmentScan.Segment<Gathered> open(LeafReaderContext segment) throws IOException {
        SortedSetDocValues terms = DocValues.getSortedSet(segment.reader(), SearchFields.TERMS);
        NumericDocValues scores = DocValues.getNumeric(segment.reader(), SearchFields.RATING_SCORE);
        NumericDocValues voices = DocValues.getNumeric(segment.reader(), SearchFields.THREAD_AUTHOR);
        CandidateOrdinals wanted = CandidateOrdinals.find(terms, sorted);
        VoiceTerms voiceTerms = new VoiceTerms();
        DeferredSum weights = new DeferredSum();
        DeferredSum[] termWeights = new DeferredSum[chosen.size()];
        return new SegmentScan.Segment<>() {
            @Override
            public void collect(int doc) throws IOException {
                double docWeight = PostWeights.read(scores, doc);
                Long voice = shared.of(voices, doc);
                VoiceTerms.Voice merged = voice == null ? null : voiceTerms.post(voice, docWeight);
                if (merged == null) {
                    weights.add(docWeight);
                }
                if (wanted == null || !terms.advanceExact(doc)) {
                    return;
                }
                for (int i = 0, n = terms.docValueCount(); i < n; i++) {
                    int index = wanted.indexOf(terms.nextOrd());
                    if (index >= 0 && merged != null) {
                        merged.term(index, docWeight);
                    } else if (index >= 0) {
                        if (termWeights[index] == null) {
                            termWeights[index] = new DeferredSum();
                        }
                        termWeights[index].add(docWeight);
                    }
                }
            }

            @Override
            public Gathered result() throws IOException {
                return new Gathered(weights, termWeights, voiceTerms.named(chosen::get));
            }
        };
    }

    @Override
    public SliceCounts combine(List<Gathered> segments) {
        int[] docsOf = new int[chosen.size()];
        double[] weightOf = new double[chosen.size()];
        int docs = 0;
        double weight = 0;
        for (Gathered segment : segments) {
            docs += segment.weights().count();
            weight = segment.weights().addTo(weight);
            for (int i = 0; i < chosen.size(); i++) {
                DeferredSum termWeights = segment.termWeights()[i];
                if (termWeights != null) {
                    docsOf[i] += termWeights.count();
                    weightOf[i] = termWeights.addTo(weightOf[i]);
                }
            }
        }
        Map<Long, VoiceTerms.Named> voices =
                VoiceTerms.merge(segments.stream().map(Gathered::voices).toList());
        for (VoiceTerms.Named voice : voices.values()) {
            docs++;
            weight += voice.weight();
        }
        Map<String, double[]> byVoices = VoiceTerms.perTerm(voices);
        Map<String, Count> counts = new HashMap<>();
        for (int i = 0; i < chosen.size(); i++) {
            double[] voiceTotal = byVoices.getOrDefault(chosen.get(i), new double[2]);
            int termDocs = docsOf[i] + (int) voiceTotal[0];
            if (termDocs > 0) {
                counts.put(chosen.get(i), new Count(termDocs, weightOf[i] + voiceTotal[1]));
            }
        }
        return new SliceCounts(docs, weight, counts);
    }
}
