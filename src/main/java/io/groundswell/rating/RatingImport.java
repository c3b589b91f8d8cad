package io.groundswell.rating;

import io.groundswell.person.PersonDirectory.PersonRef;

/** One rating of a batch import (demo data, forum dumps): who gave how many stars to which post. */
public record RatingImport(long postId, PersonRef rater, int stars) {}
