package io.groundswell.demo;

import io.groundswell.post.BodyFormat;
import java.time.Instant;
import java.util.List;

/**
 * One generated post with the ratings it receives. Ratings travel with their post so a consumer can
 * stream millions of posts and store each post's ratings right after it, in bounded memory.
 *
 * @param language ISO 639-1 code of the text: mostly "en", some "fr", a few "de" and "es"
 * @param topic the name of the {@link Topic} the post is about
 */
public record SyntheticPost(
        String source,
        String externalId,
        String url,
        String title,
        String body,
        BodyFormat bodyFormat,
        SyntheticPerson author,
        Instant createdAt,
        List<String> tags,
        String topic,
        String language,
        List<SyntheticRating> ratings) {}
