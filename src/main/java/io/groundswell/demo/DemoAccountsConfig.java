package io.groundswell.demo;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Settings of the demo accounts. A mapping of its own because keys under {@code groundswell.*} must
 * map to some interface, and {@code groundswell.demo} itself is only the on/off switch there.
 */
@ConfigMapping(prefix = "groundswell.demo")
public interface DemoAccountsConfig {

    /** Password of the demo leader and employee; a demo is public, so this is not a secret. */
    @WithDefault("demo-password")
    String password();
}
