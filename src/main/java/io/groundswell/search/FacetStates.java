package io.groundswell.search;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;

/**
 * The facet ordinal map of each open reader. Building it walks every facet value of every
 * segment, so it is built once per reader (on first use) and dropped when the reader closes, not
 * rebuilt per query.
 */
final class FacetStates {

    private final FacetsConfig config;
    private final Map<IndexReader.CacheKey, SortedSetDocValuesReaderState> states = new ConcurrentHashMap<>();

    FacetStates(FacetsConfig config) {
        this.config = config;
    }

    /** The state for this reader, or null when no document of it has a facet value. */
    SortedSetDocValuesReaderState of(IndexReader reader) throws IOException {
        IndexReader.CacheHelper cache = reader.getReaderCacheHelper();
        SortedSetDocValuesReaderState state = cache == null ? null : states.get(cache.getKey());
        if (state != null) {
            return state;
        }
        if (FieldInfos.getMergedFieldInfos(reader).fieldInfo(FacetsConfig.DEFAULT_INDEX_FIELD_NAME) == null) {
            return null;
        }
        state = new DefaultSortedSetDocValuesReaderState(reader, config);
        if (cache != null && states.putIfAbsent(cache.getKey(), state) == null) {
            cache.addClosedListener(states::remove);
        }
        return state;
    }
}
