package io.groundswell.integration.imports;

import io.groundswell.integration.imports.ImportJobView.LineError;
import io.groundswell.post.BulkIngest;
import io.groundswell.post.BulkItemResult;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/**
 * Imports an NDJSON file with the same per-line parsing and validation as {@code POST
 * /api/posts/bulk}. After each committed chunk the job records the last line of that chunk; a run
 * resumed after a restart skips the lines up to there. A crash between a chunk's commit and its
 * record replays that one chunk, which upserts by (source, externalId) make harmless.
 */
@ApplicationScoped
class NdjsonImport {

    private final BulkIngest bulk;
    private final ImportProgress progress;

    NdjsonImport(BulkIngest bulk, ImportProgress progress) {
        this.bulk = bulk;
        this.progress = progress;
    }

    void run(JobRun run) throws IOException {
        // Line numbers of the reader are ints: an NDJSON import holds at most 2^31 - 1 lines.
        int afterLine = (int) Math.min(Integer.MAX_VALUE, run.done());
        try (InputStream in = Files.newInputStream(run.spool())) {
            bulk.ingestNdjsonChunks(in, run.caller(), afterLine, results -> {
                record(run.id(), results);
                run.stopIfAsked();
            });
        }
    }

    private void record(long id, List<BulkItemResult> results) {
        if (results.isEmpty()) {
            return;
        }
        long lastLine = 0;
        long stored = 0;
        List<LineError> errors = new ArrayList<>();
        for (BulkItemResult result : results) {
            lastLine = Math.max(lastLine, result.line());
            if (BulkItemResult.REJECTED.equals(result.status())) {
                errors.add(new LineError(result.line(), result.error()));
            } else {
                stored++;
            }
        }
        progress.chunk(id, lastLine, stored, 0, errors);
    }
}
