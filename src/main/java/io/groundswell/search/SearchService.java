package io.groundswell.search;

import io.groundswell.post.PlainText;
import io.groundswell.post.Post;
import io.groundswell.post.PostView;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;

/**
 * Full-text search over posts: the index finds and orders the posts and counts facets; what a hit
 * shows is loaded from the database, so it is never staler than the database itself.
 */
@ApplicationScoped
public class SearchService {

    static final List<String> FACET_DIMENSIONS =
            List.of(SearchFields.SOURCE, SearchFields.DEPARTMENT, SearchFields.TAG);

    /** Values listed per facet dimension. */
    static final int FACET_VALUES = 20;

    private static final Set<String> ID_ONLY = Set.of(SearchFields.ID);

    private final SearchIndex index;
    private final Timer timer;
    private final Counter requests;

    SearchService(SearchIndex index, MeterRegistry metrics) {
        this.index = index;
        this.timer = Timer.builder("groundswell.search")
                .description("Time to answer a search")
                .register(metrics);
        this.requests = Counter.builder("groundswell.search.requests")
                .description("Searches asked for, including rejected ones")
                .register(metrics);
    }

    /** What the index found: ids of this page in order, and counts over all matches. */
    private record Found(long total, List<Long> ids, Map<String, Map<String, Long>> facets) {}

    public SearchResponse search(SearchRequest request) {
        requests.increment();
        Timer.Sample sample = Timer.start();
        try {
            Query text = Queries.text(request.text(), index.analyzer());
            Query query = Queries.filtered(text, request);
            Found found = index.withSearcher(searcher -> find(searcher, query, request));
            Map<Long, Post> posts = load(found.ids());
            Snippets snippets = new Snippets(index.analyzer(), text);
            List<SearchHit> hits = new ArrayList<>(found.ids().size());
            for (Long id : found.ids()) {
                Post post = posts.get(id);
                // Deleted after the searcher's point in time: the index will drop it shortly.
                if (post != null) {
                    hits.add(hit(post, snippets));
                }
            }
            return new SearchResponse(found.total(), request.offset(), request.limit(), hits, found.facets());
        } catch (IndexSearcher.TooManyClauses e) {
            throw Queries.tooBroad();
        } finally {
            sample.stop(timer);
        }
    }

    private Found find(IndexSearcher searcher, Query query, SearchRequest request) throws IOException {
        int wanted = request.offset() + request.limit();
        Sort sort = Queries.sort(request.order());
        // One pass collects the top hits and, for the facets, every matching document.
        FacetsCollectorManager.FacetsResult result = sort == null
                ? FacetsCollectorManager.search(searcher, query, wanted, new FacetsCollectorManager())
                : FacetsCollectorManager.search(searcher, query, wanted, sort, new FacetsCollectorManager());
        FacetsCollector matches = result.facetsCollector();
        long total = 0;
        for (FacetsCollector.MatchingDocs segment : matches.getMatchingDocs()) {
            total += segment.totalHits;
        }
        ScoreDoc[] top = result.topDocs().scoreDocs;
        StoredFields stored = searcher.storedFields();
        List<Long> ids = new ArrayList<>(Math.max(0, top.length - request.offset()));
        for (int i = request.offset(); i < top.length; i++) {
            ids.add(Long.valueOf(stored.document(top[i].doc, ID_ONLY).get(SearchFields.ID)));
        }
        return new Found(total, ids, facets(searcher, matches));
    }

    private Map<String, Map<String, Long>> facets(IndexSearcher searcher, FacetsCollector matches) throws IOException {
        Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
        SortedSetDocValuesReaderState state = index.facetState(searcher);
        Facets counts = state == null ? null : new SortedSetDocValuesFacetCounts(state, matches);
        for (String dimension : FACET_DIMENSIONS) {
            Map<String, Long> values = new LinkedHashMap<>();
            // A dimension no document of this reader has (yet) has no ordinal range.
            FacetResult top = counts == null || state.getOrdRange(dimension) == null
                    ? null
                    : counts.getTopChildren(FACET_VALUES, dimension);
            if (top != null) {
                for (LabelAndValue value : top.labelValues) {
                    values.put(value.label, value.value.longValue());
                }
            }
            facets.put(dimension, values);
        }
        return facets;
    }

    private static Map<Long, Post> load(List<Long> ids) {
        return QuarkusTransaction.joiningExisting().call(() -> {
            Map<Long, Post> posts = new HashMap<>();
            for (Post post : Post.findWithDetails(ids)) {
                posts.put(post.id, post);
            }
            return posts;
        });
    }

    private static SearchHit hit(Post post, Snippets snippets) {
        PostView view = PostView.of(post);
        return new SearchHit(
                view.id(),
                view.title(),
                snippets.of(PlainText.of(post.body, post.bodyFormat)),
                view.source(),
                view.author(),
                view.createdAt(),
                view.tags(),
                view.rating(),
                view.url());
    }
}
