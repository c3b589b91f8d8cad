package io.groundswell.leadership;

import io.groundswell.leadership.Leaderboard.BestPost;
import io.groundswell.leadership.Leaderboard.Leader;
import io.groundswell.leadership.TopicRanking.PostStars;
import io.groundswell.leadership.TopicRanking.Ranked;
import io.groundswell.leadership.TopicRanking.Ranking;
import io.groundswell.post.Post;
import io.groundswell.post.RatingSummary;
import io.groundswell.search.TermAnalysis;
import io.groundswell.search.terms.TermSlice;
import io.groundswell.system.ProblemException;
import io.groundswell.trend.TrendExplainer;
import io.groundswell.trend.TrendReport.Filters;
import io.groundswell.trend.TrendWindow;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who leads what: the people whose posts on a topic their peers rate highest, ranked by
 * {@link LeaderScore}. People who opted out are never listed; departments smaller than the privacy
 * threshold are never named; filtering by such a department lists nobody, as a filter that narrows
 * a list to a handful of colleagues would name them just the same.
 */
@ApplicationScoped
public class LeaderService {

    private final TopicRanking ranking;
    private final Members members;
    private final LeadershipConfig config;
    private final Counter rankingPasses;

    LeaderService(TopicRanking ranking, Members members, LeadershipConfig config, MeterRegistry metrics) {
        this.ranking = ranking;
        this.members = members;
        this.config = config;
        this.rankingPasses = Counter.builder("groundswell.leaders.rankings")
                .description("Passes that ranked the leaders of one or more topics over a window")
                .register(metrics);
    }

    /**
     * The leaders of one topic (any spelling; it is analysed like a trend's key). A topic no post
     * matches as written falls back to its content words ("the brakes" to "brakes"); a topic of
     * only common words names no subject and is refused.
     */
    @Transactional
    public Leaderboard leadersFor(String topic, TrendWindow window, Filters filters, int limit) {
        String key = TrendExplainer.keyOf(topic);
        TermAnalysis.Words words = TermAnalysis.words(key);
        if (!words.all().isEmpty() && words.content().isEmpty()) {
            throw ProblemException.invalid("topic", "'" + topic.strip() + "' holds only common words; name a subject");
        }
        List<Leader> leaders = leadersFor(List.of(key), window, filters, limit).getOrDefault(key, List.of());
        String content = String.join(" ", words.content());
        if (leaders.isEmpty() && !content.isEmpty() && !content.equals(key)) {
            List<Leader> fallback =
                    leadersFor(List.of(content), window, filters, limit).getOrDefault(content, List.of());
            if (!fallback.isEmpty()) {
                return new Leaderboard(content, window.label(), window.from(), window.to(), fallback);
            }
        }
        return new Leaderboard(key, window.label(), window.from(), window.to(), leaders);
    }

    /**
     * The leaders of many topics in one pass over the window, e.g. for every trend of a snapshot.
     * Topics without leaders map to an empty list; keys must already be analysed keys.
     */
    @Transactional
    public Map<String, List<Leader>> leadersFor(
            Collection<String> topicKeys, TrendWindow window, Filters filters, int limit) {
        Map<String, List<Leader>> result = new LinkedHashMap<>();
        topicKeys.forEach(key -> result.put(key, List.of()));
        if (topicKeys.isEmpty() || (filters.department() != null && !members.isLargeDepartment(filters.department()))) {
            return result;
        }
        rankingPasses.increment();
        TermSlice slice = filters.slice(window);
        Map<String, Ranking> rankings = ranking.rank(slice, new LinkedHashSet<>(topicKeys), null);
        Map<String, List<Ranked>> top = new HashMap<>();
        rankings.forEach((topic, r) ->
                top.put(topic, r.ranked().subList(0, Math.min(limit, r.ranked().size()))));
        Set<String> departments = new HashSet<>();
        top.values()
                .forEach(list -> list.forEach(r -> departments.add(r.member().department())));
        Set<String> shown = members.largeDepartments(departments);
        Map<Long, Post.Title> titles = titles(top.values());
        top.forEach((topic, list) -> result.put(
                topic, list.stream().map(r -> leader(r, shown, titles)).toList()));
        return result;
    }

    private Leader leader(Ranked ranked, Set<String> shownDepartments, Map<Long, Post.Title> titles) {
        var member = ranked.member();
        List<BestPost> best = bestOf(ranked).stream()
                .filter(p -> titles.containsKey(p.postId()))
                .map(p -> {
                    Post.Title title = titles.get(p.postId());
                    RatingSummary summary = RatingSummary.of(p.count(), p.sum());
                    return new BestPost(p.postId(), title.title(), title.url(), summary.score(), p.count());
                })
                .toList();
        return new Leader(
                member.key(),
                member.displayName(),
                shownDepartments.contains(member.department()) ? member.department() : null,
                ranked.posts(),
                ranked.recognition().raters(),
                round(ranked.recognition().mean(), 100.0),
                round(ranked.recognition().score(), 10_000.0),
                best);
    }

    private List<PostStars> bestOf(Ranked ranked) {
        return ranked.rated().stream()
                .sorted(Comparator.comparingDouble((PostStars p) ->
                                -RatingSummary.of(p.count(), p.sum()).score())
                        .thenComparingInt(p -> -p.count())
                        .thenComparingLong(PostStars::postId))
                .limit(config.bestPosts())
                .toList();
    }

    /** Titles and links of the best posts of every leader listed, in one query. */
    private Map<Long, Post.Title> titles(Collection<List<Ranked>> leaders) {
        List<Long> ids = new ArrayList<>();
        leaders.forEach(list -> list.forEach(r -> bestOf(r).forEach(p -> ids.add(p.postId()))));
        return Post.findTitles(ids);
    }

    static double round(double value, double scale) {
        return Math.round(value * scale) / scale;
    }
}
