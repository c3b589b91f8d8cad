package io.groundswell.demo;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The size of the organisation demo mode seeds. A prefix of its own, because
 * {@code groundswell.demo} is already the switch that turns demo mode on.
 */
@ConfigMapping(prefix = "groundswell.demo-data")
public interface DemoDataConfig {

    /** Same seed, same organisation: demos and screenshots can be reproduced. */
    @WithDefault("42")
    long seed();

    @WithDefault("300")
    int people();

    @WithDefault("6000")
    int posts();

    /** Length of the window of posts, ending when seeding starts. */
    @WithDefault("180")
    int days();
}
