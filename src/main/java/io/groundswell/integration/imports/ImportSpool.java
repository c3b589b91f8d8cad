package io.groundswell.integration.imports;

import io.groundswell.integration.IntegrationsConfig;
import io.groundswell.system.GroundswellConfig;
import io.groundswell.system.Problem;
import io.groundswell.system.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Writes uploads to {@code <data-dir>/imports/} before a job reads them: the request ends as soon
 * as the bytes are safe on disk, a job can be resumed from the file after a restart, and a zip can
 * be opened by entry in whatever order the import needs. The directory has a quota: uploads wait
 * there for the single import worker, and must not fill the disk while they queue.
 */
@ApplicationScoped
class ImportSpool {

    /** A spooled upload: where it is, how many bytes, and how many lines as NDJSON counts them. */
    record Spooled(Path path, long bytes, long lines) {}

    /** How often the directory is measured again while an upload is written, in bytes written. */
    private static final long MEASURE_EVERY = 4L * 1024 * 1024;

    private final Path directory;
    private final long maxBytes;
    private final long quotaBytes;

    @Inject
    ImportSpool(GroundswellConfig config, IntegrationsConfig integrations) {
        this(
                config.dataDir().resolve("imports"),
                config.limits().maxImportBytes(),
                integrations.imports().spoolQuotaBytes());
    }

    ImportSpool(Path directory, long maxBytes, long quotaBytes) {
        this.directory = directory;
        this.maxBytes = maxBytes;
        this.quotaBytes = quotaBytes;
    }

    Spooled write(InputStream in, String extension) {
        Path file;
        try {
            Files.createDirectories(directory);
            file = directory.resolve(UUID.randomUUID() + "." + extension);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the import directory " + directory, e);
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            checkQuota();
            byte[] buffer = new byte[64 * 1024];
            long bytes = 0;
            long measureAt = MEASURE_EVERY;
            long newlines = 0;
            byte last = '\n';
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                bytes += read;
                if (bytes > maxBytes) {
                    throw ProblemException.tooLarge("An import holds at most " + maxBytes + " bytes.");
                }
                if (bytes > measureAt) {
                    // Measured, not counted: uploads written at the same time share the quota.
                    checkQuota();
                    measureAt = bytes + MEASURE_EVERY;
                }
                for (int i = 0; i < read; i++) {
                    if (buffer[i] == '\n') {
                        newlines++;
                    }
                }
                if (read > 0) {
                    last = buffer[read - 1];
                }
                out.write(buffer, 0, read);
            }
            // A last line without a newline is a line too, as the NDJSON reader sees it.
            return new Spooled(file, bytes, newlines + (last == '\n' ? 0 : 1));
        } catch (IOException | RuntimeException e) {
            delete(file);
            if (e instanceof IOException io) {
                throw new UncheckedIOException("The upload could not be spooled", io);
            }
            throw (RuntimeException) e;
        }
    }

    /** Bytes of all files in the spool: queued and running jobs, and uploads being written. */
    long used() throws IOException {
        if (!Files.isDirectory(directory)) {
            return 0;
        }
        long used = 0;
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                try {
                    used += Files.size(file);
                } catch (IOException gone) {
                    // Deleted by a job that just finished.
                }
            }
        }
        return used;
    }

    private void checkQuota() throws IOException {
        if (used() > quotaBytes) {
            throw new ProblemException(Problem.of(
                    507,
                    "spool-full",
                    "Insufficient storage",
                    "Queued imports fill the import spool (" + quotaBytes + " bytes); try again when they are"
                            + " done."));
        }
    }

    static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete the spooled import " + file, e);
        }
    }
}
