package io.groundswell.testing;

import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

/** Matches any JSON number (RestAssured reads them as Float or Integer) close to a value. */
public final class Near extends TypeSafeMatcher<Number> {

    private final double expected;
    private final double tolerance;

    private Near(double expected, double tolerance) {
        this.expected = expected;
        this.tolerance = tolerance;
    }

    public static Matcher<Number> near(double expected) {
        return new Near(expected, 1e-3);
    }

    @Override
    protected boolean matchesSafely(Number actual) {
        return Math.abs(actual.doubleValue() - expected) <= tolerance;
    }

    @Override
    public void describeTo(Description description) {
        description.appendText("a number within " + tolerance + " of " + expected);
    }
}
