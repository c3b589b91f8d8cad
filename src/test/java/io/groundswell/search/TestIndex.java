package io.groundswell.search;

import io.groundswell.post.Post;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.lucene.document.Document;

/**
 * A search index in a folder, filled with posts directly (no database, no Quarkus), for the tests
 * of packages that read the index, such as term statistics.
 */
public final class TestIndex implements AutoCloseable {

    private final SearchIndex index;

    private TestIndex(SearchIndex index) {
        this.index = index;
    }

    public static TestIndex open(Path folder) throws IOException {
        SearchIndex index = new SearchIndex(folder);
        index.open("epoch");
        return new TestIndex(index);
    }

    /** The document the indexer would write for this post, loaded with its author and tags. */
    public static Document document(Post post) {
        return PostDocuments.of(post);
    }

    public SearchIndex index() {
        return index;
    }

    public void add(Post post) throws IOException {
        index.update(post.id, PostDocuments.of(post));
    }

    public void delete(long postId) throws IOException {
        index.delete(postId);
    }

    /** Makes what was added and deleted visible to searchers. */
    public void refresh() throws IOException {
        index.refresh();
    }

    @Override
    public void close() {
        index.close();
    }
}
