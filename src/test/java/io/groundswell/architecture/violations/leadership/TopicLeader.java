package io.groundswell.architecture.violations.leadership;

import io.groundswell.architecture.violations.trend.RisingTerm;

/** The higher layer, which rightly depends on the lower one. */
public record TopicLeader(String name, RisingTerm topic) {}
