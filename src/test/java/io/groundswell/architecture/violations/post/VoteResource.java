package io.groundswell.architecture.violations.post;

import io.groundswell.architecture.violations.rating.Vote;

/** A resource that handles another feature's entity itself. */
public class VoteResource {

    public int stars(Vote vote) {
        return vote.stars;
    }
}
