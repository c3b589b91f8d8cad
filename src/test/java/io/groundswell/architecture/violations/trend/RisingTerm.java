package io.groundswell.architecture.violations.trend;

import io.groundswell.architecture.violations.leadership.TopicLeader;

/** A lower layer that calls up into a higher one, and so closes a cycle with it. */
public class RisingTerm {

    public String leaderOf(TopicLeader leader) {
        return leader.name();
    }
}
