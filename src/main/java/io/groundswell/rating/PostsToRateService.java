package io.groundswell.rating;

import io.groundswell.identity.Caller;
import io.groundswell.person.Person;
import io.groundswell.post.PostView.Author;
import io.groundswell.post.RatingSummary;
import io.groundswell.rating.PostsToRate.PostToRate;
import io.groundswell.system.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Finds the posts of a person's own department that wait for ratings. */
@ApplicationScoped
public class PostsToRateService {

    /** How far back a post still waits: older ones have had their chance to be read. */
    static final Duration RECENT = Duration.ofDays(30);

    /** "Few ratings": below the three raters a topic leader needs, so each new one matters. */
    static final int FEW_RATINGS = 3;

    @Transactional
    public PostsToRate postsToRate(Caller caller, int limit) {
        if (!caller.isPerson()) {
            throw ProblemException.forbidden("Only people rate posts.");
        }
        Instant since = Instant.now().minus(RECENT);
        Person me = Person.findById(caller.personId());
        String department = me == null ? null : me.department;
        if (department == null) {
            return new PostsToRate(null, since, FEW_RATINGS, List.of());
        }
        List<PostToRate> posts = Rating.findUnratedBy(me.id, department, since, FEW_RATINGS, limit).stream()
                .map(PostsToRateService::toRate)
                .toList();
        return new PostsToRate(department, since, FEW_RATINGS, posts);
    }

    private static PostToRate toRate(Rating.Unrated row) {
        return new PostToRate(
                row.id(),
                row.title(),
                row.source(),
                new Author(row.authorKey(), row.authorName(), row.department()),
                row.createdAt(),
                RatingSummary.of(row.ratingCount(), row.ratingSum()));
    }
}
