package io.groundswell.integration.imports;

import io.groundswell.identity.Caller;
import io.groundswell.integration.IntegrationsConfig;
import io.groundswell.system.PlannerStatistics;
import io.groundswell.system.ProblemException;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.xml.stream.XMLStreamException;
import org.jboss.logging.Logger;

/**
 * Import jobs: an upload is spooled to disk, a job row created and the job queued; one worker
 * thread runs jobs one after another, so an import never competes with another for the database.
 * Jobs still running when the server stops are queued again on the next start and go on from
 * their last committed chunk; any failure, even an OutOfMemoryError, ends a job as failed with a
 * reason.
 */
@ApplicationScoped
public class ImportService {

    private static final Logger LOG = Logger.getLogger(ImportService.class);
    private static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(10);

    private final ImportSpool spool;
    private final ImportProgress progress;
    private final NdjsonImport ndjson;
    private final StackExchangeImport stackExchange;
    private final PlannerStatistics statistics;
    private final Set<Long> queued = ConcurrentHashMap.newKeySet();
    private final int maxStarts;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "imports");
        thread.setDaemon(true);
        return thread;
    });
    private volatile boolean stopping;

    ImportService(
            ImportSpool spool,
            ImportProgress progress,
            NdjsonImport ndjson,
            StackExchangeImport stackExchange,
            PlannerStatistics statistics,
            IntegrationsConfig config) {
        this.maxStarts = config.imports().maxStarts();
        this.spool = spool;
        this.progress = progress;
        this.ndjson = ndjson;
        this.stackExchange = stackExchange;
        this.statistics = statistics;
    }

    /** Spools the upload and queues a job for it; returns the job's id. */
    public long submit(ImportRequest request, InputStream body, Caller caller) {
        authorise(request, caller);
        boolean isNdjson = ImportJob.NDJSON.equals(request.format());
        ImportSpool.Spooled spooled = spool.write(body, isNdjson ? "ndjson" : "zip");
        try {
            if (!isNdjson) {
                stackExchange.check(spooled.path());
            }
            ImportJob job = new ImportJob();
            job.format = request.format();
            job.spoolPath = spooled.path().toAbsolutePath().toString();
            job.source = isNdjson ? null : request.sourceOrDefault();
            job.siteUrl = isNdjson ? null : request.siteUrl();
            job.total = isNdjson ? spooled.lines() : 0;
            job.submittedBy(caller);
            long id = progress.create(job);
            LOG.infof("Import %d (%s, %d bytes) submitted by %s", id, job.format, spooled.bytes(), caller.name());
            start(id);
            return id;
        } catch (RuntimeException e) {
            ImportSpool.delete(spooled.path());
            throw e;
        }
    }

    /** A job, for the admin or the client that submitted it; 404 for anyone else. */
    public ImportJobView view(long id, Caller caller) {
        ImportJobView view = progress.view(id);
        if (!caller.isAdmin() && !caller.name().equals(progress.snapshot(id).callerName)) {
            throw ProblemException.notFound("No import " + id + ".");
        }
        return view;
    }

    void onStart(@Observes StartupEvent event) {
        resumeRunning();
    }

    void onStop(@Observes ShutdownEvent event) throws InterruptedException {
        stopping = true;
        worker.shutdown();
        // Let the chunk in flight commit and be recorded rather than pull the database from under it.
        if (!worker.awaitTermination(SHUTDOWN_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
            LOG.warn("An import was still storing a chunk at shutdown; it resumes from its last record.");
        }
    }

    /**
     * Queues every job left running, e.g. by a restart; each goes on after its last committed
     * chunk. A job whose runs were cut short by {@code max-starts} crashes (say, a dump that
     * exhausts the heap and kills the process) is marked failed instead of crashing every start.
     */
    void resumeRunning() {
        for (long id : progress.running()) {
            int starts = progress.snapshot(id).starts;
            if (starts >= maxStarts) {
                LOG.warnf("Import %d was interrupted %d times while running; it is not resumed again", id, starts);
                progress.finish(
                        id,
                        ImportJob.FAILED,
                        "interrupted by a restart " + starts + " times while running; not resumed again");
                deleteSpool(id);
            } else {
                start(id);
            }
        }
    }

    private void start(long id) {
        if (queued.add(id)) {
            worker.execute(() -> {
                try {
                    runJob(id);
                } catch (RuntimeException e) {
                    // Recording the failure failed too (the database is gone): the job resumes on the next start.
                    LOG.errorf(e, "Import %d: its outcome could not be recorded", id);
                } finally {
                    queued.remove(id);
                }
            });
        }
    }

    private void runJob(long id) {
        ImportJob job = progress.snapshot(id);
        if (!ImportJob.RUNNING.equals(job.status) || stopping) {
            return;
        }
        if (job.done > 0) {
            LOG.infof("Import %d resumes after %d of %d", id, job.done, job.total);
        }
        progress.started(id);
        JobRun run =
                new JobRun(id, Path.of(job.spoolPath), job.caller(), job.done, job.source, job.siteUrl, () -> stopping);
        try {
            if (ImportJob.NDJSON.equals(job.format)) {
                ndjson.run(run);
            } else {
                stackExchange.run(run);
            }
            progress.finish(id, ImportJob.DONE, null);
            ImportSpool.delete(run.spool());
            LOG.infof("Import %d done", id);
            statistics.refreshAfterBulkChange();
        } catch (JobRun.Stopped e) {
            progress.stoppedForShutdown(id);
            LOG.infof("Import %d stopped for shutdown; it resumes on the next start", id);
        } catch (IOException | XMLStreamException | ProblemException e) {
            // The upload's fault: its reason is the job's message, and no stack trace is logged.
            fail(id, run, e, e.getMessage(), false);
        } catch (VirtualMachineError e) {
            fail(
                    id,
                    run,
                    e,
                    "the import ran out of memory or stack (" + e.getClass().getSimpleName() + ")",
                    true);
        } catch (Throwable e) {
            // Whatever went wrong, the job must not stay running, to be retried on every start.
            fail(id, run, e, "the import failed; the server log has the details", true);
        }
    }

    private void fail(long id, JobRun run, Throwable e, String reason, boolean unexpected) {
        if (stopping) {
            // Failures while the server shuts down are the shutdown's; the job resumes on the next start.
            progress.stoppedForShutdown(id);
            LOG.infof("Import %d interrupted by shutdown (%s); it resumes on the next start", id, e.toString());
            return;
        }
        if (unexpected) {
            LOG.errorf(e, "Import %d failed", id);
        } else {
            LOG.warnf("Import %d failed: %s", id, reason);
        }
        progress.finish(id, ImportJob.FAILED, reason);
        ImportSpool.delete(run.spool());
    }

    private void deleteSpool(long id) {
        ImportSpool.delete(Path.of(progress.snapshot(id).spoolPath));
    }

    private static void authorise(ImportRequest request, Caller caller) {
        if (!caller.isAdmin()) {
            caller.requireScope(Caller.SCOPE_INGEST);
            if (ImportJob.STACKEXCHANGE.equals(request.format())) {
                // Votes become ratings, and every post of the dump lands in one source.
                caller.requireScope(Caller.SCOPE_RATE);
                caller.requireSource(request.sourceOrDefault());
            }
        }
    }
}
