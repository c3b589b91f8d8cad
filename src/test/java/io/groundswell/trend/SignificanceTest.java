package io.groundswell.trend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.groundswell.trend.Significance.Lift;
import org.junit.jupiter.api.Test;

class SignificanceTest {

    private static final double Z = 1.645;

    @Test
    void shouldBoundTheLiftOfARisingTermAboveOneAndOfASteadyOneAroundOne() {
        Lift rising = Significance.lift(50, 1000, 30, 3000, Z);
        Lift steady = Significance.lift(30, 1000, 90, 3000, Z);
        assertThat(rising.expected()).isCloseTo(10, within(1e-9));
        assertThat(rising.lower()).isGreaterThan(2.5);
        assertThat(steady.lower()).isLessThan(1);
        assertThat(steady.upper()).isGreaterThan(1);
    }

    @Test
    void shouldBoundTheLiftOfAFallingTermBelowOne() {
        Lift falling = Significance.lift(5, 1000, 90, 3000, Z);
        assertThat(falling.upper()).isLessThan(1);
        assertThat(falling.lift()).isLessThan(0.25);
    }

    @Test
    void shouldScoreATermAbsentFromTheBaselineHighButFinite() {
        Lift fresh = Significance.lift(20, 1000, 0, 3000, Z);
        assertThat(fresh.lift())
                .isFinite()
                .isGreaterThan(Significance.lift(20, 1000, 10, 3000, Z).lift());
        assertThat(fresh.lower()).isFinite().isGreaterThan(1);
    }

    @Test
    void shouldTrustARiseSeenInManyPostsMoreThanAnEqualOneSeenInFew() {
        // Both twice their baseline rate: three posts where 1.5 were expected may be chance, 30 for 15 hardly.
        Lift few = Significance.lift(3, 100, 15, 1000, Z);
        Lift many = Significance.lift(30, 1000, 150, 10_000, Z);
        assertThat(many.lower()).isGreaterThan(few.lower());
        assertThat(few.lower()).isLessThan(1);
        assertThat(many.lower()).isGreaterThan(1);
    }

    @Test
    void shouldLetATermRiseAgainstAMuchBusierWindowWhenItRisesFasterThanTheWindow() {
        // A baseline of 200 posts and a surge window of 300: the term goes from 4 posts to 40.
        Lift riser = Significance.lift(40, 300, 4, 200, Z);
        Lift swept = Significance.lift(6, 300, 4, 200, Z);
        assertThat(riser.lower()).isGreaterThan(2);
        assertThat(swept.lower()).isLessThan(1);
    }

    @Test
    void shouldRecogniseCollocationsAndRejectChancePairs() {
        // "carbon" and "footprint" nearly always together in 10,000 posts.
        assertThat(Significance.collocation(40, 45, 42, 10_000)).isGreaterThan(10.83);
        // Two common words meeting as often as chance predicts: 1000 × 1000 / 10000 = 100.
        assertThat(Significance.collocation(100, 1000, 1000, 10_000)).isLessThan(10.83);
        assertThat(Significance.collocation(5, 1000, 1000, 10_000)).isZero();
    }
}
