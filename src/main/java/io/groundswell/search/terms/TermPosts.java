package io.groundswell.search.terms;

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
public record TermPosts(String term, Map<String, Integer> postsByAuthor, List<IndexedPost> posts, boolean truncated) {

    /**
     * One matching post as the index knows it (not the {@code post.Post} entity). Its rating figures may lag the database by the
     * index's refresh interval; they only decide which posts are listed first. {@code question}
     * tells a post of kind question (which asks rather than answers) from all others.
     */
    public record IndexedPost(long postId, String author, Instant created, int ratings, boolean question) {}

    public int total() {
        return postsByAuthor.values().stream().mapToInt(Integer::intValue).sum();
    }
}
