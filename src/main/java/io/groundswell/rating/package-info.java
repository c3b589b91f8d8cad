/** Ratings: one per person per post, 1 to 5 stars, and the confidence-adjusted summary per post. */
package io.groundswell.rating;
