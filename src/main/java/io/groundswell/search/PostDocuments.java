package io.groundswell.search;

import io.groundswell.post.PlainText;
import io.groundswell.post.Post;
import io.groundswell.rating.RatingSummary;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoubleDocValuesField;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;

/** Turns a post, loaded with its author and tags, into its search document. */
final class PostDocuments {

    /**
     * Facets live in sorted-set doc values: no taxonomy index beside the main one to keep in step,
     * and the counts are computed from the same point-in-time reader as the hits.
     */
    static final FacetsConfig FACETS = facetsConfig();

    private PostDocuments() {}

    private static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        config.setMultiValued(SearchFields.TAG, true);
        return config;
    }

    static Document of(Post post) {
        Document doc = new Document();
        // A keyword, not text: it is the exact key of updateDocument/deleteDocuments. Stored, as it
        // is the one value read back from a hit: everything shown is loaded from the database.
        doc.add(new StringField(SearchFields.ID, Long.toString(post.id), Field.Store.YES));
        // Analysed text with positions for phrase queries; not stored, the database has the original.
        doc.add(new TextField(SearchFields.TITLE, post.title, Field.Store.NO));
        doc.add(new TextField(SearchFields.BODY, PlainText.of(post.body, post.bodyFormat), Field.Store.NO));
        // A point for from/to range filters (a BKD tree, fast for ranges) and doc values for
        // sort=new and the index sort; one value, two structures, each good at its job.
        long created = post.createdAt.toEpochMilli();
        doc.add(new LongPoint(SearchFields.CREATED, created));
        doc.add(new NumericDocValuesField(SearchFields.CREATED, created));
        // Keywords: matched exactly as filters (never tokenized, so "R&D" stays one value), and
        // facet fields for the counts by value.
        keywordAndFacet(doc, SearchFields.SOURCE, post.source);
        keywordAndFacet(doc, SearchFields.DEPARTMENT, post.author.department);
        for (String tag : post.tags) {
            keywordAndFacet(doc, SearchFields.TAG, tag);
        }
        doc.add(new StringField(SearchFields.AUTHOR, post.author.key, Field.Store.NO));
        // Doc values only: ratings are sorted on (sort=top) and read per hit, never searched as terms.
        RatingSummary rating = RatingSummary.of(post.ratingCount, post.ratingSum);
        doc.add(new DoubleDocValuesField(SearchFields.RATING_SCORE, rating.score()));
        doc.add(new NumericDocValuesField(SearchFields.RATING_COUNT, rating.count()));
        try {
            return FACETS.build(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void keywordAndFacet(Document doc, String field, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        doc.add(new StringField(field, value, Field.Store.NO));
        doc.add(new SortedSetDocValuesFacetField(field, value));
    }
}
