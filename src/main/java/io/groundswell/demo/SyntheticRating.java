package io.groundswell.demo;

/** One person's stars (1 to 5) for one synthetic post; the rater is never the post's author. */
public record SyntheticRating(String source, String postExternalId, String raterKey, int stars) {}
