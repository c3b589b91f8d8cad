/** Discourse webhooks, verified by their HMAC signature, applied exactly once per delivery. */
package io.groundswell.integration.discourse;
