package io.groundswell.search;

import io.groundswell.post.Post;
import io.groundswell.post.RatingSummary;
import io.groundswell.search.IndexFeed.QueueRow;
import io.groundswell.search.IndexStatus.State;
import io.groundswell.system.GroundswellConfig;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.lucene.document.Document;
import org.jboss.logging.Logger;

/**
 * The one thread that writes the index. On start it opens the index and rebuilds it from the
 * database or catches it up from the queue; then it indexes queued changes as they commit,
 * refreshes searchers so a change is searchable well within a second, and commits periodically.
 * Queue rows are deleted only after the Lucene commit that contains them, and indexing always
 * reads the current database state, so replaying rows after a crash is harmless.
 */
@ApplicationScoped
public class Indexer {

    private static final Logger LOG = Logger.getLogger(Indexer.class);

    /** Queue rows read per pass. */
    static final int BATCH = 1000;

    /** Posts per page of a rebuild: bodies can be long, so pages stay moderate. */
    static final int REBUILD_PAGE = 500;

    /** Changed posts per task of the analysis workers: a batch of changes spreads over the cores. */
    static final int ANALYSIS_CHUNK = 100;

    /** Indexed rows that force a commit: they are re-read and skipped on every pass until then. */
    static final int MAX_UNCOMMITTED = 10_000;

    /** First pause after a failure; it doubles with every failure in a row, up to the maximum. */
    private static final Duration RETRY_PAUSE = Duration.ofSeconds(1);

    private static final Duration MAX_RETRY_PAUSE = Duration.ofSeconds(30);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
    private static final String FAILURE = "Indexing failed and is being retried; the server log has the cause.";

    private final SearchIndex index;
    private final IndexFeed feed;
    private final IndexQueue queue;
    private final AnalysisWorkers workers = new AnalysisWorkers(AnalysisWorkers.defaultThreads());
    private final Duration commitInterval;
    private final Duration refreshInterval;
    private final Duration pollInterval;

    private final AtomicReference<IndexStatus> status = new AtomicReference<>(IndexStatus.starting());
    private final AtomicBoolean rebuildRequested = new AtomicBoolean();
    private volatile boolean running;
    private Thread thread;

    // Confined to the indexer thread.
    private final Set<Long> uncommitted = new HashSet<>();
    private boolean caughtUp;
    private boolean rebuilding;
    private boolean unrefreshed;
    private int failuresInARow;
    private long lastCommit = System.nanoTime();
    private long lastRefresh = System.nanoTime();

    Indexer(SearchIndex index, IndexFeed feed, IndexQueue queue, GroundswellConfig config) {
        this.index = index;
        this.feed = feed;
        this.queue = queue;
        this.commitInterval = config.index().commitInterval();
        this.refreshInterval = config.index().refreshInterval();
        this.pollInterval = config.index().pollInterval();
    }

    /** Runs after Flyway has migrated; in its own thread so HTTP (and health) start meanwhile. */
    void start(@Observes StartupEvent event) {
        running = true;
        thread = new Thread(this::run, "groundswell-indexer");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        running = false;
        queue.wake();
        if (thread != null) {
            thread.join(STOP_TIMEOUT.toMillis());
        }
        workers.close();
    }

    public IndexStatus status() {
        return status.get();
    }

    /** Rebuilds the index from the database in the background; searches see the old index meanwhile. */
    public void requestRebuild() {
        rebuildRequested.set(true);
        status.updateAndGet(s -> s.state() == State.READY ? s.progress(State.REBUILDING, 0, 0) : s);
        queue.wake();
    }

    private void run() {
        while (running) {
            try {
                if (!caughtUp || index.isBroken()) {
                    openAndCatchUp();
                } else if (rebuildRequested.getAndSet(false)) {
                    LOG.info("Rebuilding the search index on request");
                    if (rebuild()) {
                        status.updateAndGet(IndexStatus::ready);
                    }
                } else {
                    int indexed = indexNextBatch();
                    commitIfDue(indexed == 0);
                    status.updateAndGet(s -> s.state() == State.FAILED && s.serving() ? s.ready() : s);
                    if (indexed < BATCH) {
                        queue.awaitWork(pollInterval);
                    }
                }
                failuresInARow = 0;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (IOException | RuntimeException e) {
                failuresInARow++;
                Duration pause = retryPause(failuresInARow);
                LOG.errorf(e, "Indexing failed (%d in a row); retrying in %s", failuresInARow, pause);
                workers.abandon();
                // Half a rebuild must never be committed: start over from the last commit.
                caughtUp = caughtUp && !rebuilding;
                status.updateAndGet(s -> s.failed(FAILURE, s.serving() && caughtUp));
                pause(pause);
            }
        }
        commitOnStop();
    }

    /** Opens (or reopens) the index; rebuilds it when it cannot be used, then drains the queue. */
    private void openAndCatchUp() throws IOException, InterruptedException {
        caughtUp = false;
        rebuilding = false;
        uncommitted.clear();
        status.set(IndexStatus.starting());
        String reason = index.open(feed.epoch());
        if (reason != null) {
            LOG.infof("Rebuilding the search index from the database: %s", reason);
            if (!rebuild()) {
                return;
            }
        }
        long total = feed.queueSize();
        if (reason == null) {
            LOG.infof("Opened the search index; catching up with %d queued changes", total);
        }
        long done = 0;
        status.set(status.get().progress(State.CATCHING_UP, 0, total));
        int indexed;
        do {
            indexed = indexNextBatch();
            done += indexed;
            status.set(status.get().progress(State.CATCHING_UP, done, Math.max(total, done)));
        } while (indexed == BATCH && running);
        commit();
        index.refresh();
        caughtUp = running;
        status.updateAndGet(IndexStatus::ready);
        LOG.infof("The search index is ready with %d documents", index.documentCount());
    }

    /**
     * Replaces the content of the index with every post in the database, then commits. Returns
     * false when stopped half-way; nothing is committed then. This thread reads pages of posts
     * while {@link AnalysisWorkers} analyse and index the previous ones on every core.
     */
    private boolean rebuild() throws IOException, InterruptedException {
        rebuilding = true;
        long total = feed.postCount();
        status.updateAndGet(s -> s.progress(State.REBUILDING, 0, total));
        index.deleteAll();
        long before = workers.indexed();
        IndexFeed.Page page = feed.page(0, REBUILD_PAGE);
        while (page.size() > 0) {
            if (!running) {
                workers.finish();
                return false;
            }
            workers.submit(page.posts(), index::addAll);
            long indexed = workers.indexed() - before;
            status.updateAndGet(s -> s.progress(State.REBUILDING, indexed, Math.max(total, indexed)));
            page = feed.page(page.lastId(), REBUILD_PAGE);
        }
        workers.finish();
        long done = workers.indexed() - before;
        status.updateAndGet(s -> s.progress(State.REBUILDING, done, Math.max(total, done)));
        commit();
        index.refresh();
        rebuilding = false;
        LOG.infof("Rebuilt the search index from %d posts", done);
        return true;
    }

    /** Indexes the next queued changes; returns how many queue rows it handled. */
    private int indexNextBatch() throws IOException, InterruptedException {
        List<QueueRow> rows = feed.nextRows(BATCH, uncommitted);
        if (!rows.isEmpty()) {
            // A post whose text changed is analysed again; one only re-rated keeps its document
            // and has its rating doc values updated in place, far cheaper under a flood of ratings.
            Set<Long> changed = new LinkedHashSet<>();
            Set<Long> reRated = new LinkedHashSet<>();
            rows.forEach(row -> (row.ratingOnly() ? reRated : changed).add(row.postId()));
            reRated.removeAll(changed);
            Map<Long, Post> posts = feed.posts(changed);
            for (Long postId : changed) {
                if (!posts.containsKey(postId)) {
                    index.delete(postId);
                }
            }
            List<Post> current = List.copyOf(posts.values());
            for (int from = 0; from < current.size(); from += ANALYSIS_CHUNK) {
                workers.submit(current.subList(from, Math.min(current.size(), from + ANALYSIS_CHUNK)), this::update);
            }
            workers.finish();
            Map<Long, RatingSummary> ratings = feed.ratings(reRated);
            for (Long postId : reRated) {
                RatingSummary rating = ratings.get(postId);
                if (rating == null) {
                    index.delete(postId);
                } else {
                    index.updateRating(postId, rating);
                }
            }
            rows.forEach(row -> uncommitted.add(row.id()));
            unrefreshed = true;
        }
        // Under a flood of changes, refresh at most every refresh-interval; otherwise at once.
        if (unrefreshed && (rows.size() < BATCH || elapsed(lastRefresh).compareTo(refreshInterval) >= 0)) {
            index.refresh();
            unrefreshed = false;
            lastRefresh = System.nanoTime();
        }
        return rows.size();
    }

    private void update(List<Document> docs) throws IOException {
        for (Document doc : docs) {
            index.update(Long.parseLong(doc.get(SearchFields.ID)), doc);
        }
    }

    private void commitIfDue(boolean idle) throws IOException {
        if (!uncommitted.isEmpty()
                && (idle
                        || uncommitted.size() >= MAX_UNCOMMITTED
                        || elapsed(lastCommit).compareTo(commitInterval) >= 0)) {
            commit();
        }
    }

    /** Commits the index, then forgets the queue rows it contains: in this order, never the other. */
    private void commit() throws IOException {
        index.commit();
        feed.forget(uncommitted);
        uncommitted.clear();
        lastCommit = System.nanoTime();
    }

    private void commitOnStop() {
        if (!index.isOpen() || index.isBroken() || rebuilding || uncommitted.isEmpty()) {
            return;
        }
        try {
            commit();
        } catch (IOException | RuntimeException e) {
            LOG.warnf("Could not commit the search index on stop (%s); the queue replays it on start", e);
        }
    }

    private static Duration elapsed(long sinceNanos) {
        return Duration.ofNanos(System.nanoTime() - sinceNanos);
    }

    static Duration retryPause(int failuresInARow) {
        int doublings = Math.min(failuresInARow - 1, 5);
        Duration pause = RETRY_PAUSE.multipliedBy(1L << doublings);
        return pause.compareTo(MAX_RETRY_PAUSE) > 0 ? MAX_RETRY_PAUSE : pause;
    }

    /** Sleeps in short steps so that a stop does not wait for the pause to end. */
    private void pause(Duration pause) {
        long until = System.nanoTime() + pause.toNanos();
        try {
            while (running && System.nanoTime() < until) {
                Thread.sleep(100);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
