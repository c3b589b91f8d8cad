package io.groundswell.trend;

import io.groundswell.post.PlainText;
import io.groundswell.post.Post;
import io.groundswell.post.RatingSummary;
import io.groundswell.search.terms.TermDetail;
import io.groundswell.trend.TrendTerm.PostRef;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills trends with what people see: the posts behind them, and each term's display form, the
 * way their authors most often wrote it ("Kubernetes", not "kubernetes"), read from those posts.
 */
@ApplicationScoped
public class TrendPosts {

    /** Compiled once: a post that repeats a phrase has a match for every few characters. */
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /**
     * How a post spells a term is read from its start, and from its first spellings: enough to
     * tell "Kubernetes" from "kubernetes", at a bounded cost for posts of megabytes.
     */
    private static final int MAX_SCANNED_CHARS = 100_000;

    private static final int MAX_SPELLINGS_PER_POST = 100;

    List<TrendTerm> describe(List<TrendTerm> terms, Map<String, TermDetail> details) {
        Set<Long> ids = new LinkedHashSet<>();
        terms.forEach(t -> ids.addAll(details.get(t.key()).bestPostIds()));
        Map<Long, Loaded> loaded = load(ids);
        List<TrendTerm> described = new ArrayList<>(terms.size());
        for (TrendTerm term : terms) {
            List<Loaded> best = details.get(term.key()).bestPostIds().stream()
                    .map(loaded::get)
                    .filter(java.util.Objects::nonNull)
                    .toList();
            described.add(term.withPosts(
                    displayForm(term.key(), best),
                    best.stream().map(Loaded::ref).toList()));
        }
        return described;
    }

    /** Posts by id with the text needed for display forms. */
    record Loaded(PostRef ref, String text) {}

    Map<Long, Loaded> load(Set<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return QuarkusTransaction.joiningExisting().call(() -> {
            Map<Long, Loaded> byId = new HashMap<>();
            for (Post post : Post.findWithDetails(ids)) {
                RatingSummary rating = post.ratingSummary();
                byId.put(
                        post.id,
                        new Loaded(
                                new PostRef(post.id, post.title, post.url, rating.score(), rating.count()),
                                post.title + "\n" + PlainText.of(post.body, post.bodyFormat)));
            }
            return byId;
        });
    }

    /** The most frequent spelling of {@code key} in the texts; the key itself when none is found. */
    static String displayForm(String key, List<Loaded> posts) {
        // Possessive: the white space between words is followed by a literal word, never by more
        // white space, so giving some back could not help, and would cost a pass per character.
        Pattern pattern = Pattern.compile(
                "(?<![\\p{L}\\p{N}])" + Pattern.quote(key).replace(" ", "\\E\\s++\\Q") + "(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        Map<String, Integer> forms = new HashMap<>();
        for (Loaded post : posts) {
            Matcher matcher = pattern.matcher(post.text())
                    .region(0, Math.min(post.text().length(), MAX_SCANNED_CHARS))
                    .useTransparentBounds(true);
            for (int found = 0; found < MAX_SPELLINGS_PER_POST && matcher.find(); found++) {
                forms.merge(SPACES.matcher(matcher.group()).replaceAll(" "), 1, Integer::sum);
            }
        }
        return forms.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue()
                        .thenComparing(e -> e.getKey().equals(key) ? 0 : 1))
                .map(Map.Entry::getKey)
                .orElse(key);
    }
}
