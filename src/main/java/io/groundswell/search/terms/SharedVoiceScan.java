package io.groundswell.search.terms;

import io.groundswell.search.SearchFields;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;

/**
 * The cheap first pass of a term count: one number per post, its voice, to find the voices that
 * wrote several posts of the slice. A thread's posts may lie in different segments, so this
 * cannot be known segment by segment.
 */
final class SharedVoiceScan implements SegmentScan.Strategy<SharedVoiceScan.Seen, SharedVoices> {

    /** A segment's voices, one per post that has one, and its posts without a voice. */
    record Seen(long[] voices, int voiceless) {}

    @Override
    public SegmentScan.Segment<Seen> open(LeafReaderContext segment) throws IOException {
        NumericDocValues voices = DocValues.getNumeric(segment.reader(), SearchFields.THREAD_AUTHOR);
        return new SegmentScan.Segment<>() {
            private long[] seen = new long[64];
            private int count;
            private int voiceless;

            @Override
            public void collect(int doc) throws IOException {
                if (voices.advanceExact(doc)) {
                    if (count == seen.length) {
                        seen = Arrays.copyOf(seen, count * 2);
                    }
                    seen[count++] = voices.longValue();
                } else {
                    voiceless++;
                }
            }

            @Override
            public Seen result() {
                return new Seen(Arrays.copyOf(seen, count), voiceless);
            }
        };
    }

    @Override
    public SharedVoices combine(List<Seen> segments) {
        long[] all = new long[segments.stream().mapToInt(s -> s.voices().length).sum()];
        int at = 0;
        int voiceless = 0;
        for (Seen segment : segments) {
            System.arraycopy(segment.voices(), 0, all, at, segment.voices().length);
            at += segment.voices().length;
            voiceless += segment.voiceless();
        }
        Arrays.sort(all);
        long[] shared = new long[all.length / 2];
        int count = 0;
        int distinct = all.length == 0 ? 0 : 1;
        for (int i = 1; i < all.length; i++) {
            if (all[i] != all[i - 1]) {
                distinct++;
            } else if (count == 0 || shared[count - 1] != all[i]) {
                shared[count++] = all[i];
            }
        }
        return new SharedVoices(Arrays.copyOf(shared, count), distinct + voiceless);
    }
}
