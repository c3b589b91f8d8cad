package io.groundswell.search.terms;

import io.groundswell.search.SearchFields;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;

/**
 * One pass over a slice that notes, per thread, which of a few terms its posts hold (as the bits
 * of a long), then counts the threads of each term, of each pair, and of the slice. Threads are keyed by their
 * doc value, not by ordinal: a thread's posts may lie in different segments.
 */
final class TermOverlapScan implements SegmentScan.Strategy<Map<String, Long>, TermOverlap> {

    private final List<String> terms;
    private final CandidateOrdinals.Sorted sorted;

    TermOverlapScan(List<String> terms) {
        if (terms.size() > TermOverlap.MAX_TERMS) {
            throw new IllegalArgumentException("At most " + TermOverlap.MAX_TERMS + " terms, not " + terms.size());
        }
        this.terms = List.copyOf(terms);
        this.sorted = CandidateOrdinals.Sorted.of(this.terms);
    }

    @Override
    public SegmentScan.Segment<Map<String, Long>> open(LeafReaderContext segment) throws IOException {
        SortedSetDocValues values = DocValues.getSortedSet(segment.reader(), SearchFields.TERMS);
        // Null when the segment holds none of the terms: its threads still count in allThreads.
        CandidateOrdinals wanted = CandidateOrdinals.find(values, sorted);
        SortedDocValues threads = DocValues.getSorted(segment.reader(), SearchFields.THREAD_DV);
        Map<Integer, Long> byThreadOrdinal = new HashMap<>();
        return new SegmentScan.Segment<>() {
            @Override
            public void collect(int doc) throws IOException {
                if (!threads.advanceExact(doc)) {
                    return;
                }
                long bits = 0;
                if (wanted != null && values.advanceExact(doc)) {
                    for (int i = 0; i < values.docValueCount(); i++) {
                        int term = wanted.indexOf(values.nextOrd());
                        if (term >= 0) {
                            bits |= 1L << term;
                        }
                    }
                }
                // Threads without any of the terms are kept too (as 0): they count in allThreads.
                byThreadOrdinal.merge(threads.ordValue(), bits, (a, b) -> a | b);
            }

            @Override
            public Map<String, Long> result() throws IOException {
                Map<String, Long> byThread = new HashMap<>();
                for (Map.Entry<Integer, Long> thread : byThreadOrdinal.entrySet()) {
                    byThread.put(threads.lookupOrd(thread.getKey()).utf8ToString(), thread.getValue());
                }
                return byThread;
            }
        };
    }

    @Override
    public TermOverlap combine(List<Map<String, Long>> segments) {
        Map<String, Long> byThread = new HashMap<>();
        segments.forEach(segment -> segment.forEach((thread, bits) -> byThread.merge(thread, bits, (a, b) -> a | b)));
        int n = terms.size();
        int[] threadsPerTerm = new int[n];
        int[][] shared = new int[n][n];
        for (long bits : byThread.values()) {
            for (int a = 0; a < n; a++) {
                if ((bits & (1L << a)) == 0) {
                    continue;
                }
                threadsPerTerm[a]++;
                for (int b = a + 1; b < n; b++) {
                    if ((bits & (1L << b)) != 0) {
                        shared[a][b]++;
                        shared[b][a]++;
                    }
                }
            }
        }
        return new TermOverlap(terms, threadsPerTerm, shared, byThread.size());
    }
}
