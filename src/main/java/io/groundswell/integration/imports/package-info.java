/** Asynchronous import jobs (NDJSON, Stack Exchange dumps): spooled, streamed, resumable after a restart. */
package io.groundswell.integration.imports;
