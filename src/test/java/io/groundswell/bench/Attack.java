package io.groundswell.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;

/**
 * A denial-of-service attack run from this process against the application over loopback: a
 * bounded number of threads that stop by themselves when their time is up, counting what the
 * application answered to each hostile act.
 */
final class Attack {

    /** What one attacking thread does until {@link Attack#running()} turns false. */
    interface Worker {
        void run(Attack attack) throws Exception;
    }

    /** One hostile act repeated in a loop; answers what came back (a status, or how it ended). */
    interface Act {
        String perform() throws Exception;
    }

    private final String description;
    private final int threads;
    private final Duration duration;
    private final Worker worker;
    private final Map<String, LongAdder> outcomes = new ConcurrentSkipListMap<>();
    private final AtomicBoolean stopped = new AtomicBoolean();
    private final List<Thread> started = new ArrayList<>();
    private final List<Throwable> failures = new ArrayList<>();
    private final ThreadLocal<Boolean> reported = ThreadLocal.withInitial(() -> false);
    private CountDownLatch underWay;
    private long deadline;

    private Attack(String description, int threads, Duration duration, Worker worker) {
        this.description = description;
        this.threads = threads;
        this.duration = duration;
        this.worker = worker;
    }

    /** An attack whose every thread runs {@code worker} once; the worker loops on {@link #running()}. */
    static Attack of(String description, int threads, Duration duration, Worker worker) {
        return new Attack(description, threads, duration, worker);
    }

    /** An attack whose every thread repeats {@code act} and counts its outcomes. */
    static Attack repeating(String description, int threads, Duration duration, Act act) {
        return new Attack(description, threads, duration, attack -> {
            // Under way at once: a first act may take seconds (15 MB to send) and is the attack.
            attack.underWay();
            while (attack.running()) {
                attack.count(act.perform());
            }
        });
    }

    String description() {
        return description;
    }

    Duration duration() {
        return duration;
    }

    /**
     * Starts the threads and waits until each has reported that it is under way (the slowloris
     * opens its connections first), at most a minute.
     */
    void start() throws InterruptedException {
        underWay = new CountDownLatch(threads);
        deadline = System.nanoTime() + duration.toNanos();
        for (int i = 0; i < threads; i++) {
            Thread thread = new Thread(this::work, "attack-" + i);
            thread.setDaemon(true);
            started.add(thread);
            thread.start();
        }
        underWay.await(1, TimeUnit.MINUTES);
    }

    private void work() {
        try {
            worker.run(this);
        } catch (Throwable e) {
            synchronized (failures) {
                failures.add(e);
            }
        } finally {
            underWay();
        }
    }

    /** True until the attack's time is up or it is stopped. */
    boolean running() {
        return !stopped.get() && System.nanoTime() < deadline;
    }

    /** Called by a worker once it attacks in earnest; later calls from the same thread are no-ops. */
    void underWay() {
        if (!reported.get()) {
            reported.set(true);
            underWay.countDown();
        }
    }

    void count(String outcome) {
        count(outcome, 1);
    }

    void count(String outcome, long times) {
        outcomes.computeIfAbsent(outcome, key -> new LongAdder()).add(times);
    }

    /** Waits for the attack to end by itself, stops it if it lags, and rethrows a worker's failure. */
    void awaitEnd() throws InterruptedException {
        for (Thread thread : started) {
            thread.join(Math.max(1, (deadline - System.nanoTime()) / 1_000_000) + 30_000);
        }
        stopped.set(true);
        for (Thread thread : started) {
            thread.interrupt();
            thread.join(10_000);
        }
        synchronized (failures) {
            if (!failures.isEmpty()) {
                IllegalStateException failed = new IllegalStateException("The attack failed: " + description);
                failures.forEach(failed::addSuppressed);
                throw failed;
            }
        }
    }

    /** The outcomes counted so far, e.g. "400 × 5,120, closed × 3". */
    String outcomes() {
        return outcomes.entrySet().stream()
                .map(entry -> ResultsTable.f(
                        "%s × %,d", entry.getKey(), entry.getValue().sum()))
                .collect(Collectors.joining(", "));
    }
}
