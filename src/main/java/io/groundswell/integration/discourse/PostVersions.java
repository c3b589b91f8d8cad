package io.groundswell.integration.discourse;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.hibernate.query.NativeQuery;

/**
 * The newest state of each Discourse post applied here, from the {@code version} and
 * {@code updated_at} of its signed body, kept after the post is deleted: a body older than the
 * stored state, replayed later or delivered late, changes nothing.
 */
@ApplicationScoped
class PostVersions {

    /**
     * Deliveries of one post are applied one at a time, so that an older one cannot overtake a newer
     * one between the check and the write. Groundswell runs as one process (its search index is a
     * local directory), so a lock in memory suffices; striped, so that it needs no clean-up.
     */
    private final ReentrantLock[] stripes = new ReentrantLock[64];

    private final EntityManager em;

    PostVersions(EntityManager em) {
        this.em = em;
        for (int i = 0; i < stripes.length; i++) {
            stripes[i] = new ReentrantLock();
        }
    }

    /**
     * A post's state as its body tells it; version and updatedAt are null when the body lacks them.
     * Deleted when a moderator deleted it ({@code deleted_at}) or its author did ({@code user_deleted}:
     * Discourse keeps such a post, as "deleted by author", for a day).
     */
    record State(Integer version, Instant updatedAt, boolean deleted) {

        static State of(JsonNode post) {
            JsonNode version = post.path("version");
            return new State(
                    version.canConvertToInt() && version.isIntegralNumber() ? version.intValue() : null,
                    instant(post.path("updated_at")),
                    !post.path("deleted_at").isMissingNode()
                                    && !post.path("deleted_at").isNull()
                            || post.path("user_deleted").asBoolean(false));
        }

        /**
         * Whether this state is newer than the stored one: by version, then by updated_at (an edit
         * shortly after the last one keeps its version). A body that carries neither cannot be
         * ordered and counts as newer; only its delivery window guards it against replays.
         */
        boolean newerThan(State stored) {
            if (version != null && stored.version != null && !version.equals(stored.version)) {
                return version > stored.version;
            }
            if (updatedAt != null && stored.updatedAt != null) {
                return updatedAt.isAfter(stored.updatedAt);
            }
            return true;
        }

        /**
         * Newer, or the same revision deleted or recovered: Discourse deletes and recovers a post
         * without changing its version or updated_at.
         */
        boolean supersedes(State stored) {
            return newerThan(stored) || sameRevision(stored) && deleted != stored.deleted;
        }

        private boolean sameRevision(State stored) {
            return Objects.equals(version, stored.version) && Objects.equals(updatedAt, stored.updatedAt);
        }

        private static Instant instant(JsonNode value) {
            try {
                return value.isTextual() ? Instant.parse(value.asText()) : null;
            } catch (DateTimeParseException notADate) {
                return null;
            }
        }
    }

    /**
     * Runs the change if the incoming state may follow the stored one ({@link State#supersedes}, or
     * only {@link State#newerThan} unless {@code mayRecover}), and then stores the incoming state.
     * Empty, and nothing changed, when it may not.
     */
    <T> Optional<T> applyIfNewer(String source, String postId, State incoming, boolean mayRecover, Supplier<T> change) {
        ReentrantLock lock = stripes[Math.floorMod((source + '\n' + postId).hashCode(), stripes.length)];
        lock.lock();
        try {
            Optional<State> stored = QuarkusTransaction.requiringNew().call(() -> stored(source, postId));
            if (stored.isPresent()
                    && !(mayRecover ? incoming.supersedes(stored.get()) : incoming.newerThan(stored.get()))) {
                return Optional.empty();
            }
            T result = change.get();
            QuarkusTransaction.requiringNew().run(() -> store(source, postId, incoming, stored.isPresent()));
            return Optional.of(result);
        } finally {
            lock.unlock();
        }
    }

    private Optional<State> stored(String source, String postId) {
        List<?> rows = em.createNativeQuery(
                        "select version, updated_at, deleted from discourse_post where source = ?1 and post_id = ?2")
                .setParameter(1, source)
                .setParameter(2, postId)
                .getResultList();
        return rows.stream().findFirst().map(row -> {
            Object[] columns = (Object[]) row;
            return new State(
                    columns[0] == null ? null : ((Number) columns[0]).intValue(),
                    columns[1] == null ? null : toInstant(columns[1]),
                    Boolean.TRUE.equals(columns[2]));
        });
    }

    private void store(String source, String postId, State state, boolean exists) {
        String sql = exists
                ? "update discourse_post set version = ?3, updated_at = ?4, deleted = ?5"
                        + " where source = ?1 and post_id = ?2"
                : "insert into discourse_post (source, post_id, version, updated_at, deleted)"
                        + " values (?1, ?2, ?3, ?4, ?5)";
        OffsetDateTime updatedAt =
                state.updatedAt() == null ? null : OffsetDateTime.ofInstant(state.updatedAt(), ZoneOffset.UTC);
        // Typed, since either may be null and a null alone does not tell the driver its type.
        em.createNativeQuery(sql)
                .unwrap(NativeQuery.class)
                .setParameter(1, source)
                .setParameter(2, postId)
                .setParameter(3, state.version(), Integer.class)
                .setParameter(4, updatedAt, OffsetDateTime.class)
                .setParameter(5, state.deleted())
                .executeUpdate();
    }

    private static Instant toInstant(Object column) {
        if (column instanceof OffsetDateTime time) {
            return time.toInstant();
        }
        if (column instanceof Instant instant) {
            return instant;
        }
        return ((java.sql.Timestamp) column).toInstant();
    }
}
