package io.groundswell.system;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Privacy rules that every breakdown by group obeys ({@code groundswell.privacy.*}). */
@ConfigMapping(prefix = "groundswell.privacy")
public interface PrivacyConfig {

    /** The fewest distinct people a figure per department or group may stand for. */
    int FLOOR = 3;

    /** Configured minimum group size; see {@link #effectiveMinGroupSize()}. */
    @WithDefault("5")
    int minGroupSize();

    /** The configured size, but never below {@value #FLOOR}: smaller groups identify people. */
    default int effectiveMinGroupSize() {
        return Math.max(FLOOR, minGroupSize());
    }
}
