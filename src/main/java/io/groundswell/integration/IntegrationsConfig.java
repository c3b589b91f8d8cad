package io.groundswell.integration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
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

        /** Longest wait for a feed server, connecting and answering. */
        @WithDefault("PT20S")
        Duration timeout();

        /** Largest feed document read; a larger one fails that poll. */
        @WithDefault("10485760")
        int maxBytes();
    }

    interface Imports {
        /** Errors kept per job with their line numbers; all of them are counted. */
        @WithDefault("1000")
        int maxErrors();
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
