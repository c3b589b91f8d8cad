package io.groundswell.integration.imports;

import io.groundswell.identity.Caller;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;

/**
 * One run of a job: what it reads, as whom, from where it goes on ({@code done} lines or rows are
 * committed already), and whether the server is shutting down and the run should stop after the
 * chunk in flight.
 */
record JobRun(long id, Path spool, Caller caller, long done, String source, String siteUrl, BooleanSupplier stopping) {

    /** Thrown between chunks when the server shuts down: the job stays running, to be resumed. */
    static final class Stopped extends RuntimeException {
        Stopped() {
            super("stopped for shutdown", null, false, false);
        }
    }

    void stopIfAsked() {
        if (stopping.getAsBoolean()) {
            throw new Stopped();
        }
    }
}
