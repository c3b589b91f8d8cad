package io.groundswell.search;

import io.groundswell.person.GroupSizes;
import io.groundswell.post.PlainText;
import io.groundswell.post.Post;
import io.groundswell.system.ProblemException;
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
import org.apache.lucene.document.Document;
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

    /**
     * Fewer hits than this, and every word is checked for a better spelling; with more, only the
     * words that no post holds as written.
     */
    static final int FEW_HITS = 3;

    private static final Set<String> STORED = Set.of(SearchFields.ID, SearchFields.STEMMED_FIELD);

    private final SearchIndex index;
    private final GroupSizes groups;
    private final Timer timer;
    private final Counter requests;

    SearchService(SearchIndex index, GroupSizes groups, MeterRegistry metrics) {
        this.index = index;
        this.groups = groups;
        this.timer = Timer.builder("groundswell.search")
                .description("Time to answer a search")
                .register(metrics);
        this.requests = Counter.builder("groundswell.search.requests")
                .description("Searches asked for, including rejected ones")
                .register(metrics);
    }

    /**
     * What the index found: ids of this page in order, the stemmed field of each, and counts over
     * all matches.
     */
    private record Found(
            long total, List<Long> ids, Map<Long, String> stemmedFields, Map<String, Map<String, Long>> facets) {}

    public SearchResponse search(SearchRequest request) {
        requests.increment();
        Timer.Sample sample = Timer.start();
        try {
            Queries.TextQuery text = Queries.text(request.text(), index.analyzer());
            Query query = Queries.filtered(text.query(), request);
            Found found = index.withSearcher(searcher -> find(searcher, query, request));
            String suggestion = suggest(text, request, found.total());
            Map<Long, Post> posts = load(found.ids());
            Snippets snippets = new Snippets(index.analyzer(), text.query());
            List<SearchHit> hits = new ArrayList<>(found.ids().size());
            for (Long id : found.ids()) {
                Post post = posts.get(id);
                // Deleted after the searcher's point in time: the index will drop it shortly.
                if (post != null) {
                    hits.add(hit(post, snippets, found.stemmedFields().get(id)));
                }
            }
            return new SearchResponse(
                    found.total(),
                    request.offset(),
                    request.limit(),
                    hits,
                    withoutSmallDepartments(found.facets()),
                    text.notice(),
                    suggestion);
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
        Map<Long, String> stemmedFields = new HashMap<>();
        for (int i = request.offset(); i < top.length; i++) {
            Document doc = stored.document(top[i].doc, STORED);
            Long id = Long.valueOf(doc.get(SearchFields.ID));
            ids.add(id);
            stemmedFields.put(id, doc.get(SearchFields.STEMMED_FIELD));
        }
        return new Found(total, ids, stemmedFields, facets(searcher, matches));
    }

    /**
     * The text with better spelt words, when the same filters find posts with it, and no fewer;
     * else null. Built from the words actually searched (the plain words when the syntax was not
     * usable).
     */
    private String suggest(Queries.TextQuery text, SearchRequest request, long total) {
        String searched = text.fallbackWords() == null ? request.text() : text.fallbackWords();
        if (searched.isEmpty()) {
            return null;
        }
        return index.withSearcher(searcher -> {
            String suggested = Spelling.suggest(searcher.getIndexReader(), text.query(), searched, total < FEW_HITS);
            if (suggested == null) {
                return null;
            }
            try {
                Query better = Queries.filtered(
                        Queries.text(suggested, index.analyzer()).query(), request);
                return searcher.count(better) >= Math.max(total, 1) ? suggested : null;
            } catch (ProblemException | IndexSearcher.TooManyClauses e) {
                // The search itself was answered; a suggestion too broad to count is no suggestion.
                return null;
            }
        });
    }

    /** A count per department only for departments that may be shown (the privacy rule of {@link GroupSizes}). */
    private Map<String, Map<String, Long>> withoutSmallDepartments(Map<String, Map<String, Long>> facets) {
        Map<String, Long> departments = facets.get(SearchFields.DEPARTMENT);
        if (departments == null || departments.isEmpty()) {
            return facets;
        }
        Set<String> shown = groups.largeEnough(departments.keySet());
        Map<String, Long> kept = new LinkedHashMap<>(departments);
        kept.keySet().retainAll(shown);
        Map<String, Map<String, Long>> filtered = new LinkedHashMap<>(facets);
        filtered.put(SearchFields.DEPARTMENT, kept);
        return filtered;
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
        return QuarkusTransaction.joiningExisting().call(() -> Post.findWithDetailsById(ids));
    }

    private static SearchHit hit(Post post, Snippets snippets, String stemmedField) {
        return SearchHit.of(post, snippets.of(PlainText.of(post.body, post.bodyFormat), stemmedField));
    }
}
