package io.groundswell.integration.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.groundswell.identity.Caller;
import io.groundswell.system.GroundswellConfig;
import io.groundswell.testing.Api;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A job interrupted by a restart, as the database and data directory hold it afterwards: status
 * running, the spooled file, done = the last recorded line. Here the crash came after lines up to
 * 400 were stored but before their record got past 350, the worst case for duplicates.
 */
@QuarkusTest
class ImportResumeTest {

    @Inject
    ImportService imports;

    @Inject
    GroundswellConfig config;

    @Test
    void shouldResumeAnInterruptedImportFromItsLastRecordWithoutDuplicates() throws IOException {
        String source = "resume-" + UUID.randomUUID().toString().substring(0, 8);
        byte[] file = NdjsonImportTest.ndjson(source, 1000, Set.of(700));
        byte[] firstLines = Arrays.copyOf(file, offsetOfLine(file, 401));
        Api.asAdmin()
                .contentType("application/x-ndjson")
                .body(firstLines)
                .post("/api/posts/bulk")
                .then()
                .statusCode(200);
        assertEquals(400, ImportJobs.postsOf(source));
        Path spool = config.dataDir().resolve("imports").resolve(UUID.randomUUID() + ".ndjson");
        Files.createDirectories(spool.getParent());
        Files.write(spool, file);
        long id = interruptedJob(spool, 1000, 350);

        imports.resumeRunning();

        JsonPath job = ImportJobs.awaitFinished(id, Duration.ofSeconds(60));
        assertEquals("done", job.getString("status"), job.prettify());
        assertEquals(1000, job.getLong("done"));
        // 350 recorded before the restart, 649 after it (lines 351-1000 but the broken one).
        assertEquals(999, job.getLong("stored"));
        assertEquals(1, job.getLong("errorCount"));
        assertEquals(700, job.getLong("errors[0].line"));
        assertEquals(999, ImportJobs.postsOf(source));
        assertEquals(false, Files.exists(spool));
    }

    private static long interruptedJob(Path spool, long total, long done) {
        return QuarkusTransaction.requiringNew().call(() -> {
            ImportJob job = new ImportJob();
            job.format = ImportJob.NDJSON;
            job.status = ImportJob.RUNNING;
            job.spoolPath = spool.toAbsolutePath().toString();
            job.total = total;
            job.done = done;
            job.stored = done;
            job.submittedBy(Caller.system("resume-test"));
            job.createdAt = Instant.now().minusSeconds(60);
            job.updatedAt = job.createdAt;
            job.persist();
            return job.id;
        });
    }

    private static int offsetOfLine(byte[] file, int line) {
        int seen = 1;
        for (int i = 0; i < file.length; i++) {
            if (file[i] == '\n' && ++seen == line) {
                return i + 1;
            }
        }
        return file.length;
    }
}
