package io.groundswell.integration.imports;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.groundswell.system.ProblemException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The spool directory's quota: uploads that would fill it past the quota get 507 and leave nothing behind. */
class ImportSpoolTest {

    private static final long QUOTA = 10L * 1024 * 1024;

    @TempDir
    Path directory;

    @Test
    void shouldRefuseAnUploadWhenQueuedUploadsFillTheQuota() throws IOException {
        Files.write(directory.resolve("queued.zip"), new byte[(int) QUOTA + 1]);
        ImportSpool spool = new ImportSpool(directory, Long.MAX_VALUE, QUOTA);

        ProblemException refused = assertThrows(
                ProblemException.class, () -> spool.write(new ByteArrayInputStream(new byte[] {'{', '}'}), "ndjson"));

        assertEquals(507, refused.problem().status());
        assertEquals(List.of(directory.resolve("queued.zip")), files());
    }

    @Test
    void shouldRefuseAnUploadThatFillsTheQuotaWhileItIsWritten() throws IOException {
        Files.write(directory.resolve("queued.zip"), new byte[(int) (QUOTA / 2)]);
        ImportSpool spool = new ImportSpool(directory, Long.MAX_VALUE, QUOTA);

        ProblemException refused = assertThrows(
                ProblemException.class, () -> spool.write(new ByteArrayInputStream(new byte[(int) QUOTA]), "ndjson"));

        assertEquals(507, refused.problem().status());
        assertEquals(List.of(directory.resolve("queued.zip")), files());
    }

    @Test
    void shouldSpoolAnUploadWithinTheQuota() throws IOException {
        ImportSpool spool = new ImportSpool(directory, Long.MAX_VALUE, QUOTA);
        byte[] body = "{}\n{}\n".getBytes();

        ImportSpool.Spooled spooled = spool.write(new ByteArrayInputStream(body), "ndjson");

        assertEquals(2, spooled.lines());
        assertArrayEquals(body, Files.readAllBytes(spooled.path()));
        assertEquals(body.length, spool.used());
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.toList();
        }
    }
}
