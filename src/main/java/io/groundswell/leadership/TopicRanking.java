package io.groundswell.leadership;

import io.groundswell.leadership.LeaderScore.Recognition;
import io.groundswell.leadership.LeaderScore.Stars;
import io.groundswell.leadership.Members.Member;
import io.groundswell.search.terms.TermPosts;
import io.groundswell.search.terms.TermSlice;
import io.groundswell.search.terms.TermStatistics;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Ranks the authors of topics by peer recognition. A post is on a topic when it carries the tag the
 * topic names, or else when the topic's key is among the post's analysed terms, exactly as trends
 * count it; the posts come from the index, their ratings from the rating table for those posts only.
 * Only ratings of what people answer, comment or write make them leaders, never of their questions.
 */
@ApplicationScoped
class TopicRanking {

    /** A post's ratings that count: by others than its author. */
    record PostStars(long postId, int count, int sum) {}

    /** One author of a topic who qualifies to lead it. */
    record Ranked(Member member, int posts, Recognition recognition, List<PostStars> rated) {}

    /** The qualifying authors of one topic, best first, and how many people wrote about it. */
    record Ranking(String topic, int authors, List<Ranked> ranked) {}

    static final Comparator<Ranked> BEST_FIRST = Comparator.comparingDouble(
                    (Ranked r) -> -r.recognition().score())
            .thenComparing(r -> -r.recognition().raters())
            .thenComparing(r -> -r.posts())
            .thenComparing(r -> r.member().key());

    private final TermStatistics statistics;
    private final PeerRatings ratings;
    private final Members members;
    private final LeadershipConfig config;

    TopicRanking(TermStatistics statistics, PeerRatings ratings, Members members, LeadershipConfig config) {
        this.statistics = statistics;
        this.ratings = ratings;
        this.members = members;
        this.config = config;
    }

    /**
     * Rankings of the topics with at least one post in the slice. People who opted out are left
     * out, except {@code subject} (who may look at their own standing); null leaves out everyone
     * who opted out.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    Map<String, Ranking> rank(TermSlice slice, Collection<String> topics, String subject) {
        Map<String, TermPosts> postsByTopic = statistics.postsOnTopics(slice, topics, config.maxPostsPerTopic());
        Set<Long> postIds = new HashSet<>();
        postsByTopic.values().forEach(tp -> tp.posts().forEach(p -> postIds.add(p.postId())));
        Map<Long, List<PeerRatings.Row>> rowsByPost = new HashMap<>();
        for (PeerRatings.Row row : ratings.of(postIds)) {
            rowsByPost.computeIfAbsent(row.postId(), id -> new ArrayList<>()).add(row);
        }

        Map<String, List<Candidate>> candidates = new HashMap<>();
        Set<String> authors = new HashSet<>();
        postsByTopic.forEach((topic, posts) -> {
            List<Candidate> qualified = qualified(posts, rowsByPost);
            qualified.forEach(c -> authors.add(c.author()));
            candidates.put(topic, qualified);
        });
        Map<String, Member> known = members.byKey(authors);

        Map<String, Ranking> rankings = new HashMap<>();
        postsByTopic.forEach((topic, posts) -> {
            List<Ranked> ranked = new ArrayList<>();
            for (Candidate c : candidates.get(topic)) {
                Member member = known.get(c.author());
                if (member != null && (!member.optedOut() || member.key().equals(subject))) {
                    ranked.add(new Ranked(member, c.posts(), c.recognition(), c.rated()));
                }
            }
            ranked.sort(BEST_FIRST);
            rankings.put(topic, new Ranking(topic, posts.postsByAuthor().size(), List.copyOf(ranked)));
        });
        return rankings;
    }

    private record Candidate(String author, int posts, Recognition recognition, List<PostStars> rated) {}

    /** The authors of a topic's posts whose peers recognise them enough to lead it. */
    private List<Candidate> qualified(TermPosts posts, Map<Long, List<PeerRatings.Row>> rowsByPost) {
        Map<String, List<Stars>> starsByAuthor = new HashMap<>();
        Map<String, List<PostStars>> ratedByAuthor = new HashMap<>();
        for (TermPosts.IndexedPost post : posts.posts()) {
            List<PeerRatings.Row> rows = rowsByPost.getOrDefault(post.postId(), List.of());
            // A well-received question shows curiosity, not expertise: only what a person answers,
            // comments or writes counts. Posts of no stated kind count, as a mail or feed post may be either.
            if (rows.isEmpty() || post.question()) {
                continue;
            }
            List<Stars> stars = starsByAuthor.computeIfAbsent(post.author(), a -> new ArrayList<>());
            int sum = 0;
            for (PeerRatings.Row row : rows) {
                stars.add(new Stars(row.rater(), row.stars()));
                sum += row.stars();
            }
            ratedByAuthor
                    .computeIfAbsent(post.author(), a -> new ArrayList<>())
                    .add(new PostStars(post.postId(), rows.size(), sum));
        }
        List<Candidate> qualified = new ArrayList<>();
        starsByAuthor.forEach((author, stars) -> {
            Recognition recognition = LeaderScore.recognise(stars);
            if (recognition.qualifies(config.minRaters())) {
                int authored = Objects.requireNonNullElse(posts.postsByAuthor().get(author), 0);
                qualified.add(new Candidate(author, authored, recognition, List.copyOf(ratedByAuthor.get(author))));
            }
        });
        return qualified;
    }
}
