/**
 * Integrations: how intranet systems' own formats reach Groundswell (Discourse webhooks, RSS and
 * Atom feeds, import jobs) and how trends leave it (an outbound chat webhook).
 */
package io.groundswell.integration;
