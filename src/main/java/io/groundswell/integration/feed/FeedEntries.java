package io.groundswell.integration.feed;

import io.groundswell.identity.Caller;
import io.groundswell.integration.IncomingText;
import io.groundswell.post.BulkItemResult;
import io.groundswell.post.PostRequest;
import io.groundswell.post.PostRequest.AuthorRequest;
import io.groundswell.post.PostService;
import io.groundswell.system.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jboss.logging.Logger;

/**
 * Turns feed entries into posts of the feed's source, keyed by the entry's id (RSS guid, Atom id)
 * or else its link, so re-reading a feed updates instead of duplicating. An entry without a date
 * is dated when first seen, and keeps that date on later polls.
 */
@ApplicationScoped
class FeedEntries {

    private static final Logger LOG = Logger.getLogger(FeedEntries.class);
    private static final Caller CALLER = Caller.system("feeds");
    private static final int CHUNK = 250;

    /** How many entries of one poll became new posts, updated posts, or nothing. */
    record Stored(int created, int updated, int rejected) {}

    private final PostService posts;
    private final Validator validator;

    FeedEntries(PostService posts, Validator validator) {
        this.posts = posts;
        this.validator = validator;
    }

    Stored store(FeedParser.Parsed feed, String source, String feedUrl) {
        List<PostRequest> prepared = new ArrayList<>();
        int rejected = 0;
        for (FeedEntry entry : feed.entries()) {
            try {
                prepared.add(prepare(entry, feed.title(), source));
            } catch (ProblemException e) {
                rejected++;
                LOG.debugf("Feed %s: entry %s skipped: %s", feedUrl, entry.link(), e.getMessage());
            }
        }
        int created = 0;
        int updated = 0;
        for (int from = 0; from < prepared.size(); from += CHUNK) {
            List<PostRequest> chunk = prepared.subList(from, Math.min(prepared.size(), from + CHUNK));
            for (BulkItemResult result : posts.upsertAll(chunk, CALLER)) {
                switch (result.status()) {
                    case BulkItemResult.CREATED -> created++;
                    case BulkItemResult.UPDATED -> updated++;
                    default -> rejected++;
                }
            }
        }
        return new Stored(created, updated, rejected);
    }

    private PostRequest prepare(FeedEntry entry, String feedTitle, String source) {
        String key = entry.id() != null ? entry.id() : entry.link();
        if (key == null) {
            throw ProblemException.invalid("entry", "has neither an id nor a link");
        }
        PostRequest request = new PostRequest(
                source,
                IncomingText.externalId(key),
                IncomingText.url(entry.link()),
                IncomingText.title(entry.title(), entry.link() == null ? "Untitled" : entry.link()),
                entry.body(),
                entry.format(),
                author(entry.author(), feedTitle, source),
                IncomingText.notAfterNow(entry.published()),
                IncomingText.tags(entry.tags()));
        var violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(
                    violations.iterator().next().getPropertyPath().toString(),
                    violations.iterator().next().getMessage());
        }
        return posts.prepare(request, CALLER);
    }

    /**
     * Feed authors are names, not directory ids: keyed {@code <source>:<name>} so the same name in
     * another system is not taken for the same person. Entries without one are the feed's own.
     */
    private static AuthorRequest author(String name, String feedTitle, String source) {
        if (name == null) {
            String title = feedTitle == null || feedTitle.isBlank() ? source : feedTitle.strip();
            return new AuthorRequest("feed:" + source, IncomingText.cut(title, 200), null);
        }
        return new AuthorRequest(
                IncomingText.personKey(source + ":" + name.toLowerCase(Locale.ROOT)),
                IncomingText.cut(name, 200),
                null);
    }
}
