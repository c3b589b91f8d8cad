package io.groundswell.bench;

import io.groundswell.demo.CorpusOptions;
import io.groundswell.demo.SyntheticCorpus;
import io.groundswell.demo.SyntheticPost;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The benchmark's posts: the demo's synthetic organisation, scaled (about 1,000 posts a day, so a
 * 30-day window holds about 30,000 posts at any history size), with bodies of about 2 KB. Posts come
 * in time order, oldest first, so a prefix of the corpus is a shorter history.
 */
final class BenchCorpus {

    private final SyntheticCorpus corpus;
    private final int size;

    BenchCorpus(int posts, int days, Instant now) {
        this.size = posts;
        this.corpus = new SyntheticCorpus(new CorpusOptions(7, Math.max(300, posts / 200), posts, days, now));
    }

    int size() {
        return size;
    }

    SyntheticPost post(int index) {
        return corpus.post(index);
    }

    /** The post as JSON for the API, its body doubled up to about 2 KB with a neighbour's. */
    Map<String, Object> json(int index) {
        SyntheticPost post = corpus.post(index);
        SyntheticPost neighbour = corpus.post((int) ((index * 31L + 7) % size));
        String extra = neighbour.bodyFormat() == post.bodyFormat() ? neighbour.body() : post.body();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("source", post.source());
        json.put("externalId", post.externalId());
        json.put("url", post.url());
        json.put("title", post.title());
        json.put("body", post.body() + "\n\n" + extra);
        json.put("bodyFormat", post.bodyFormat().wireName());
        json.put(
                "author",
                Map.of(
                        "id",
                        post.author().key(),
                        "displayName",
                        post.author().displayName(),
                        "department",
                        post.author().department()));
        json.put("createdAt", post.createdAt().toString());
        json.put("tags", List.copyOf(post.tags()));
        return json;
    }
}
