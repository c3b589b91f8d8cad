package io.groundswell.trend;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SignificanceTest {

    @Test
    void shouldScoreARisingTermPositiveASteadyOneNearZeroAndAFallingOneNegative() {
        double rising = Significance.jlh(50, 1000, 10, 3000);
        double steady = Significance.jlh(30, 1000, 90, 3000);
        double falling = Significance.jlh(5, 1000, 90, 3000);
        assertThat(rising).isGreaterThan(0.01);
        assertThat(Math.abs(steady)).isLessThan(0.001);
        assertThat(falling).isNegative();
    }

    @Test
    void shouldScoreATermAbsentFromTheBaselineHighButFinite() {
        double fresh = Significance.jlh(20, 1000, 0, 3000);
        assertThat(fresh).isFinite().isGreaterThan(Significance.jlh(20, 1000, 10, 3000));
    }

    @Test
    void shouldWeighMoreRatedPostsHigherAtEqualCounts() {
        assertThat(Significance.jlh(8 * 2.5, 1000, 0, 3000)).isGreaterThan(Significance.jlh(8, 1000, 0, 3000));
    }

    @Test
    void shouldRecogniseCollocationsAndRejectChancePairs() {
        // "carbon" and "footprint" nearly always together in 10,000 posts.
        assertThat(Significance.collocation(40, 45, 42, 10_000)).isGreaterThan(10.83);
        // Two common words meeting as often as chance predicts: 1000 × 1000 / 10000 = 100.
        assertThat(Significance.collocation(100, 1000, 1000, 10_000)).isLessThan(10.83);
        assertThat(Significance.collocation(5, 1000, 1000, 10_000)).isZero();
    }

    @Test
    void shouldOnlyCallARiseSignificantWhenItIsMoreThanChance() {
        assertThat(Significance.riseChiSquare(60, 1000, 60, 3000)).isGreaterThan(6.63);
        assertThat(Significance.riseChiSquare(22, 1000, 60, 3000)).isLessThan(6.63);
        assertThat(Significance.riseChiSquare(10, 1000, 60, 3000)).isZero();
    }
}
