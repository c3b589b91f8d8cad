package io.groundswell.rating;

import io.groundswell.identity.Caller;
import io.groundswell.person.Person;
import io.groundswell.person.PersonDirectory;
import io.groundswell.person.PersonDirectory.PersonRef;
import io.groundswell.post.Post;
import io.groundswell.post.PostChanged;
import io.groundswell.system.ProblemException;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Records ratings and keeps each post's summary equal to a recount of its ratings. Every change
 * locks the post row first, so concurrent raters of one post are serialised and the recount inside
 * the same transaction is exact; a rating by the post's author is stored but never counted.
 */
@ApplicationScoped
public class RatingService {

    private final PersonDirectory people;
    private final Event<PostChanged> changes;
    private final MeterRegistry metrics;
    private final Timer timer;

    RatingService(PersonDirectory people, Event<PostChanged> changes, MeterRegistry metrics) {
        this.people = people;
        this.changes = changes;
        this.metrics = metrics;
        this.timer = Timer.builder("groundswell.rating")
                .description("Time to record or withdraw a rating")
                .register(metrics);
    }

    @Transactional
    public RatingView rate(long postId, int stars, Caller caller) {
        Person rater = Person.findById(requirePerson(caller));
        return timer.record(() -> apply(lockPost(postId), rater, stars));
    }

    @Transactional
    public void withdraw(long postId, Caller caller) {
        Person rater = Person.findById(requirePerson(caller));
        timer.record(() -> remove(lockPost(postId), rater));
    }

    @Transactional
    public RatingView own(long postId, Caller caller) {
        Post post = Post.findById(postId);
        if (post == null) {
            throw ProblemException.notFound("No post " + postId + ".");
        }
        Person rater = Person.findById(requirePerson(caller));
        Rating rating = Rating.findByPostAndRater(post, rater)
                .orElseThrow(() -> ProblemException.notFound("You have not rated post " + postId + "."));
        return view(post, rating);
    }

    /** An integration records a rating for a person, e.g. a forum "like" as 5 stars. */
    @Transactional
    public RatingView rateOnBehalf(long postId, String raterKey, RatingRequest request, Caller caller) {
        Post post = lockPostForIntegration(postId, caller);
        Person rater = people.resolve(new PersonRef(raterKey, request.displayName(), request.department()));
        return timer.record(() -> apply(post, rater, request.stars()));
    }

    @Transactional
    public void withdrawOnBehalf(long postId, String raterKey, Caller caller) {
        Post post = lockPostForIntegration(postId, caller);
        Person rater = Person.findByKey(raterKey)
                .orElseThrow(() -> ProblemException.notFound("No rating by " + raterKey + " on post " + postId + "."));
        timer.record(() -> remove(post, rater));
    }

    /**
     * Stores many ratings in one transaction with a constant number of statements (plus batched
     * inserts): posts locked in one query, existing ratings loaded in one, summaries recounted in
     * one grouped query. Ratings of posts that do not exist are skipped; returns how many were
     * stored. For imports and demo data, where ratings come by the thousand.
     */
    @Transactional
    public int importRatings(List<RatingImport> ratings) {
        if (ratings.isEmpty()) {
            return 0;
        }
        Map<String, Person> raters =
                people.resolve(ratings.stream().map(RatingImport::rater).toList());
        List<Long> postIds =
                ratings.stream().map(RatingImport::postId).distinct().toList();
        Map<Long, Post> posts = new HashMap<>();
        Post.getEntityManager()
                .createQuery("select p from Post p where p.id in :ids", Post.class)
                .setParameter("ids", postIds)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList()
                .forEach(p -> posts.put(p.id, p));
        Map<String, Rating> existing = new HashMap<>();
        Rating.getEntityManager()
                .createQuery("select r from Rating r where r.post.id in :ids", Rating.class)
                .setParameter("ids", posts.keySet())
                .getResultList()
                .forEach(r -> existing.put(r.post.id + ":" + r.rater.id, r));
        Instant now = Instant.now();
        int stored = 0;
        for (RatingImport rating : ratings) {
            Post post = posts.get(rating.postId());
            if (post == null) {
                continue;
            }
            Person rater = raters.get(rating.rater().key());
            Rating entry = existing.computeIfAbsent(post.id + ":" + rater.id, k -> {
                Rating fresh = new Rating();
                fresh.post = post;
                fresh.rater = rater;
                fresh.createdAt = now;
                return fresh;
            });
            entry.stars = (short) rating.stars();
            entry.updatedAt = now;
            if (entry.id == null) {
                entry.persist();
            }
            stored++;
        }
        recountAll(posts);
        return stored;
    }

    /** One grouped recount for many posts, self-ratings excluded as always. */
    private void recountAll(Map<Long, Post> posts) {
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

    private RatingView apply(Post post, Person rater, int stars) {
        Rating rating = upsert(post, rater, stars);
        recount(post);
        metrics.counter("groundswell.ratings", "change", "rate").increment();
        return view(post, rating);
    }

    private void remove(Post post, Person rater) {
        Rating.findByPostAndRater(post, rater).ifPresent(rating -> {
            rating.delete();
            recount(post);
            metrics.counter("groundswell.ratings", "change", "withdraw").increment();
        });
    }

    private static Rating upsert(Post post, Person rater, int stars) {
        Instant now = Instant.now();
        Rating rating = Rating.findByPostAndRater(post, rater).orElseGet(() -> {
            Rating fresh = new Rating();
            fresh.post = post;
            fresh.rater = rater;
            fresh.createdAt = now;
            return fresh;
        });
        rating.stars = (short) stars;
        rating.updatedAt = now;
        if (rating.id == null) {
            rating.persist();
        }
        return rating;
    }

    private void recount(Post post) {
        Rating.flush();
        Object[] row = Rating.getEntityManager()
                .createQuery(
                        "select count(r), coalesce(sum(r.stars), 0) from Rating r"
                                + " where r.post = :post and r.rater <> :author",
                        Object[].class)
                .setParameter("post", post)
                .setParameter("author", post.author)
                .getSingleResult();
        post.ratingCount = ((Number) row[0]).intValue();
        post.ratingSum = ((Number) row[1]).intValue();
        changes.fire(PostChanged.rating(post.id));
    }

    private static RatingView view(Post post, Rating rating) {
        return new RatingView(post.id, rating.stars, rating.updatedAt, post.ratingSummary());
    }

    private static Post lockPost(long postId) {
        Post post = Post.findById(postId, LockModeType.PESSIMISTIC_WRITE);
        if (post == null) {
            throw ProblemException.notFound("No post " + postId + ".");
        }
        return post;
    }

    private static Post lockPostForIntegration(long postId, Caller caller) {
        caller.requireScope(Caller.SCOPE_RATE);
        Post post = lockPost(postId);
        if (!caller.maySource(post.source)) {
            // Not the caller's to see: answer as if it did not exist.
            throw ProblemException.notFound("No post " + postId + ".");
        }
        return post;
    }

    private static long requirePerson(Caller caller) {
        if (!caller.isPerson()) {
            throw ProblemException.forbidden("Only people rate for themselves; integrations use /ratings/{raterId}.");
        }
        return caller.personId();
    }
}
