package io.groundswell.search;

import io.groundswell.post.Post;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.lucene.document.Document;

/**
 * The CPU side of indexing, on every core: turning posts into documents (term analysis) and
 * handing them to the {@link org.apache.lucene.index.IndexWriter}, which takes documents from
 * several threads at once, while the indexer thread reads the next posts from the database. At
 * most two chunks per worker wait, so memory stays bounded however many posts come.
 */
final class AnalysisWorkers implements AutoCloseable {

    /** Writes the documents of one chunk of posts to the index. */
    @FunctionalInterface
    interface Sink {
        void add(List<Document> documents) throws IOException;
    }

    private final ExecutorService pool;
    private final Semaphore slots;
    private final int threads;
    private final AtomicLong indexed = new AtomicLong();
    private final AtomicReference<Throwable> failure = new AtomicReference<>();

    AnalysisWorkers(int threads) {
        this.threads = threads;
        this.slots = new Semaphore(threads * 2);
        AtomicInteger number = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "groundswell-analysis-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Worker threads for this machine: every core, since the indexer thread mostly waits on I/O. */
    static int defaultThreads() {
        return Math.max(1, Runtime.getRuntime().availableProcessors());
    }

    /**
     * Queues a chunk of posts, whose documents go to {@code sink}; blocks while enough chunks
     * wait. Throws the first failure of an earlier chunk.
     */
    void submit(List<Post> posts, Sink sink) throws IOException, InterruptedException {
        rethrowFailure();
        slots.acquire();
        pool.execute(() -> {
            try {
                if (failure.get() == null) {
                    sink.add(posts.stream().map(PostDocuments::of).toList());
                    indexed.addAndGet(posts.size());
                }
            } catch (IOException | RuntimeException | Error e) {
                failure.compareAndSet(null, e);
            } finally {
                slots.release();
            }
        });
    }

    /** Posts analysed and handed to the index so far. */
    long indexed() {
        return indexed.get();
    }

    /**
     * Waits until every queued chunk is in the index; throws the first failure of any, after which
     * the workers are ready for new chunks.
     */
    void finish() throws IOException, InterruptedException {
        slots.acquire(threads * 2);
        slots.release(threads * 2);
        Throwable e = failure.getAndSet(null);
        rethrow(e);
    }

    /**
     * Waits for the queued chunks after a failure elsewhere and forgets their own failures: what
     * they did is redone by the retry.
     */
    void abandon() {
        try {
            finish();
        } catch (IOException | RuntimeException e) {
            // already failing: the retry starts over
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void rethrowFailure() throws IOException {
        rethrow(failure.get());
    }

    private static void rethrow(Throwable e) throws IOException {
        if (e instanceof IOException io) {
            throw io;
        }
        if (e instanceof UncheckedIOException io) {
            throw io.getCause();
        }
        if (e instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (e instanceof Error error) {
            throw error;
        }
    }

    @Override
    public void close() throws InterruptedException {
        pool.shutdownNow();
        pool.awaitTermination(1, TimeUnit.MINUTES);
    }
}
