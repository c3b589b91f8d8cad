package io.groundswell.search.terms;

import io.groundswell.person.Person;
import io.groundswell.post.BodyFormat;
import io.groundswell.post.Post;
import io.groundswell.search.TestIndex;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * A test of term statistics on an index of its own in a temporary folder, filled with posts of
 * March 2026 directly (no database, no Quarkus).
 */
abstract class TermIndexTest {

    static final Instant START = Instant.parse("2026-03-01T00:00:00Z");
    static final TermSlice MARCH = TermSlice.window(START, START.plusSeconds(31 * 86_400L));

    @TempDir
    Path folder;

    TestIndex index;
    TermStatistics statistics;

    @BeforeEach
    void open() throws IOException {
        index = TestIndex.open(folder.resolve("index"));
        statistics = new TermStatistics(index.index());
    }

    @AfterEach
    void close() {
        index.close();
    }

    /** A post of the forum source whose title and body are {@code text}, {@code day} days into March. */
    static Post post(long id, String author, String text, int day) {
        Person person = new Person();
        person.key = author;
        person.displayName = author;
        Post post = new Post();
        post.id = id;
        post.source = "forum";
        post.externalId = "p" + id;
        post.title = text;
        post.body = text;
        post.bodyFormat = BodyFormat.TEXT;
        post.author = person;
        post.createdAt = START.plusSeconds(day * 86_400L);
        post.updatedAt = post.createdAt;
        return post;
    }
}
