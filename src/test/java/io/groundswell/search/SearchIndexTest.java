package io.groundswell.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.groundswell.person.Person;
import io.groundswell.post.BodyFormat;
import io.groundswell.post.Post;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index's decision to keep or rebuild what it finds on disk, without Quarkus. */
class SearchIndexTest {

    private static final String EPOCH = "epoch-a";

    @TempDir
    Path folder;

    private SearchIndex index;

    @AfterEach
    void close() {
        if (index != null) {
            index.close();
        }
    }

    @Test
    void shouldAskForARebuildWhenThereIsNoIndex() throws IOException {
        index = new SearchIndex(folder.resolve("index"));

        assertEquals("there is no index yet", index.open(EPOCH));
        assertEquals(0, index.documentCount());
    }

    @Test
    void shouldKeepACommittedIndexOfTheSameDatabase() throws IOException {
        committedIndex(3);

        index = new SearchIndex(folder);

        assertNull(index.open(EPOCH));
        assertEquals(3, index.documentCount());
    }

    @Test
    void shouldRebuildAnIndexOfAnotherDatabase() throws IOException {
        committedIndex(3);

        index = new SearchIndex(folder);

        assertTrue(index.open("epoch-b").contains("another database"));
        assertEquals(0, index.documentCount());
    }

    @Test
    void shouldRebuildAnIndexOfAnotherSchemaVersion() throws IOException {
        committedIndex(1);
        // Commit the same documents again, marked with a schema version this code does not know.
        IndexWriterConfig config = new IndexWriterConfig()
                .setIndexSort(new Sort(new SortField(SearchFields.CREATED, SortField.Type.LONG)));
        try (Directory directory = FSDirectory.open(folder);
                IndexWriter writer = new IndexWriter(directory, config)) {
            writer.setLiveCommitData(Map.of(IndexDirectory.EPOCH_KEY, EPOCH, IndexDirectory.SCHEMA_KEY, "0")
                    .entrySet());
            writer.commit();
        }

        index = new SearchIndex(folder);

        assertTrue(index.open(EPOCH).contains("schema version 0"));
        assertEquals(0, index.documentCount());
    }

    @Test
    void shouldNotTrustChangesThatWereNeverCommitted() throws IOException {
        index = new SearchIndex(folder);
        index.open(EPOCH);
        index.update(1, PostDocuments.of(post(1)));
        index.close();

        assertEquals("there is no index yet", index.open(EPOCH));
    }

    @Test
    void shouldRebuildACorruptIndexAndRemoveItsFiles() throws IOException {
        committedIndex(50);
        Path largest = largestFile();
        try (RandomAccessFile file = new RandomAccessFile(largest.toFile(), "rw")) {
            file.seek(file.length() / 2);
            int b = file.read();
            file.seek(file.length() / 2);
            file.write(b ^ 0xFF);
        }

        index = new SearchIndex(folder);

        assertTrue(index.open(EPOCH).startsWith("it cannot be read"));
        assertEquals(0, index.documentCount());
        assertTrue(Files.notExists(largest), "the corrupt file is gone");
    }

    @Test
    void shouldRebuildAnIndexWithATruncatedCommitFile() throws IOException {
        committedIndex(2);
        Path segments;
        try (Stream<Path> files = Files.list(folder)) {
            segments = files.filter(p -> p.getFileName().toString().startsWith("segments_"))
                    .findFirst()
                    .orElseThrow();
        }
        try (RandomAccessFile file = new RandomAccessFile(segments.toFile(), "rw")) {
            file.setLength(file.length() / 2);
        }

        index = new SearchIndex(folder);

        assertTrue(index.open(EPOCH).startsWith("it cannot be read"));
    }

    @Test
    void shouldRefuseAFolderInUseByAnotherWriterInsteadOfWipingIt() throws IOException {
        committedIndex(2);
        index = new SearchIndex(folder);
        index.open(EPOCH);

        SearchIndex second = new SearchIndex(folder);

        assertThrows(LockObtainFailedException.class, () -> second.open("epoch-b"));
        assertEquals(2, index.documentCount());
    }

    @Test
    void shouldCacheFacetStatePerReader() throws IOException {
        index = new SearchIndex(folder);
        index.open(EPOCH);
        index.withSearcher(searcher -> {
            assertNull(index.facetState(searcher));
            return null;
        });
        index.update(1, PostDocuments.of(post(1)));
        index.refresh();

        var first = index.withSearcher(index::facetState);
        var again = index.withSearcher(index::facetState);
        index.update(2, PostDocuments.of(post(2)));
        index.refresh();
        var afterRefresh = index.withSearcher(index::facetState);

        assertNotNull(first);
        assertSame(first, again);
        assertNotSame(first, afterRefresh);
    }

    private void committedIndex(int posts) throws IOException {
        SearchIndex writer = new SearchIndex(folder);
        writer.open(EPOCH);
        for (int id = 1; id <= posts; id++) {
            writer.update(id, PostDocuments.of(post(id)));
        }
        writer.commit();
        writer.close();
    }

    private Path largestFile() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> !p.getFileName().toString().equals("write.lock"))
                    .max(Comparator.comparingLong(p -> p.toFile().length()))
                    .orElseThrow();
        }
    }

    static Post post(long id) {
        Person author = new Person();
        author.key = "author-" + id;
        author.displayName = "Author " + id;
        author.department = "Department " + (id % 3);
        Post post = new Post();
        post.id = id;
        post.source = "wiki";
        post.externalId = "page-" + id;
        post.title = "Page " + id;
        post.body = "<p>Body of page " + id + " with some words to make the files larger.</p>";
        post.bodyFormat = BodyFormat.HTML;
        post.author = author;
        post.createdAt = Instant.parse("2026-01-01T00:00:00Z").plusSeconds(id);
        post.updatedAt = post.createdAt;
        post.tags.addAll(List.of("tag-" + (id % 2), "common"));
        return post;
    }
}
