package io.groundswell.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.store.Directory;

/** Decides whether an index folder can be reused, and empties it when it cannot. */
final class IndexDirectory {

    /** Commit user data: the database epoch the index was built from. */
    static final String EPOCH_KEY = "groundswell.epoch";

    /** Commit user data: the {@link SearchIndex#SCHEMA_VERSION} the index was built with. */
    static final String SCHEMA_KEY = "groundswell.schema";

    private IndexDirectory() {}

    /**
     * Why the index in {@code dir} cannot serve the database with this epoch, or null when it can.
     * The caller holds the write lock.
     */
    static String whyUnusable(Directory dir, String epoch, String schemaVersion) {
        try {
            if (!DirectoryReader.indexExists(dir)) {
                return "there is no index yet";
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                Map<String, String> data = reader.getIndexCommit().getUserData();
                if (!schemaVersion.equals(data.get(SCHEMA_KEY))) {
                    return "it has schema version " + data.get(SCHEMA_KEY) + ", this version needs " + schemaVersion;
                }
                if (!epoch.equals(data.get(EPOCH_KEY))) {
                    return "it was built from another database (epoch " + data.get(EPOCH_KEY) + ")";
                }
                // Opening checks headers and footers only; verifying every checksum reads the
                // whole index once, which is cheap next to serving wrong or failing searches.
                for (LeafReaderContext leaf : reader.leaves()) {
                    leaf.reader().checkIntegrity();
                }
                return null;
            }
        } catch (IOException e) {
            // CorruptIndexException, IndexFormatTooOld/TooNewException, NoSuchFileException and
            // EOFException (truncated files) are all IOExceptions: the index is derived, so any
            // failure to read it is a reason to rebuild it rather than to stay down.
            return "it cannot be read (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")";
        }
    }

    /** Deletes the files of the folder except the write lock, which the caller holds. */
    static void wipe(Path folder) throws IOException {
        List<Path> files;
        try (Stream<Path> entries = Files.list(folder)) {
            files = entries.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().equals(IndexWriter.WRITE_LOCK_NAME))
                    .toList();
        }
        for (Path file : files) {
            Files.delete(file);
        }
    }
}
