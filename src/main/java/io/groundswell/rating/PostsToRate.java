package io.groundswell.rating;

import io.groundswell.post.PostView.Author;
import io.groundswell.post.RatingSummary;
import java.time.Instant;
import java.util.List;

/**
 * Recent posts of the caller's department that few colleagues have rated yet and the caller has
 * not rated: where one more rating counts most.
 *
 * @param department the caller's department; null (and no posts) when they have none
 * @param since the oldest post considered
 * @param fewerThan the posts listed have fewer ratings than this
 */
public record PostsToRate(String department, Instant since, int fewerThan, List<PostToRate> posts) {

    /** A post as lists show it, without its body. */
    public record PostToRate(
            long id, String title, String source, Author author, Instant createdAt, RatingSummary rating) {}
}
