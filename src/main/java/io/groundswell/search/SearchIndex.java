package io.groundswell.search;

import io.groundswell.post.RatingSummary;
import io.groundswell.system.GroundswellConfig;
import io.groundswell.system.Problem;
import io.groundswell.system.ProblemException;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LogByteSizeMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.jboss.logging.Logger;

/**
 * The one owner of the Lucene index under {@code ${groundswell.data-dir}/index}: its writer, used
 * only by the {@link Indexer}, and its searchers, refreshed by the indexer and lent out through
 * {@link #withSearcher}.
 */
@ApplicationScoped
public class SearchIndex {

    /** Bump when fields or analysis change: an index built with another version is rebuilt. */
    static final String SCHEMA_VERSION = "6";

    private static final Logger LOG = Logger.getLogger(SearchIndex.class);

    /** Lends a searcher to code that reads the index; the searcher must not escape the call. */
    @FunctionalInterface
    public interface SearcherFunction<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    private record Handles(Directory directory, IndexWriter writer, SearcherManager searchers, String epoch) {}

    private final Path folder;
    private final Analyzer analyzer = StemmedFields.perField(new TextAnalyzer());
    private final FacetStates facetStates = new FacetStates(PostDocuments.FACETS);
    private volatile Handles handles;

    @Inject
    SearchIndex(GroundswellConfig config) {
        this(config.dataDir().resolve("index"));
    }

    SearchIndex(Path folder) {
        this.folder = folder;
    }

    /**
     * Opens the index for the database with this epoch. Returns null when the existing index was
     * kept (it needs only the queue), or the reason it was emptied (it needs a rebuild).
     */
    synchronized String open(String epoch) throws IOException {
        close();
        Files.createDirectories(folder);
        Directory directory = FSDirectory.open(folder);
        try {
            String reason;
            // Held while deciding and wiping: a second process on the same folder fails here
            // instead of having its index deleted under it.
            try (Lock lock = directory.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
                reason = IndexDirectory.whyUnusable(directory, epoch, SCHEMA_VERSION);
                if (reason != null) {
                    IndexDirectory.wipe(folder);
                }
            }
            IndexWriter writer = new IndexWriter(
                    directory,
                    writerConfig(
                            reason == null ? IndexWriterConfig.OpenMode.APPEND : IndexWriterConfig.OpenMode.CREATE));
            SearcherManager searchers = new SearcherManager(writer, true, false, new SearcherFactory());
            handles = new Handles(directory, writer, searchers, epoch);
            return reason;
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    private IndexWriterConfig writerConfig(IndexWriterConfig.OpenMode mode) {
        IndexWriterConfig config = new IndexWriterConfig(analyzer);
        config.setOpenMode(mode);
        // Documents sorted by creation time inside every segment: a date window is then one
        // contiguous run of doc ids per segment, which trend analytics can find by binary search
        // and scan without touching documents outside the window.
        config.setIndexSort(new Sort(new SortField(SearchFields.CREATED, SortField.Type.LONG)));
        // Merge only neighbouring segments, and never into giants: posts arrive roughly in time
        // order, so segments stay slices of time and a window touches few of them.
        LogByteSizeMergePolicy merges = new LogByteSizeMergePolicy();
        merges.setMaxMergeMB(512);
        config.setMergePolicy(merges);
        config.setRAMBufferSizeMB(64);
        // Only the indexer commits, and only states it knows to be complete: closing must not
        // commit half a rebuild under a valid epoch.
        config.setCommitOnClose(false);
        return config;
    }

    boolean isOpen() {
        return handles != null;
    }

    /** True when the writer hit an unrecoverable error (disk full, corruption found in a merge). */
    boolean isBroken() {
        Handles h = handles;
        return h != null && (!h.writer().isOpen() || h.writer().getTragicException() != null);
    }

    void update(long postId, Document doc) throws IOException {
        current().writer().updateDocument(idTerm(postId), doc);
    }

    /**
     * Replaces the rating doc values of a post's document in place, without analysing it again. A
     * post not in the index is left alone: its document, when it comes, carries the current rating.
     */
    void updateRating(long postId, RatingSummary rating) throws IOException {
        current().writer().updateDocValues(idTerm(postId), PostDocuments.ratingFields(rating));
    }

    void delete(long postId) throws IOException {
        current().writer().deleteDocuments(idTerm(postId));
    }

    /** Adds documents known not to be in the index (during a rebuild, after {@link #deleteAll}). */
    void addAll(Collection<Document> docs) throws IOException {
        current().writer().addDocuments(docs);
    }

    void deleteAll() throws IOException {
        current().writer().deleteAll();
    }

    /** Makes indexed changes visible to searchers; waits when another refresh is running. */
    void refresh() throws IOException {
        current().searchers().maybeRefreshBlocking();
    }

    /** Makes indexed changes durable, marked with the epoch and schema version they belong to. */
    void commit() throws IOException {
        Handles h = current();
        h.writer()
                .setLiveCommitData(
                        Map.of(IndexDirectory.EPOCH_KEY, h.epoch(), IndexDirectory.SCHEMA_KEY, SCHEMA_VERSION)
                                .entrySet());
        h.writer().commit();
    }

    /** Runs {@code work} with a point-in-time searcher; 503 while the index is not open yet. */
    public <T> T withSearcher(SearcherFunction<T> work) {
        SearcherManager searchers = current().searchers();
        IndexSearcher searcher;
        try {
            searcher = searchers.acquire();
        } catch (AlreadyClosedException e) {
            throw unavailable();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            return work.apply(searcher);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            release(searchers, searcher);
        }
    }

    /** Documents visible to searchers now. */
    public int documentCount() {
        return withSearcher(searcher -> searcher.getIndexReader().numDocs());
    }

    /** The analyzer of the exact and stemmed text fields, for query parsing and highlighting. */
    Analyzer analyzer() {
        return analyzer;
    }

    /** Facet state of the searcher's reader, cached per reader; null for an index without facets. */
    SortedSetDocValuesReaderState facetState(IndexSearcher searcher) throws IOException {
        return facetStates.of(searcher.getIndexReader());
    }

    @PreDestroy
    synchronized void close() {
        Handles h = handles;
        handles = null;
        if (h == null) {
            return;
        }
        // Closing without commit discards what the indexer did not commit; its queue rows remain.
        try (Directory directory = h.directory();
                IndexWriter writer = h.writer();
                SearcherManager searchers = h.searchers()) {
            LOG.debugf("Closing the search index at %s", folder);
        } catch (IOException | RuntimeException e) {
            LOG.warnf("Closing the search index failed: %s", e.toString());
        }
    }

    private Handles current() {
        Handles h = handles;
        if (h == null) {
            throw unavailable();
        }
        return h;
    }

    private static Term idTerm(long postId) {
        return new Term(SearchFields.ID, Long.toString(postId));
    }

    private static void release(SearcherManager searchers, IndexSearcher searcher) {
        try {
            searchers.release(searcher);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ProblemException unavailable() {
        return new ProblemException(Problem.of(
                503, "unavailable", "Service unavailable", "The search index is opening; try again in a moment."));
    }
}
