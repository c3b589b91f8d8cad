package io.groundswell.integration.feed;

import com.rometools.rome.io.FeedException;
import io.groundswell.identity.Caller;
import io.groundswell.integration.IntegrationsConfig;
import io.groundswell.system.Problem;
import io.groundswell.system.ProblemException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.jboss.logging.Logger;

/**
 * Registers feeds and polls them: several feeds at a time, each on its own, so a slow feed holds
 * up nobody else; one poll of a feed at a time (the scheduler and an admin's "poll now" may meet);
 * validators kept only after the entries they announced are stored, so a failed poll is retried
 * in full next time.
 */
@ApplicationScoped
public class FeedService {

    private static final Logger LOG = Logger.getLogger(FeedService.class);

    private final FeedFetcher fetcher;
    private final FeedEntries entries;
    private final Map<Long, ReentrantLock> locks = new ConcurrentHashMap<>();
    private final Duration timeout;
    private final ExecutorService pollers;

    FeedService(FeedFetcher fetcher, FeedEntries entries, IntegrationsConfig config) {
        this.fetcher = fetcher;
        this.entries = entries;
        this.timeout = config.feeds().timeout();
        this.pollers = Executors.newFixedThreadPool(Math.max(1, config.feeds().concurrency()), task -> {
            Thread thread = new Thread(task, "feed-poll");
            thread.setDaemon(true);
            return thread;
        });
    }

    @PreDestroy
    void stop() {
        pollers.shutdownNow();
    }

    @Transactional
    public FeedView register(FeedRequest request, Caller admin) {
        if (Feed.count("url", request.url()) > 0) {
            throw ProblemException.conflict("The feed " + request.url() + " is registered already.");
        }
        Feed feed = new Feed();
        feed.url = request.url();
        feed.source = request.source();
        feed.createdBy = admin.name();
        feed.createdAt = Instant.now();
        feed.persist();
        return FeedView.of(feed);
    }

    @Transactional
    public List<FeedView> list() {
        return Feed.<Feed>listAll().stream().map(FeedView::of).toList();
    }

    @Transactional
    public void delete(long id) {
        if (!Feed.deleteById(id)) {
            throw ProblemException.notFound("No feed " + id + ".");
        }
    }

    /**
     * Polls one feed now; a feed that cannot be fetched or read is a 502 with the reason, a feed
     * whose poll in flight does not end within a fetch's deadline a 409.
     */
    public PollResult poll(long id) {
        ReentrantLock lock = locks.computeIfAbsent(id, key -> new ReentrantLock());
        try {
            if (!lock.tryLock(timeout.toMillis() + 1000, TimeUnit.MILLISECONDS)) {
                throw ProblemException.conflict("Feed " + id + " is being polled; try again later.");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting to poll feed " + id, e);
        }
        try {
            return pollLocked(id);
        } finally {
            lock.unlock();
        }
    }

    private PollResult pollLocked(long id) {
        Feed feed = QuarkusTransaction.requiringNew().call(() -> Feed.<Feed>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("No feed " + id + ".")));
        try {
            return fetchAndStore(feed);
        } catch (IOException | FeedException | ProblemException e) {
            String reason = e instanceof ProblemException ? e.getMessage() : describe(e);
            if (e instanceof FeedFetcher.Unavailable unavailable) {
                LOG.infof("Feed %d could not be fetched: %s (%s)", id, reason, unavailable.detail());
            }
            record(id, null, reason, null);
            throw new ProblemException(
                    Problem.of(502, "feed-unavailable", "Feed unavailable", "Feed " + id + ": " + reason));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while polling feed " + id, e);
        }
    }

    /**
     * Polls every registered feed, a few at a time, and returns when all are done; a failing feed
     * is logged and does not stop the others, and a feed still being polled is skipped.
     */
    public void pollAll() {
        List<Long> ids = QuarkusTransaction.requiringNew()
                .call(() -> Feed.<Feed>listAll().stream().map(f -> f.id).toList());
        CompletableFuture.allOf(ids.stream()
                        .map(id -> CompletableFuture.runAsync(() -> pollScheduled(id), pollers))
                        .toArray(CompletableFuture[]::new))
                .join();
    }

    private void pollScheduled(long id) {
        ReentrantLock lock = locks.computeIfAbsent(id, key -> new ReentrantLock());
        if (!lock.tryLock()) {
            LOG.debugf("Feed %d is being polled already", id);
            return;
        }
        try {
            PollResult result = pollLocked(id);
            LOG.debugf("Feed %d polled: %s", id, result);
        } catch (ProblemException e) {
            LOG.warnf("Feed %d was not polled: %s", id, e.getMessage());
        } catch (RuntimeException e) {
            LOG.errorf(e, "Feed %d was not polled", id);
        } finally {
            lock.unlock();
        }
    }

    private PollResult fetchAndStore(Feed feed) throws IOException, InterruptedException, FeedException {
        FeedFetcher.Fetched fetched = fetcher.fetch(feed.url, feed.etag, feed.lastModified);
        if (fetched.status() == 304) {
            record(feed.id, 304, null, null);
            return PollResult.notModified(feed.id);
        }
        if (fetched.status() != 200) {
            throw new IOException("the server answered HTTP " + fetched.status());
        }
        FeedParser.Parsed parsed = FeedParser.parse(fetched.body(), fetched.contentType(), fetched.uri());
        FeedEntries.Stored stored = entries.store(parsed, feed.source, feed.url);
        record(feed.id, 200, null, fetched);
        if (parsed.title() != null) {
            QuarkusTransaction.requiringNew().run(() -> {
                Feed current = Feed.findById(feed.id);
                if (current != null) {
                    current.title = parsed.title().strip();
                }
            });
        }
        return new PollResult(
                feed.id, 200, false, parsed.entries().size(), stored.created(), stored.updated(), stored.rejected());
    }

    /** Notes the outcome of a poll; the validators change only with a 200 whose entries are stored. */
    private void record(long id, Integer status, String error, FeedFetcher.Fetched fetched) {
        QuarkusTransaction.requiringNew().run(() -> {
            Feed feed = Feed.findById(id);
            if (feed == null) {
                return;
            }
            feed.lastPolledAt = Instant.now();
            feed.lastStatus = status;
            feed.lastError = error == null ? null : error.length() > 1000 ? error.substring(0, 1000) : error;
            if (fetched != null) {
                feed.etag = fetched.etag();
                feed.lastModified = fetched.lastModified();
            }
        });
    }

    private static String describe(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return e instanceof FeedException ? "not a readable RSS or Atom feed (" + message + ")" : message;
    }
}
