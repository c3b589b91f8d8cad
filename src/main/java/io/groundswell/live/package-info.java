/** Live updates: tells connected dashboards, over server-sent events, that posts or ratings changed. */
package io.groundswell.live;
