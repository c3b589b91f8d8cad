package io.groundswell.search;

import io.groundswell.post.Post;
import io.groundswell.post.RatingSummary;
import io.groundswell.system.Chunks;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The database side of indexing: the queue, the posts as documents, and the epoch. */
@ApplicationScoped
class IndexFeed {

    record QueueRow(long id, long postId, boolean ratingOnly) {}

    /**
     * A page of posts in id order, loaded with author and tags (detached: read them, do not change
     * them); {@code posts} lacks posts deleted since the ids were read.
     */
    record Page(long lastId, int size, List<Post> posts) {}

    /** The epoch of this database, created on first use (two nodes creating it at once is retried). */
    String epoch() {
        try {
            return QuarkusTransaction.requiringNew().call(IndexState::epoch);
        } catch (PersistenceException e) {
            return QuarkusTransaction.requiringNew().call(IndexState::epoch);
        }
    }

    /**
     * The oldest queue rows not in {@code skip}. Rows already indexed but not yet committed stay in
     * the table, so they are read again and skipped here; a cursor on the id instead would miss a
     * row with a lower id whose transaction commits later (ids are handed out before commit).
     */
    List<QueueRow> nextRows(int limit, Set<Long> skip) {
        List<IndexQueueEntry> entries =
                QuarkusTransaction.requiringNew().call(() -> IndexQueueEntry.oldest(limit + skip.size()));
        List<QueueRow> rows = new ArrayList<>(Math.min(limit, entries.size()));
        for (IndexQueueEntry entry : entries) {
            if (rows.size() == limit) {
                break;
            }
            if (!skip.contains(entry.id)) {
                rows.add(new QueueRow(entry.id, entry.postId, entry.ratingOnly));
            }
        }
        return rows;
    }

    long queueSize() {
        // A lambda: a method reference to count() would bind to PanacheEntityBase, which Panache
        // does not enhance.
        return QuarkusTransaction.requiringNew().call(() -> IndexQueueEntry.count());
    }

    /** Deletes queue rows by id; only ids are safe, see {@link #nextRows}. */
    void forget(Collection<Long> queueIds) {
        for (List<Long> chunk : Chunks.of(queueIds)) {
            QuarkusTransaction.requiringNew().run(() -> IndexQueueEntry.deleteByIds(chunk));
        }
    }

    /**
     * The current state of these posts with author and tags (detached: read them, do not change
     * them), by post id; posts that no longer exist are absent.
     */
    Map<Long, Post> posts(Collection<Long> postIds) {
        if (postIds.isEmpty()) {
            return Map.of();
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            Map<Long, Post> posts = new LinkedHashMap<>();
            Chunks.query(postIds, Post::findWithDetails).forEach(post -> posts.put(post.id, post));
            return posts;
        });
    }

    /** The current rating summaries of these posts, by post id; posts that no longer exist are absent. */
    Map<Long, RatingSummary> ratings(Collection<Long> postIds) {
        if (postIds.isEmpty()) {
            return Map.of();
        }
        return QuarkusTransaction.requiringNew().call(() -> Post.findRatingSummaries(postIds));
    }

    long postCount() {
        // A lambda for the same reason as in queueSize().
        return QuarkusTransaction.requiringNew().call(() -> Post.count());
    }

    /** Posts with ids above {@code afterId}, keyset-paginated; an empty page ends the walk. */
    Page page(long afterId, int size) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<Long> ids = Panache.getEntityManager()
                    .createQuery("select p.id from Post p where p.id > :after order by p.id", Long.class)
                    .setParameter("after", afterId)
                    .setMaxResults(size)
                    .getResultList();
            if (ids.isEmpty()) {
                return new Page(afterId, 0, List.of());
            }
            return new Page(ids.get(ids.size() - 1), ids.size(), Post.findWithDetails(ids));
        });
    }
}
