package io.groundswell.live;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of live updates ({@code groundswell.live.*}). */
@ConfigMapping(prefix = "groundswell.live")
public interface LiveConfig {

    /**
     * How long changes must pause before dashboards hear of them: a bulk import is one event, not
     * thousands, and by then the search index (refreshed every 0.2 s) already shows the change.
     */
    @WithDefault("PT1S")
    Duration quietPeriod();

    /** Longest a change waits while changes keep coming, so a long import still shows progress. */
    @WithDefault("PT5S")
    Duration maxDelay();

    /** How often an idle stream carries a ping, so proxies and browsers keep it open. */
    @WithDefault("PT25S")
    Duration heartbeat();

    /**
     * How often the change feed looks for changes to announce; read by its {@code @Scheduled}
     * expression, which takes this default from here.
     */
    @WithDefault("250ms")
    String checkEvery();
}
