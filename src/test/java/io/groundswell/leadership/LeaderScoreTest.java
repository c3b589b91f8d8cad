package io.groundswell.leadership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.groundswell.leadership.LeaderScore.Recognition;
import io.groundswell.leadership.LeaderScore.Stars;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LeaderScoreTest {

    /** {@code raters} distinct raters, each rating {@code posts} posts with {@code stars}. */
    private static List<Stars> ratings(long firstRater, int raters, int posts, int stars) {
        List<Stars> ratings = new ArrayList<>();
        for (long r = firstRater; r < firstRater + raters; r++) {
            for (int p = 0; p < posts; p++) {
                ratings.add(new Stars(r, stars));
            }
        }
        return ratings;
    }

    @Test
    void shouldScoreTenPeersGivingFiveStarsAsTheReadmeSays() {
        Recognition expert = LeaderScore.recognise(ratings(1, 10, 1, 5));
        assertThat(expert.raters()).isEqualTo(10);
        assertThat(expert.mean()).isEqualTo(5.0);
        // B = (5 × 3 + 50) / 15 = 4.333; (B − 3) × ln 11 = 3.197
        assertThat(expert.score()).isCloseTo(4.0 / 3 * Math.log(11), within(1e-9));
    }

    @Test
    void shouldCountAllOfOneRatersStarsForAnAuthorAsOneRating() {
        Recognition once = LeaderScore.recognise(ratings(1, 3, 1, 5));
        Recognition tenTimes = LeaderScore.recognise(ratings(1, 3, 10, 5));
        assertThat(tenTimes).isEqualTo(once);
        assertThat(tenTimes.raters()).isEqualTo(3);
    }

    @Test
    void shouldAverageARatersStarsRatherThanKeepTheirBest() {
        List<Stars> mixed = List.of(new Stars(7, 5), new Stars(7, 1), new Stars(8, 3));
        assertThat(LeaderScore.perRater(mixed)).containsEntry(7L, 3.0).containsEntry(8L, 3.0);
    }

    @Test
    void shouldRankAnExpertRatedByTenOverAProlificAuthorRatedByTwo() {
        Recognition expert = LeaderScore.recognise(ratings(1, 10, 2, 5));
        Recognition prolific = LeaderScore.recognise(ratings(100, 2, 30, 3));
        assertThat(expert.qualifies(3)).isTrue();
        assertThat(prolific.qualifies(3)).isFalse();
        assertThat(expert.score()).isGreaterThan(prolific.score());
    }

    @Test
    void shouldNotLetARingOutscoreBroadRecognitionHoweverManyPostsItRates() {
        // Four friends rate each of the others' 20 posts 5 stars: three raters each, 60 ratings.
        Recognition ringMember = LeaderScore.recognise(ratings(1, 3, 20, 5));
        Recognition expert = LeaderScore.recognise(ratings(100, 6, 1, 5));
        assertThat(ringMember.qualifies(3)).isTrue();
        assertThat(expert.score()).isGreaterThan(ringMember.score());
        // A ring of three gives each member two raters: not enough to lead at all.
        assertThat(LeaderScore.recognise(ratings(1, 2, 20, 5)).qualifies(3)).isFalse();
    }

    @Test
    void shouldLetManyGoodRatingsBeatAFewPerfectOnes() {
        Recognition few = LeaderScore.recognise(ratings(1, 3, 1, 5));
        Recognition many = LeaderScore.recognise(ratings(100, 20, 1, 4));
        assertThat(many.score()).isGreaterThan(few.score());
    }

    @Test
    void shouldNeverRecogniseNeutralOrPoorRatingsHoweverMany() {
        Recognition neutral = LeaderScore.recognise(ratings(1, 200, 1, 3));
        Recognition poor = LeaderScore.recognise(ratings(1, 200, 1, 2));
        assertThat(neutral.score()).isZero();
        assertThat(neutral.qualifies(3)).isFalse();
        assertThat(poor.score()).isNegative();
        assertThat(poor.qualifies(3)).isFalse();
    }

    @Test
    void shouldGrowWithBreadthButEachExtraRaterAddLess() {
        double three = LeaderScore.recognise(ratings(1, 3, 1, 5)).score();
        double six = LeaderScore.recognise(ratings(1, 6, 1, 5)).score();
        double nine = LeaderScore.recognise(ratings(1, 9, 1, 5)).score();
        assertThat(six).isGreaterThan(three);
        assertThat(nine).isGreaterThan(six);
        assertThat(LeaderScore.breadth(9) - LeaderScore.breadth(6))
                .isLessThan(LeaderScore.breadth(6) - LeaderScore.breadth(3));
    }

    @Test
    void shouldPullFewRatersTowardNeutral() {
        assertThat(LeaderScore.bayesian(List.of(5.0))).isCloseTo(20.0 / 6, within(1e-9));
        assertThat(LeaderScore.bayesian(List.of())).isEqualTo(LeaderScore.NEUTRAL);
        assertThat(LeaderScore.recognise(List.of())).isEqualTo(Recognition.NONE);
    }

    @Test
    void shouldTreatAMinimumBelowOneAsOne() {
        Recognition one = LeaderScore.recognise(ratings(1, 1, 1, 5));
        assertThat(one.qualifies(0)).isTrue();
        assertThat(one.qualifies(2)).isFalse();
    }
}
