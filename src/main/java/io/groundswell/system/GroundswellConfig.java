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

    SignIn signIn();

    Sessions sessions();

    Limits limits();

    Index index();

    interface Admin {
        /** Password of the bootstrap administrator; when unset, a random one is written to the data directory. */
        Optional<String> password();
    }

    /**
     * Throttling of password sign-ins ({@code groundswell.sign-in.*}). Failures are counted per
     * account and per client address; past the free ones, each failure locks that account or address
     * out for twice as long as the one before, up to the longest lock.
     */
    interface SignIn {
        /** Failed sign-ins to one account that lock nothing. */
        @WithDefault("5")
        int freeFailuresPerAccount();

        /**
         * Failed sign-ins from one client address, to any accounts, that lock nothing. Higher than
         * per account: many people may share one address behind a NAT.
         */
        @WithDefault("100")
        int freeFailuresPerAddress();

        /** The lock after the first failure past the free ones; each further failure doubles it. */
        @WithDefault("PT1S")
        Duration firstLock();

        /** The longest lock, however many failures. */
        @WithDefault("PT15M")
        Duration longestLock();

        /** Failures are forgotten once none followed for this long. */
        @WithDefault("PT1H")
        Duration forgetAfter();
    }

    /**
     * Dashboard sessions ({@code groundswell.sessions.*}), started by {@code POST /api/session}. A
     * session ends when it was not used for the idle timeout, or when it has lasted the absolute
     * timeout however busy it was; either way its holder signs in again.
     */
    interface Sessions {
        /** A session unused for this long has ended. */
        @WithDefault("PT2H")
        Duration idleTimeout();

        /** A session has ended this long after its sign-in, used or not. */
        @WithDefault("PT12H")
        Duration absoluteTimeout();
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

        /**
         * Ratings and post writes that may hold database connections at once; more wait their turn.
         * Keep it well below the pool's size (quarkus.datasource.jdbc.max-size) so reads find
         * connections while a crowd writes.
         */
        @WithDefault("16")
        int concurrentWrites();

        /** Longest a write waits for its turn; then 503 with Retry-After and nothing stored. */
        @WithDefault("PT5S")
        Duration writeQueueTimeout();
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
