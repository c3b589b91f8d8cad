package io.groundswell.integration.imports;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.groundswell.identity.Caller;
import io.groundswell.system.GroundswellConfig;
import io.groundswell.testing.Api;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Dumps built to exhaust the server: each ends its job as failed with a reason, quickly and
 * without storing anything, and the next import works; a job that crashed the server on every
 * start is given up; any error, even an OutOfMemoryError, fails its job instead of leaving it
 * running.
 */
@QuarkusTest
class ImportLimitsTest {

    @Inject
    ImportService imports;

    @Inject
    GroundswellConfig config;

    @Test
    void shouldFailAJobWhoseDumpHasAHugeAttributeAndStayHealthy() {
        String source = source("huge");
        // 10 million characters against the default limit of 1,048,576.
        long id = ImportJobs.submit(
                "format=stackexchange&source=" + source, "application/zip", HostileDumps.hugeBody(10_000_000));

        JsonPath job = ImportJobs.awaitFinished(id, Duration.ofSeconds(60));

        assertEquals("failed", job.getString("status"), job.prettify());
        assertTrue(
                job.getString("message")
                        .matches("Posts\\.xml line \\d+: an attribute is longer than 1048576 characters"),
                job.getString("message"));
        assertEquals(0, ImportJobs.postsOf(source));
        String next = source("after-huge");
        JsonPath healthy = ImportJobs.awaitFinished(
                ImportJobs.submit("format=stackexchange&source=" + next, "application/zip", StackExchangeDump.zip()),
                Duration.ofSeconds(60));
        assertEquals("done", healthy.getString("status"), healthy.prettify());
        assertEquals(StackExchangeDump.POSTS, ImportJobs.postsOf(next));
    }

    @Test
    void shouldRefuseAZipBombThatDeclaresItsSize() {
        Api.asAdmin()
                .contentType("application/zip")
                .body(HostileDumps.bomb(50_000_000))
                .post("/api/imports?format=stackexchange&source=" + source("bomb"))
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("zip bomb"));
    }

    @Test
    void shouldFailAZipBombThatUnderstatesItsSizeOnceItInflatesTooFar() {
        String source = source("lying-bomb");
        long id = ImportJobs.submit(
                "format=stackexchange&source=" + source,
                "application/zip",
                HostileDumps.understated(HostileDumps.bomb(50_000_000)));

        JsonPath job = ImportJobs.awaitFinished(id, Duration.ofSeconds(60));

        assertEquals("failed", job.getString("status"), job.prettify());
        assertTrue(job.getString("message").contains("zip bomb"), job.getString("message"));
        assertEquals(0, ImportJobs.postsOf(source));
    }

    @Test
    void shouldRejectAnOverlongNdjsonLineAndImportTheOthers() {
        String source = source("long-line");
        String good = "{\"source\":\"" + source + "\",\"externalId\":\"%s\",\"title\":\"t\",\"body\":\"b\"}\n";
        byte[] huge = new byte[20 * 1024 * 1024];
        Arrays.fill(huge, (byte) 'x');
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(good.formatted("1").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(huge);
        body.writeBytes(("\n" + good.formatted("3")).getBytes(StandardCharsets.UTF_8));

        JsonPath job = ImportJobs.awaitFinished(
                ImportJobs.submit("format=ndjson", "application/x-ndjson", body.toByteArray()), Duration.ofSeconds(60));

        assertEquals("done", job.getString("status"), job.prettify());
        assertEquals(2, job.getLong("stored"));
        assertEquals(2, job.getLong("errors[0].line"));
        assertEquals("line is longer than 2097152 bytes", job.getString("errors[0].message"));
    }

    @Test
    void shouldMarkAJobFailedWhenItsRunThrowsAnError() {
        QuarkusMock.installMockForType(
                new NdjsonImport(null, null) {
                    @Override
                    void run(JobRun run) {
                        throw new OutOfMemoryError("Java heap space");
                    }
                },
                NdjsonImport.class);
        String line = "{\"source\":\"" + source("oom") + "\",\"externalId\":\"1\",\"title\":\"t\",\"body\":\"b\"}\n";

        JsonPath job = ImportJobs.awaitFinished(
                ImportJobs.submit("format=ndjson", "application/x-ndjson", line.getBytes()), Duration.ofSeconds(60));

        assertEquals("failed", job.getString("status"), job.prettify());
        assertEquals("the import ran out of memory or stack (OutOfMemoryError)", job.getString("message"));
    }

    @Test
    void shouldGiveUpAJobThatWasInterruptedOnEveryStart() throws IOException {
        Path spool = config.dataDir().resolve("imports").resolve(UUID.randomUUID() + ".ndjson");
        Files.createDirectories(spool.getParent());
        Files.writeString(spool, "{}\n");
        long id = QuarkusTransaction.requiringNew().call(() -> {
            ImportJob job = new ImportJob();
            job.format = ImportJob.NDJSON;
            job.status = ImportJob.RUNNING;
            job.spoolPath = spool.toAbsolutePath().toString();
            job.total = 1;
            job.starts = 3;
            job.submittedBy(Caller.system("crash-loop-test"));
            job.createdAt = Instant.now().minusSeconds(60);
            job.updatedAt = job.createdAt;
            job.persist();
            return job.id;
        });

        imports.resumeRunning();

        JsonPath job = ImportJobs.job(id);
        assertEquals("failed", job.getString("status"), job.prettify());
        assertEquals("interrupted by a restart 3 times while running; not resumed again", job.getString("message"));
        assertFalse(Files.exists(spool));
    }

    private static String source(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
