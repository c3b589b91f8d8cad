/** RSS and Atom feeds: registered by admins, polled with conditional GET, parsed with Rome. */
package io.groundswell.integration.feed;
