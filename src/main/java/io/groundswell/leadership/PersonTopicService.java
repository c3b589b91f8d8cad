package io.groundswell.leadership;

import io.groundswell.identity.Caller;
import io.groundswell.leadership.PersonTopics.Topic;
import io.groundswell.leadership.TopicRanking.Ranked;
import io.groundswell.leadership.TopicRanking.Ranking;
import io.groundswell.person.Person;
import io.groundswell.search.TermSlice;
import io.groundswell.search.TermStatistics;
import io.groundswell.search.TermStatistics.Count;
import io.groundswell.system.ProblemException;
import io.groundswell.trend.StopList;
import io.groundswell.trend.TrendReport.Filters;
import io.groundswell.trend.TrendWindow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The topics a person is recognised for. Ranking every term of a window to see where one person
 * stands would cost a pass per term; instead the candidates are the terms of the person's own posts
 * in the window (one pass over just their posts), the best-rated first, a bounded number of them;
 * all candidates are then ranked together in one more pass over the window, and a topic is kept when
 * the person stands among its first {@code topic-rank} leaders. A term only one person writes about
 * is not a topic: being its only author says nothing about being recognised for it.
 */
@ApplicationScoped
public class PersonTopicService {

    private final TermStatistics statistics;
    private final TopicRanking ranking;
    private final StopList stopList;
    private final LeadershipConfig config;

    PersonTopicService(TermStatistics statistics, TopicRanking ranking, StopList stopList, LeadershipConfig config) {
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

        TermSlice own = Filters.byAuthor(personKey).slice(window);
        List<String> candidates = statistics.count(own).terms().entrySet().stream()
                .filter(e -> !stopList.blocks(e.getKey()))
                .sorted(Comparator.comparingDouble(
                                (Map.Entry<String, Count> e) -> -e.getValue().weight())
                        .thenComparingInt(e -> -e.getValue().docs())
                        .thenComparing(Map.Entry::getKey))
                .limit(config.topicCandidates())
                .map(Map.Entry::getKey)
                .toList();

        List<Topic> topics = new ArrayList<>();
        Map<String, Ranking> rankings =
                ranking.rank(TermSlice.window(window.from(), window.to()), candidates, personKey);
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
}
