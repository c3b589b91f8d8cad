package io.groundswell.post;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Bodies rendered by {@link BodyHtml}, kept so that a post read again is not rendered again: a
 * megabyte of Markdown takes the better part of a second to render and clean, and the same popular
 * post is read by many people. An entry keys on everything the rendering reads, so an edited post
 * is rendered afresh whatever its source says its update time is.
 */
@ApplicationScoped
class RenderedBodies {

    private final Cache cache;

    RenderedBodies(@CacheName("post-bodies") Cache cache) {
        this.cache = cache;
    }

    String of(Post post) {
        Key key = new Key(post.id, post.bodyFormat, post.url, post.body.length(), post.body.hashCode());
        String body = post.body;
        BodyFormat format = post.bodyFormat;
        String url = post.url;
        return cache.get(key, k -> BodyHtml.of(body, format, url)).await().indefinitely();
    }

    /** The body itself stands in by its length and hash, so an entry does not hold it twice. */
    private record Key(Long id, BodyFormat format, String url, int length, int hash) {}
}
