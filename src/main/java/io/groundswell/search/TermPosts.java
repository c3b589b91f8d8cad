package io.groundswell.search;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The posts of a slice that contain one term (or all posts of the slice when {@code term} is
 * null), as who-leads-what analytics need them: who wrote what, and which posts to look up.
 *
 * @param term the analysed term, or null for every post of the slice
 * @param postsByAuthor every matching post counted per author key, however many were listed
 * @param posts the matching posts, most rated first, at most the requested number
 * @param truncated whether more posts matched than were listed
 */
public record TermPosts(String term, Map<String, Integer> postsByAuthor, List<Post> posts, boolean truncated) {

    /**
     * One matching post as the index knows it. Its rating figures may lag the database by the
     * index's refresh interval; they only decide which posts are listed first.
     */
    public record Post(long postId, String author, Instant created, int ratings) {}

    public int total() {
        return postsByAuthor.values().stream().mapToInt(Integer::intValue).sum();
    }
}
