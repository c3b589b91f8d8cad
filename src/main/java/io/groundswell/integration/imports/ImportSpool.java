package io.groundswell.integration.imports;

import io.groundswell.system.GroundswellConfig;
import io.groundswell.system.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/**
 * Writes uploads to {@code <data-dir>/imports/} before a job reads them: the request ends as soon
 * as the bytes are safe on disk, a job can be resumed from the file after a restart, and a zip can
 * be opened by entry in whatever order the import needs.
 */
@ApplicationScoped
class ImportSpool {

    /** A spooled upload: where it is, how many bytes, and how many lines as NDJSON counts them. */
    record Spooled(Path path, long bytes, long lines) {}

    private final Path directory;
    private final long maxBytes;

    ImportSpool(GroundswellConfig config) {
        this.directory = config.dataDir().resolve("imports");
        this.maxBytes = config.limits().maxImportBytes();
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
            byte[] buffer = new byte[64 * 1024];
            long bytes = 0;
            long newlines = 0;
            byte last = '\n';
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                bytes += read;
                if (bytes > maxBytes) {
                    throw ProblemException.tooLarge("An import holds at most " + maxBytes + " bytes.");
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

    static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete the spooled import " + file, e);
        }
    }
}
