package io.groundswell.system;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Lets a bounded number of {@link BoundedWrite} calls hold database connections at once, so a
 * crowd of raters queues here, first come first served, while searches and pages still find free
 * connections in the pool. A write that waits longer than the limit gets a 503 with Retry-After;
 * nothing was stored. It runs before the transaction starts, so a waiting write holds no
 * connection; a gated write that calls another runs it on the permit it already holds.
 */
@BoundedWrite
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
class WriteGate {

    private static final ThreadLocal<Boolean> HOLDING = ThreadLocal.withInitial(() -> false);

    private final Semaphore permits;
    private final long waitNanos;

    @Inject
    WriteGate(GroundswellConfig config) {
        this(config.limits().concurrentWrites(), config.limits().writeQueueTimeout());
    }

    WriteGate(int concurrentWrites, Duration longestWait) {
        this.permits = new Semaphore(concurrentWrites, true);
        this.waitNanos = longestWait.toNanos();
    }

    @AroundInvoke
    Object pass(InvocationContext call) throws Exception {
        if (HOLDING.get()) {
            return call.proceed();
        }
        if (!permits.tryAcquire(waitNanos, TimeUnit.NANOSECONDS)) {
            throw ProblemException.unavailable(
                    "Too many changes are waiting to be stored; nothing was changed. Retry in a second.", 1);
        }
        HOLDING.set(true);
        try {
            return call.proceed();
        } finally {
            HOLDING.set(false);
            permits.release();
        }
    }
}
