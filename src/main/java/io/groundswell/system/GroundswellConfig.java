package io.groundswell.system;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** Typed view of the {@code groundswell.*} settings; defaults live in application.properties. */
@ConfigMapping(prefix = "groundswell")
public interface GroundswellConfig {

    /** Where the embedded default keeps its H2 database and Lucene index. */
    Path dataDir();

    /** Seed a synthetic organisation into an empty database on start. */
    @WithDefault("false")
    boolean demo();

    Admin admin();

    Limits limits();

    Index index();

    interface Admin {
        /** Password of the bootstrap administrator; a random one is generated and logged when unset. */
        Optional<String> password();
    }

    interface Limits {
        /** Largest request body accepted, in bytes; larger ones get 413. */
        @WithDefault("16777216")
        long maxBodyBytes();

        /**
         * Largest body of a public webhook (/api/integrations/*), in bytes: these are read before
         * their signature can be checked, and Discourse sends a few kilobytes.
         */
        @WithDefault("1048576")
        long maxWebhookBytes();

        /** Largest upload to /api/imports, in bytes: imports are spooled to disk, not held in memory. */
        @WithDefault("4294967296")
        long maxImportBytes();

        /** Most items in one bulk request; more get 413. */
        @WithDefault("1000")
        int maxBatchItems();

        /** Longest a new connection may take to send its request line and headers; then 408 and closed. */
        @WithDefault("PT20S")
        Duration headTimeout();
    }

    interface Index {
        /** How often the searcher is refreshed, at the latest, after changes. */
        @WithDefault("PT0.2S")
        Duration refreshInterval();

        /** How often indexed changes are committed to disk (and dropped from the index queue). */
        @WithDefault("PT5S")
        Duration commitInterval();

        /** Longest wait of the indexer between looks at the queue when no commit wakes it. */
        @WithDefault("PT1S")
        Duration pollInterval();
    }
}
