package io.groundswell.integration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Settings of the integrations ({@code groundswell.integrations.*}); defaults in application.properties. */
@ConfigMapping(prefix = "groundswell.integrations")
public interface IntegrationsConfig {

    Discourse discourse();

    Feeds feeds();

    Imports imports();

    Outbound outbound();

    interface Discourse {
        /**
         * Shared secret of the default Discourse instance, whose posts get the source "discourse".
         * Unset: only instances registered through the admin API are accepted.
         */
        Optional<String> secret();

        /**
         * Base URL of the default instance, from which its posts' links are built. Unset: its posts
         * are stored without a link, since X-Discourse-Instance is not signed and cannot provide one.
         */
        Optional<URI> url();

        /**
         * How long a delivered body is remembered: the same signed body delivered again within this
         * window is acknowledged but not applied again.
         */
        @WithDefault("PT24H")
        Duration replayWindow();
    }

    interface Feeds {
        /** How often every registered feed is polled. */
        @WithDefault("PT15M")
        Duration pollEvery();

        /** Delay of the first scheduled poll after start-up. */
        @WithDefault("PT30S")
        Duration firstPollAfter();

        /**
         * Deadline of a whole fetch: connecting, redirects, headers and body. A server that sends
         * its feed slower fails that poll when it passes.
         */
        @WithDefault("PT20S")
        Duration timeout();

        /** Largest feed document read; a larger one fails that poll. */
        @WithDefault("10485760")
        int maxBytes();

        /** How many feeds are polled at the same time, so a slow feed does not hold up the others. */
        @WithDefault("4")
        int concurrency();

        /**
         * Internal networks (CIDR, e.g. {@code 10.20.0.0/16}) or host names feeds may be fetched
         * from. Unset: loopback, private, link-local and other internal addresses are refused.
         */
        Optional<List<String>> allowedNetworks();
    }

    interface Imports {
        /** Errors kept per job with their line numbers; all of them are counted. */
        @WithDefault("1000")
        int maxErrors();

        /** Largest value of one XML attribute in a Stack Exchange dump (a post's Body), in characters. */
        @WithDefault("1048576")
        int maxAttributeChars();

        /** Largest uncompressed size of one file of a Stack Exchange zip, in bytes. */
        @WithDefault("68719476736")
        long maxEntryBytes();

        /** Largest ratio of uncompressed to compressed size of a zip entry; zip bombs exceed it. */
        @WithDefault("100")
        int maxCompressionRatio();

        /** Most bytes all spooled uploads (queued and running jobs) may hold on disk together. */
        @WithDefault("8589934592")
        long spoolQuotaBytes();

        /**
         * A job found running at start-up is resumed; after this many starts that ended in a crash
         * rather than a shutdown, it is marked failed instead, so a job that kills the process
         * cannot do so on every start.
         */
        @WithDefault("3")
        int maxStarts();
    }

    interface Outbound {
        /** Slack- or Mattermost-compatible incoming webhook; unset: nothing is sent. */
        Optional<URI> webhookUrl();

        /** Longest wait for the webhook to answer. */
        @WithDefault("PT5S")
        Duration timeout();

        /** A term is announced when it enters this many top terms of a window. */
        @WithDefault("10")
        int top();
    }
}
