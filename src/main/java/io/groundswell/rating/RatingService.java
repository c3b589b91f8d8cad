package io.groundswell.rating;

import io.groundswell.identity.Caller;
import io.groundswell.person.Person;
import io.groundswell.person.PersonDirectory;
import io.groundswell.person.PersonDirectory.PersonRef;
import io.groundswell.post.Post;
import io.groundswell.post.PostChanged;
import io.groundswell.system.BoundedWrite;
import io.groundswell.system.ProblemException;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

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
    private final Timer bulkTimer;
    private final RatingBatch batch;

    RatingService(PersonDirectory people, Event<PostChanged> changes, MeterRegistry metrics, RatingBatch batch) {
        this.people = people;
        this.changes = changes;
        this.metrics = metrics;
        this.batch = batch;
        this.timer = Timer.builder("groundswell.rating")
                .description("Time to record or withdraw a rating")
                .register(metrics);
        this.bulkTimer = Timer.builder("groundswell.rating.bulk")
                .description("Time to record a chunk of on-behalf ratings")
                .register(metrics);
    }

    @Transactional
    @BoundedWrite
    public RatingView rate(long postId, int stars, Caller caller) {
        Person rater = Person.findById(requirePerson(caller));
        return timer.record(() -> apply(lockPost(postId), rater, stars));
    }

    @Transactional
    @BoundedWrite
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

    /**
     * An integration records a rating for a person, e.g. a forum "like" as 5 stars. An API key's
     * rater is a person of the post's source, never an account holder, whose ratings are their own.
     */
    @Transactional
    @BoundedWrite
    public RatingView rateOnBehalf(long postId, String raterId, RatingRequest request, Caller caller) {
        Post post = lockPostForIntegration(postId, caller);
        Person rater = people.resolve(
                new PersonRef(raterKey(post, raterId, caller), request.displayName(), request.department()));
        requireNotAccountHolder(rater);
        return timer.record(() -> apply(post, rater, request.stars()));
    }

    @Transactional
    @BoundedWrite
    public void withdrawOnBehalf(long postId, String raterId, Caller caller) {
        Post post = lockPostForIntegration(postId, caller);
        Person rater = Person.findByKey(raterKey(post, raterId, caller))
                .orElseThrow(() -> ProblemException.notFound("No rating by " + raterId + " on post " + postId + "."));
        requireNotAccountHolder(rater);
        timer.record(() -> remove(post, rater));
    }

    private static String raterKey(Post post, String raterId, Caller caller) {
        return caller.namesSourcePeople() ? Person.keyInSource(post.source, raterId) : raterId;
    }

    private static void requireNotAccountHolder(Person rater) {
        if (rater.managed) {
            throw ProblemException.forbidden("Account holders rate for themselves; integrations may not.");
        }
    }

    /**
     * Stores many ratings in one transaction (see {@link RatingBatch}); ratings of posts that do
     * not exist are skipped, dates are trusted as {@link RatingImport} says. Returns how many were
     * stored or already there. For imports and demo data, where ratings come by the thousand.
     */
    public int importRatings(List<RatingImport> ratings) {
        if (ratings.isEmpty()) {
            return 0;
        }
        return (int)
                batch.store(ratings, source -> true, RatingBatch.Dates.CLAMPED, RatingBatch.Raters.AS_GIVEN).stream()
                        .filter(outcome -> !RatingItemResult.REJECTED.equals(outcome.status()))
                        .count();
    }

    /**
     * An integration's chunk of on-behalf ratings, one outcome per rating in order: a rating of a
     * post the caller may not see, or dated in the future or before its post, is rejected alone.
     */
    List<RatingBatch.Outcome> rateAllOnBehalf(List<RatingImport> ratings, Caller caller) {
        caller.requireScope(Caller.SCOPE_RATE);
        List<RatingBatch.Outcome> outcomes = bulkTimer.record(() -> batch.store(
                ratings,
                caller::maySource,
                RatingBatch.Dates.CHECKED,
                caller.namesSourcePeople() ? RatingBatch.Raters.OF_THE_POSTS_SOURCE : RatingBatch.Raters.AS_GIVEN));
        metrics.counter("groundswell.ratings", "change", "rate")
                .increment(outcomes.stream()
                        .filter(outcome -> !RatingItemResult.REJECTED.equals(outcome.status()))
                        .count());
        return outcomes;
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
