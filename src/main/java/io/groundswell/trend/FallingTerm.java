package io.groundswell.trend;

/**
 * A term whose rate fell: fewer posts in the window than its baseline rate leads to expect.
 *
 * @param term the analysed form, as trends key their terms
 * @param posts posts in the window that contain it
 * @param baselinePosts posts in the baseline that contain it
 * @param expected posts expected at the baseline rate for the window's volume
 * @param lift posts seen over posts expected (below 1)
 * @param upperBound an upper confidence bound of the lift: below 1, so the fall is more than chance
 */
public record FallingTerm(String term, int posts, int baselinePosts, double expected, double lift, double upperBound) {}
