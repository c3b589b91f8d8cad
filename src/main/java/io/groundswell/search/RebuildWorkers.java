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
 * The CPU side of a rebuild, on every core: term analysis and inversion of pages of posts while
 * the indexer thread reads the next page from the database. {@link org.apache.lucene.index.IndexWriter}
 * takes documents from several threads at once. At most one page per worker waits, so memory
 * stays bounded whatever the size of the database.
 */
final class RebuildWorkers implements AutoCloseable {

    /** Writes one page of documents to the index. */
    @FunctionalInterface
    interface Sink {
        void add(List<Document> documents) throws IOException;
    }

    private final ExecutorService pool;
    private final Semaphore slots;
    private final int threads;
    private final Sink sink;
    private final AtomicLong indexed = new AtomicLong();
    private final AtomicReference<Throwable> failure = new AtomicReference<>();

    RebuildWorkers(int threads, Sink sink) {
        this.threads = threads;
        this.sink = sink;
        this.slots = new Semaphore(threads * 2);
        AtomicInteger number = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "groundswell-rebuild-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Worker threads for this machine: every core, since the indexer thread mostly waits on I/O. */
    static int defaultThreads() {
        return Math.max(1, Runtime.getRuntime().availableProcessors());
    }

    /** Queues a page; blocks while enough pages wait. Throws the first failure of any page. */
    void submit(List<Post> posts) throws IOException, InterruptedException {
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

    /** Waits until every queued page is in the index; throws the first failure of any page. */
    void finish() throws IOException, InterruptedException {
        slots.acquire(threads * 2);
        slots.release(threads * 2);
        rethrowFailure();
    }

    private void rethrowFailure() throws IOException {
        Throwable e = failure.get();
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
