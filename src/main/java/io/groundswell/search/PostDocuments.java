package io.groundswell.search;

import io.groundswell.post.PlainText;
import io.groundswell.post.Post;
import io.groundswell.post.RatingSummary;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoubleDocValuesField;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.util.BytesRef;

/** Turns a post, loaded with its author and tags, into its search document. */
final class PostDocuments {

    /**
     * Facets live in sorted-set doc values: no taxonomy index beside the main one to keep in step,
     * and the counts are computed from the same point-in-time reader as the hits.
     */
    static final FacetsConfig FACETS = facetsConfig();

    /** Doc values terms are limited in length; real words and phrases are far shorter. */
    private static final int MAX_TERM_BYTES = 32766;

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
        String body = PlainText.of(post.body, post.bodyFormat);
        doc.add(new TextField(SearchFields.BODY, body, Field.Store.NO));
        // A reply's title only repeats its thread's ("Re: ..."): searchable above, but not counted
        // again by analytics, or a busy thread would make its own title trend.
        TermAnalysis.Terms analysis =
                TermAnalysis.of(post.inheritsTitle() ? "" : post.title, post.body, post.bodyFormat, post.tags);
        addStemmedFields(doc, analysis.language().name(), post.title, body);
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
        for (Field field : ratingFields(post.ratingSummary())) {
            doc.add(field);
        }
        addTrendFields(doc, post, analysis);
        try {
            return FACETS.build(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The rating of a post as doc values: in every document, and on their own to update a
     * re-rated post's document in place ({@code IndexWriter.updateDocValues}).
     */
    static Field[] ratingFields(RatingSummary rating) {
        return new Field[] {
            new DoubleDocValuesField(SearchFields.RATING_SCORE, rating.score()),
            new NumericDocValuesField(SearchFields.RATING_COUNT, rating.count())
        };
    }

    /**
     * Trend analytics count terms per time window. Sorted-set doc values give each post's distinct
     * terms as ordinals, so counting a window is array arithmetic per post, and the cost follows
     * the window's size instead of the history's. Postings could not do that: they are organised
     * by term, and a window would have to visit every term of the index.
     */
    private static void addTrendFields(Document doc, Post post, TermAnalysis.Terms analysis) {
        for (String term : analysis.terms()) {
            if (term.length() <= MAX_TERM_BYTES / 4) {
                doc.add(new SortedSetDocValuesField(SearchFields.TERMS, new BytesRef(term)));
            }
        }
        doc.add(new SortedDocValuesField(SearchFields.AUTHOR_DV, new BytesRef(post.author.key)));
        if (post.author.department != null && !post.author.department.isBlank()) {
            doc.add(new SortedDocValuesField(SearchFields.DEPARTMENT_DV, new BytesRef(post.author.department)));
        }
        doc.add(new NumericDocValuesField(SearchFields.POST_ID, post.id));
        // Doc values only: who leads a topic weighs an answer above a question, read per post.
        if (post.kind != null) {
            doc.add(new SortedDocValuesField(SearchFields.KIND_DV, new BytesRef(post.kind.wireName())));
        }
        // The thread, and who in it wrote: analytics count a term once per thread and author, so a
        // long discussion weighs as one voice per participant, not one per reply.
        String thread = post.source + '\u0000' + post.threadKey();
        doc.add(new SortedDocValuesField(SearchFields.THREAD_DV, new BytesRef(thread)));
        doc.add(new NumericDocValuesField(SearchFields.THREAD_AUTHOR, ThreadVoices.of(thread, post.author.key)));
    }

    /**
     * Title and body once more, stemmed for the post's language: one field per language, so each
     * is analysed by its own stemmer (the writer's analyzer picks it by field name). Title and
     * body share the field; the exact fields carry the title's extra weight. The language is
     * stored for the snippets of stemmed matches.
     */
    private static void addStemmedFields(Document doc, String language, String title, String body) {
        String field = StemmedFields.field(language);
        doc.add(new TextField(field, title, Field.Store.NO));
        doc.add(new TextField(field, body, Field.Store.NO));
        doc.add(new StoredField(SearchFields.STEMMED_FIELD, field));
    }

    private static void keywordAndFacet(Document doc, String field, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        doc.add(new StringField(field, value, Field.Store.NO));
        doc.add(new SortedSetDocValuesFacetField(field, value));
    }
}
