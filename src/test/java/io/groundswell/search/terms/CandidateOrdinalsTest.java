package io.groundswell.search.terms;

import static org.assertj.core.api.Assertions.assertThat;

import io.groundswell.search.SearchFields;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/**
 * Candidates found by one walk through a segment's terms dictionary are the ones a lookup per
 * candidate finds, on dictionaries of thousands of terms (many compressed blocks), with absent,
 * repeated and non-ASCII candidates in any order.
 */
class CandidateOrdinalsTest {

    /** Words a0000, a0002, ... every other number, so the odd ones fall between two terms. */
    private static String word(int n) {
        return String.format(Locale.ROOT, "a%04d", n);
    }

    @Test
    void shouldFindTheOrdinalsThatALookupPerCandidateFinds() throws IOException {
        Random random = new Random(21);
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
            try (IndexWriter writer =
                    new IndexWriter(directory, new IndexWriterConfig().setMergePolicy(NoMergePolicy.INSTANCE))) {
                for (int segment = 0; segment < 3; segment++) {
                    for (int doc = 0; doc < 200; doc++) {
                        Document document = new Document();
                        for (int t = 0; t < 40; t++) {
                            int n = 2 * random.nextInt(3000);
                            document.add(new SortedSetDocValuesField(SearchFields.TERMS, new BytesRef(word(n))));
                        }
                        document.add(new SortedSetDocValuesField(SearchFields.TERMS, new BytesRef("zürich")));
                        writer.addDocument(document);
                    }
                    writer.commit();
                }
            }
            List<String> candidates = new ArrayList<>();
            for (int i = 0; i < 1500; i++) {
                candidates.add(word(random.nextInt(6200)));
            }
            candidates.addAll(List.of("", "a", "zürich", "zz", "a0100", "a0100", "\uD83D\uDE00"));
            Collections.shuffle(candidates, random);

            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                assertThat(reader.leaves()).hasSize(3);
                for (LeafReaderContext leaf : reader.leaves()) {
                    SortedSetDocValues terms = leaf.reader().getSortedSetDocValues(SearchFields.TERMS);
                    assertThat(terms.getValueCount()).isGreaterThan(1000);
                    CandidateOrdinals found = CandidateOrdinals.find(terms, CandidateOrdinals.Sorted.of(candidates));
                    int[] expected =
                            lookedUpOneByOne(leaf.reader().getSortedSetDocValues(SearchFields.TERMS), candidates);
                    int matched = 0;
                    for (int ord = 0; ord < expected.length; ord++) {
                        assertThat(found.indexOf(ord)).as("ordinal %d", ord).isEqualTo(expected[ord]);
                        matched += expected[ord] >= 0 ? 1 : 0;
                    }
                    assertThat(matched).isBetween(100, 1500);
                }
            }
        }
    }

    @Test
    void shouldFindNothingWhenNoCandidateIsInTheSegment() throws IOException {
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
                Document document = new Document();
                document.add(new SortedSetDocValuesField(SearchFields.TERMS, new BytesRef("budget")));
                writer.addDocument(document);
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                SortedSetDocValues terms = reader.leaves().get(0).reader().getSortedSetDocValues(SearchFields.TERMS);
                assertThat(CandidateOrdinals.find(terms, CandidateOrdinals.Sorted.of(List.of("carbon", "a", "z"))))
                        .isNull();
                assertThat(CandidateOrdinals.find(terms, CandidateOrdinals.Sorted.of(List.of())))
                        .isNull();
                assertThat(CandidateOrdinals.find(terms, CandidateOrdinals.Sorted.of(List.of("z", "budget")))
                                .indexOf(0))
                        .isEqualTo(1);
            }
        }
    }

    /** By ordinal, the index of the candidate a lookup finds there (the last one if repeated), else -1. */
    private static int[] lookedUpOneByOne(SortedSetDocValues terms, List<String> candidates) throws IOException {
        int[] expected = new int[Math.toIntExact(terms.getValueCount())];
        Arrays.fill(expected, -1);
        for (int i = 0; i < candidates.size(); i++) {
            long ord = terms.lookupTerm(new BytesRef(candidates.get(i)));
            if (ord >= 0) {
                expected[(int) ord] = i;
            }
        }
        return expected;
    }
}
