package io.groundswell.search;

import io.groundswell.post.PlainText;
import io.groundswell.post.Post;
import io.groundswell.system.ProblemException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;

/**
 * Posts like a given one, found by Lucene's MoreLikeThis: the post's most telling words (frequent
 * in it, rare in the index) become one query over titles and bodies. Bodies are not stored in the
 * index, so the words are taken from the database copy, analysed as the index analysed them.
 */
@ApplicationScoped
public class RelatedPostsService {

    /** Words picked from a post; more find more, each one at the cost of a term query. */
    private static final int MAX_QUERY_TERMS = 25;

    /** Shorter words are mostly function words in the languages posts are written in. */
    private static final int MIN_WORD_LENGTH = 3;

    /**
     * A word in more than this share of posts says little about any of them ("the", "und"), and its
     * long postings list would cost most of the query's time. There is no stop-word list, as posts
     * come in several languages.
     */
    private static final int COMMON_WORD_DIVISOR = 10;

    /** Small indexes keep every word that a few posts share, or nothing would be left. */
    private static final int MIN_COMMON_WORD_POSTS = 20;

    private static final Set<String> ID_ONLY = Set.of(SearchFields.ID);

    private final SearchIndex index;

    RelatedPostsService(SearchIndex index) {
        this.index = index;
    }

    /** Up to {@code limit} posts like post {@code postId}, never the post itself; 404 for an unknown post. */
    public RelatedPosts of(long postId, int limit) {
        Post post = QuarkusTransaction.joiningExisting().call(() -> Post.<Post>findById(postId));
        if (post == null) {
            throw ProblemException.notFound("No post " + postId + ".");
        }
        Map<String, Collection<Object>> text = Map.of(
                SearchFields.TITLE, List.of(post.title),
                SearchFields.BODY, List.of(PlainText.of(post.body, post.bodyFormat)));
        List<Long> ids = index.withSearcher(searcher -> find(searcher, postId, text, limit));
        Map<Long, Post> found = load(ids);
        List<SearchHit> hits = new ArrayList<>(ids.size());
        for (Long id : ids) {
            Post hit = found.get(id);
            // Deleted after the searcher's point in time: the index will drop it shortly.
            if (hit != null) {
                hits.add(SearchHit.of(hit, Snippets.opening(PlainText.of(hit.body, hit.bodyFormat))));
            }
        }
        return new RelatedPosts(postId, hits);
    }

    private List<Long> find(IndexSearcher searcher, long postId, Map<String, Collection<Object>> text, int limit)
            throws IOException {
        Query like = moreLikeThis(searcher.getIndexReader()).like(text);
        Query query = new BooleanQuery.Builder()
                .add(like, BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term(SearchFields.ID, Long.toString(postId))), BooleanClause.Occur.MUST_NOT)
                .build();
        List<Long> ids = new ArrayList<>(limit);
        StoredFields stored = searcher.storedFields();
        for (ScoreDoc hit : searcher.search(query, limit).scoreDocs) {
            ids.add(Long.valueOf(stored.document(hit.doc, ID_ONLY).get(SearchFields.ID)));
        }
        return ids;
    }

    private MoreLikeThis moreLikeThis(IndexReader reader) throws IOException {
        MoreLikeThis mlt = new MoreLikeThis(reader);
        mlt.setAnalyzer(index.analyzer());
        mlt.setFieldNames(new String[] {SearchFields.TITLE, SearchFields.BODY});
        // Posts are short: a word said once can be the one that matters.
        mlt.setMinTermFreq(1);
        // A word no other post has cannot find another post.
        mlt.setMinDocFreq(2);
        mlt.setMaxDocFreq(Math.max(MIN_COMMON_WORD_POSTS, reader.numDocs() / COMMON_WORD_DIVISOR));
        mlt.setMinWordLen(MIN_WORD_LENGTH);
        mlt.setMaxQueryTerms(MAX_QUERY_TERMS);
        // The most telling words weigh most, rather than all alike.
        mlt.setBoost(true);
        return mlt;
    }

    private static Map<Long, Post> load(List<Long> ids) {
        return QuarkusTransaction.joiningExisting().call(() -> Post.findWithDetailsById(ids));
    }
}
