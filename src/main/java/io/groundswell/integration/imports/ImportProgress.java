package io.groundswell.integration.imports;

import io.groundswell.integration.IntegrationsConfig;
import io.groundswell.integration.imports.ImportJobView.LineError;
import io.groundswell.system.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/**
 * The state of import jobs in the database. Progress of a chunk (how far, how many stored, its
 * errors) is written in one transaction, so after a crash the errors recorded always belong to
 * the lines counted as done, and a resumed job neither loses nor repeats an error.
 */
@ApplicationScoped
class ImportProgress {

    private final EntityManager em;
    private final int maxErrors;

    ImportProgress(EntityManager em, IntegrationsConfig config) {
        this.em = em;
        this.maxErrors = config.imports().maxErrors();
    }

    @Transactional
    long create(ImportJob job) {
        Instant now = Instant.now();
        job.status = ImportJob.RUNNING;
        job.createdAt = now;
        job.updatedAt = now;
        job.persist();
        return job.id;
    }

    /** Records a committed chunk: done up to {@code upTo}, what it stored and the lines it skipped. */
    @Transactional
    void chunk(long id, long upTo, long stored, long ratings, List<LineError> errors) {
        ImportJob job = find(id);
        job.done = Math.max(job.done, upTo);
        job.stored += stored;
        job.ratings += ratings;
        for (LineError error : errors) {
            if (job.errorCount < maxErrors) {
                em.createNativeQuery("insert into import_error (job_id, line_number, message) values (?1, ?2, ?3)")
                        .setParameter(1, id)
                        .setParameter(2, error.line())
                        .setParameter(3, cut(error.message(), 1000))
                        .executeUpdate();
            }
            job.errorCount++;
        }
        job.updatedAt = Instant.now();
    }

    @Transactional
    void total(long id, long total) {
        ImportJob job = find(id);
        job.total = total;
        job.updatedAt = Instant.now();
    }

    /** Starts a job's counts again, for formats that are re-run from the start when resumed. */
    @Transactional
    void reset(long id) {
        ImportJob job = find(id);
        job.done = 0;
        job.stored = 0;
        job.ratings = 0;
        job.errorCount = 0;
        em.createNativeQuery("delete from import_error where job_id = ?1")
                .setParameter(1, id)
                .executeUpdate();
    }

    /** Counts a run that begins; answers how many runs began and did not end in a shutdown. */
    @Transactional
    int started(long id) {
        ImportJob job = find(id);
        job.starts++;
        job.updatedAt = Instant.now();
        return job.starts;
    }

    /** A run that a shutdown ended, to be resumed: it does not count against the job. */
    @Transactional
    void stoppedForShutdown(long id) {
        ImportJob job = find(id);
        job.starts = Math.max(0, job.starts - 1);
    }

    @Transactional
    void finish(long id, String status, String message) {
        ImportJob job = find(id);
        job.status = status;
        job.message = cut(message, 2000);
        if (ImportJob.DONE.equals(status)) {
            job.done = Math.max(job.done, job.total);
        }
        job.finishedAt = Instant.now();
        job.updatedAt = job.finishedAt;
    }

    @Transactional
    ImportJob snapshot(long id) {
        ImportJob job = find(id);
        em.detach(job);
        return job;
    }

    @Transactional
    List<Long> running() {
        return ImportJob.findRunning().stream().map(job -> job.id).toList();
    }

    @Transactional
    ImportJobView view(long id) {
        ImportJob job = find(id);
        List<LineError> errors = em
                .createNativeQuery(
                        "select line_number, message from import_error where job_id = ?1 order by line_number",
                        Object[].class)
                .setParameter(1, id)
                .getResultList()
                .stream()
                .map(row -> {
                    Object[] columns = (Object[]) row;
                    return new LineError(((Number) columns[0]).longValue(), (String) columns[1]);
                })
                .toList();
        return ImportJobView.of(job, errors);
    }

    private static ImportJob find(long id) {
        ImportJob job = ImportJob.findById(id);
        if (job == null) {
            throw ProblemException.notFound("No import " + id + ".");
        }
        return job;
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
