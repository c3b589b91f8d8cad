package io.groundswell.rating;

import io.groundswell.person.Person;
import io.groundswell.person.PersonDirectory;
import io.groundswell.person.PersonDirectory.PersonRef;
import io.groundswell.post.Post;
import io.groundswell.post.PostChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Stores many ratings in one transaction with a constant number of statements (plus batched
 * inserts): the posts locked in one query, in id order so that two batches never wait for each
 * other in a circle; the raters' earlier ratings of them loaded in one; the summaries of the posts
 * that changed recounted in one grouped query, with one index-queue row each.
 *
 * <p>A rating carries the date it was given. For one person and post the newest date wins: a
 * replay changes nothing, and an older rating arriving late never overwrites a newer one.
 */
@ApplicationScoped
class RatingBatch {

    /** How far ahead of this server's clock a rating's date may lie (clock skew between systems). */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    /**
     * Databases keep instants to the microsecond and round: a date sent as the post's own, with
     * nanoseconds, may read as a hair before the post as stored.
     */
    static final Duration STORED_PRECISION = Duration.ofMillis(1);

    /** What to do with a date that cannot be true. */
    enum Dates {
        /** Reject the item, naming {@code ratedAt}: a client sent it and can correct it. */
        CHECKED,
        /** Move it to the post's creation or to now: a dump's dates are as good as they get. */
        CLAMPED
    }

    /** Whom a rater id names. */
    enum Raters {
        /** The id is the person's key, as the server's own imports name people. */
        AS_GIVEN,
        /** The id is a person of the rated post's source ({@code <source>:<id>}), as API keys name them. */
        OF_THE_POSTS_SOURCE;

        PersonRef of(PersonRef rater, Post post) {
            return this == AS_GIVEN
                    ? rater
                    : new PersonRef(
                            Person.keyInSource(post.source, rater.key()), rater.displayName(), rater.department());
        }
    }

    /** What became of one rating: a status of {@link RatingItemResult}, and why when rejected. */
    record Outcome(String status, String error) {

        static Outcome rejected(String error) {
            return new Outcome(RatingItemResult.REJECTED, error);
        }
    }

    private final PersonDirectory people;
    private final Event<PostChanged> changes;

    RatingBatch(PersonDirectory people, Event<PostChanged> changes) {
        this.people = people;
        this.changes = changes;
    }

    /**
     * One outcome per rating, in order. A rating of a post that does not exist, or of a source the
     * caller may not see, is rejected as if the post did not exist.
     */
    @Transactional
    List<Outcome> store(List<RatingImport> ratings, Predicate<String> maySource, Dates dates, Raters named) {
        Instant now = Instant.now();
        Map<Long, Post> posts = lockPosts(ratings);
        Outcome[] outcomes = new Outcome[ratings.size()];
        Instant[] givenAt = new Instant[ratings.size()];
        PersonRef[] raterOf = new PersonRef[ratings.size()];
        List<PersonRef> raters = new ArrayList<>();
        for (int i = 0; i < ratings.size(); i++) {
            RatingImport rating = ratings.get(i);
            Post post = posts.get(rating.postId());
            if (post == null || !maySource.test(post.source)) {
                outcomes[i] = Outcome.rejected("postId: no post " + rating.postId());
                continue;
            }
            givenAt[i] = date(rating.ratedAt(), post, now, dates);
            if (givenAt[i] == null) {
                outcomes[i] = Outcome.rejected(
                        rating.ratedAt().isAfter(now)
                                ? "ratedAt: lies in the future"
                                : "ratedAt: lies before the post was created (" + post.createdAt + ")");
                continue;
            }
            raterOf[i] = named.of(rating.rater(), post);
            raters.add(raterOf[i]);
        }
        // People are named only by ratings that passed, so a rejected item leaves nothing behind.
        Map<String, Person> people = raters.isEmpty() ? Map.of() : this.people.resolve(raters);
        Map<String, Rating> existing = existingRatings(posts.keySet(), people.values());
        Map<Long, Post> changed = new LinkedHashMap<>();
        for (int i = 0; i < ratings.size(); i++) {
            if (outcomes[i] == null) {
                RatingImport rating = ratings.get(i);
                Post post = posts.get(rating.postId());
                Person rater = people.get(raterOf[i].key());
                outcomes[i] = apply(existing, post, rater, rating.stars(), givenAt[i]);
                if (!RatingItemResult.UNCHANGED.equals(outcomes[i].status())) {
                    changed.put(post.id, post);
                }
            }
        }
        recount(changed);
        return List.of(outcomes);
    }

    /** The date to store, or null when it cannot be true and must be rejected. */
    private static Instant date(Instant ratedAt, Post post, Instant now, Dates dates) {
        if (ratedAt == null) {
            return now;
        }
        if (ratedAt.isAfter(now)) {
            return dates == Dates.CLAMPED || !ratedAt.isAfter(now.plus(CLOCK_SKEW)) ? now : null;
        }
        if (ratedAt.isBefore(post.createdAt)) {
            boolean rounded = ratedAt.plus(STORED_PRECISION).isAfter(post.createdAt);
            return dates == Dates.CLAMPED || rounded ? post.createdAt : null;
        }
        return ratedAt;
    }

    private static Outcome apply(Map<String, Rating> existing, Post post, Person rater, int stars, Instant at) {
        Rating rating = existing.get(post.id + ":" + rater.id);
        if (rating == null) {
            rating = new Rating();
            rating.post = post;
            rating.rater = rater;
            rating.stars = (short) stars;
            rating.createdAt = at;
            rating.updatedAt = at;
            rating.persist();
            existing.put(post.id + ":" + rater.id, rating);
            return new Outcome(RatingItemResult.CREATED, null);
        }
        if (at.isBefore(rating.updatedAt) || (at.equals(rating.updatedAt) && rating.stars == stars)) {
            return new Outcome(RatingItemResult.UNCHANGED, null);
        }
        rating.stars = (short) stars;
        rating.updatedAt = at;
        return new Outcome(RatingItemResult.UPDATED, null);
    }

    private static Map<Long, Post> lockPosts(List<RatingImport> ratings) {
        List<Long> ids = ratings.stream().map(RatingImport::postId).distinct().toList();
        Map<Long, Post> posts = new HashMap<>();
        if (ids.isEmpty()) {
            return posts;
        }
        Post.getEntityManager()
                .createQuery("select p from Post p where p.id in :ids order by p.id", Post.class)
                .setParameter("ids", ids)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList()
                .forEach(p -> posts.put(p.id, p));
        return posts;
    }

    /** The raters' ratings of these posts, keyed by post and rater id. */
    private static Map<String, Rating> existingRatings(Collection<Long> postIds, Collection<Person> raters) {
        Map<String, Rating> existing = new HashMap<>();
        if (!postIds.isEmpty() && !raters.isEmpty()) {
            Rating.findByPostsAndRaters(postIds, raters).forEach(r -> existing.put(r.post.id + ":" + r.rater.id, r));
        }
        return existing;
    }

    /** One grouped recount for the posts that changed, self-ratings excluded as always. */
    private void recount(Map<Long, Post> posts) {
        if (posts.isEmpty()) {
            return;
        }
        Rating.flush();
        posts.values().forEach(p -> {
            p.ratingCount = 0;
            p.ratingSum = 0;
        });
        Rating.getEntityManager()
                .createQuery(
                        "select r.post.id, count(r), coalesce(sum(r.stars), 0) from Rating r"
                                + " where r.post.id in :ids and r.rater <> r.post.author group by r.post.id",
                        Object[].class)
                .setParameter("ids", posts.keySet())
                .getResultList()
                .forEach(row -> {
                    Post post = posts.get(((Number) row[0]).longValue());
                    post.ratingCount = ((Number) row[1]).intValue();
                    post.ratingSum = ((Number) row[2]).intValue();
                });
        posts.keySet().forEach(id -> changes.fire(PostChanged.rating(id)));
    }
}
