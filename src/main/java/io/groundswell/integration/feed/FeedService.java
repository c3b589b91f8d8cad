package io.groundswell.integration.feed;

import com.rometools.rome.io.FeedException;
import io.groundswell.identity.Caller;
import io.groundswell.system.Problem;
import io.groundswell.system.ProblemException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * Registers feeds and polls them: one poll of a feed at a time (the scheduler and an admin's "poll
 * now" may meet), validators kept only after the entries they announced are stored, so a failed
 * poll is retried in full next time.
 */
@ApplicationScoped
public class FeedService {

    private static final Logger LOG = Logger.getLogger(FeedService.class);

    private final FeedFetcher fetcher;
    private final FeedEntries entries;
    private final Map<Long, Object> locks = new ConcurrentHashMap<>();

    FeedService(FeedFetcher fetcher, FeedEntries entries) {
        this.fetcher = fetcher;
        this.entries = entries;
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

    /** Polls one feed now; a feed that cannot be fetched or read is a 502 with the reason. */
    public PollResult poll(long id) {
        synchronized (locks.computeIfAbsent(id, key -> new Object())) {
            Feed feed = QuarkusTransaction.requiringNew().call(() -> Feed.<Feed>findByIdOptional(id)
                    .orElseThrow(() -> ProblemException.notFound("No feed " + id + ".")));
            try {
                return fetchAndStore(feed);
            } catch (IOException | FeedException | ProblemException e) {
                String reason = e instanceof ProblemException ? e.getMessage() : describe(e);
                record(id, null, reason, null);
                throw new ProblemException(
                        Problem.of(502, "feed-unavailable", "Feed unavailable", "Feed " + id + ": " + reason));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while polling feed " + id, e);
            }
        }
    }

    /** Polls every registered feed; one failing feed is logged and does not stop the others. */
    public void pollAll() {
        List<Long> ids = QuarkusTransaction.requiringNew()
                .call(() -> Feed.<Feed>listAll().stream().map(f -> f.id).toList());
        for (long id : ids) {
            try {
                PollResult result = poll(id);
                LOG.debugf("Feed %d polled: %s", id, result);
            } catch (ProblemException e) {
                LOG.warnf("Feed %d was not polled: %s", id, e.getMessage());
            }
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
