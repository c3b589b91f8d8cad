package io.groundswell.audit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of the audit log ({@code groundswell.audit.*}). */
@ConfigMapping(prefix = "groundswell.audit")
public interface AuditConfig {

    /** How long events are kept; older ones are deleted by the {@link AuditPruneJob}. */
    @WithDefault("P365D")
    Duration retention();

    /**
     * How often events past the retention are deleted; read by the job's {@code @Scheduled}
     * expression, which takes this default from here.
     */
    @WithDefault("1h")
    String pruneEvery();
}
