package io.groundswell.leadership;

import io.groundswell.identity.Caller;
import io.groundswell.leadership.PersonTopics.Topic;
import io.groundswell.leadership.TopicRanking.Ranked;
import io.groundswell.leadership.TopicRanking.Ranking;
import io.groundswell.person.Person;
import io.groundswell.search.terms.TermSlice;
import io.groundswell.search.terms.TermStatistics;
import io.groundswell.search.terms.TermStatistics.Count;
import io.groundswell.search.terms.TermStatistics.SliceCounts;
import io.groundswell.system.ProblemException;
import io.groundswell.trend.Significance;
import io.groundswell.trend.Significance.Lift;
import io.groundswell.trend.StopList;
import io.groundswell.trend.TrendConfig;
import io.groundswell.trend.TrendReport.Filters;
import io.groundswell.trend.TrendWindow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The topics a person is recognised for. Ranking every term of a window to see where one person
 * stands would cost a pass per term; instead the candidates are the terms of the person's own posts
 * in the window that set them apart from the organisation (one pass over their posts, one over the
 * window for just those terms), the most distinctive first, a bounded number of them;
 * all candidates are then ranked together in one more pass over the window, and a topic is kept when
 * the person stands among its first {@code topic-rank} leaders. A term only one person writes about
 * is not a topic: being its only author says nothing about being recognised for it.
 */
@ApplicationScoped
public class PersonTopicService {

    private final TermStatistics statistics;
    private final TopicRanking ranking;
    private final StopList stopList;
    /**
     * How many times more often than everyone else a person must write a term for it to set them
     * apart: a word the whole organisation writes as often says nothing about them.
     */
    private static final double DISTINCTIVE = 1.5;

    private final LeadershipConfig config;
    private final TrendConfig trends;

    PersonTopicService(
            TermStatistics statistics,
            TopicRanking ranking,
            StopList stopList,
            LeadershipConfig config,
            TrendConfig trends) {
        this.trends = trends;
        this.statistics = statistics;
        this.ranking = ranking;
        this.stopList = stopList;
        this.config = config;
    }

    /**
     * The person's topics, for leaders and for the person themself. A person who opted out is
     * unknown to everyone else.
     */
    @Transactional
    public PersonTopics topicsOf(String personKey, TrendWindow window, Caller caller) {
        PersonAccess.requireLeaderOrSelf(caller, personKey);
        boolean self = PersonAccess.isSelf(caller, personKey);
        Person person = Person.findByKey(personKey)
                .filter(p -> self || !p.optedOut)
                .orElseThrow(() -> ProblemException.notFound("No person " + personKey + "."));

        TermSlice everyone = TermSlice.window(window.from(), window.to());
        List<String> candidates = distinctiveTerms(Filters.byAuthor(personKey).slice(window), everyone);

        List<Topic> topics = new ArrayList<>();
        Map<String, Ranking> rankings = ranking.rank(everyone, candidates, personKey);
        for (Ranking topicRanking : rankings.values()) {
            if (topicRanking.authors() < config.minTopicAuthors()) {
                continue;
            }
            List<Ranked> ranked = topicRanking.ranked();
            for (int i = 0; i < Math.min(config.topicRank(), ranked.size()); i++) {
                Ranked entry = ranked.get(i);
                if (entry.member().key().equals(personKey)) {
                    topics.add(new Topic(
                            topicRanking.topic(),
                            i + 1,
                            entry.posts(),
                            entry.recognition().raters(),
                            LeaderService.round(entry.recognition().mean(), 100.0),
                            LeaderService.round(entry.recognition().score(), 10_000.0)));
                }
            }
        }
        topics.sort(Comparator.comparingInt(Topic::rank)
                .thenComparingDouble(t -> -t.score())
                .thenComparing(Topic::topic));
        return new PersonTopics(person.key, person.displayName, window.label(), window.from(), window.to(), topics);
    }
    /**
     * The terms of the person's own posts that set them apart from the organisation, as trends set
     * a window apart from its baseline: the person's rate of posts holding a term against everyone
     * else's in the same window. A term is kept when that lift is at least {@value #DISTINCTIVE}
     * (for a phrase, the lift of each of its words too), and ranked by the lift's lower confidence
     * bound, so that many posts outrank a few. Words that everybody writes as often ("update",
     * "next", "week") never qualify, however much the person writes them.
     */
    private List<String> distinctiveTerms(TermSlice own, TermSlice everyone) {
        SliceCounts mine = statistics.count(own);
        List<String> terms = mine.terms().keySet().stream()
                .filter(term -> !stopList.blocks(term))
                .toList();
        if (terms.isEmpty()) {
            return List.of();
        }
        SliceCounts all = statistics.countOnly(everyone, terms);
        double prior = trends.priorPosts();
        double othersPosts = Math.max(0, all.docs() - mine.docs());
        Map<String, Lift> lifts = new HashMap<>();
        for (String term : terms) {
            Count everyones = all.terms().get(term);
            int held = mine.terms().get(term).docs();
            double others = everyones == null ? 0 : Math.max(0, everyones.docs() - held);
            lifts.put(
                    term,
                    Significance.lift(held, mine.docs(), others + prior, othersPosts + prior, trends.confidence()));
        }
        return terms.stream()
                .filter(term -> List.of(term.split(" ")).stream()
                        .allMatch(word ->
                                lifts.containsKey(word) && lifts.get(word).lift() >= DISTINCTIVE))
                .filter(term -> lifts.get(term).lift() >= DISTINCTIVE)
                .sorted(Comparator.comparingDouble(
                                (String term) -> -lifts.get(term).lower())
                        .thenComparingDouble(term -> -mine.terms().get(term).weight())
                        .thenComparing(Comparator.naturalOrder()))
                .limit(config.topicCandidates())
                .toList();
    }
}
