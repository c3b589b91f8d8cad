package io.groundswell.integration.imports;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/**
 * An import job as {@code GET /api/imports/{id}} shows it. {@code done} and {@code total} count
 * lines (NDJSON) or rows (Stack Exchange); {@code errors} holds the first errors, with their line
 * numbers, and {@code errorCount} counts all of them.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ImportJobView(
        long id,
        String format,
        String status,
        long done,
        long total,
        long stored,
        long ratings,
        long errorCount,
        List<LineError> errors,
        String message,
        Instant createdAt,
        Instant finishedAt) {

    /** A line that was skipped, and why. */
    public record LineError(long line, String message) {}

    static ImportJobView of(ImportJob job, List<LineError> errors) {
        return new ImportJobView(
                job.id,
                job.format,
                job.status,
                job.done,
                job.total,
                job.stored,
                job.ratings,
                job.errorCount,
                errors,
                job.message,
                job.createdAt,
                job.finishedAt);
    }
}
