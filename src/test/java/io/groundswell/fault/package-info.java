/**
 * The fault suite: the packaged application as a real process under the faults production meets —
 * kill -9 in the middle of ingest, index files corrupted while stopped, 64 raters colliding on the
 * same posts, four bulk clients creating the same new authors at once, hundreds of generated
 * hostile requests, thousands of slow connections, long URLs, floods of oversized webhooks and an
 * exhausted connection pool — each asserting that nothing acknowledged is lost, no summary drifts
 * from its ratings, no request gets a 500 or changes what is stored, and busy is said as 503.
 *
 * <p>{@code ./mvnw verify} runs it with everything else; {@code ./mvnw verify -Pfaults} runs only
 * it (add {@code -Ppostgresql} for the PostgreSQL product). Generated data and choices come from
 * one seed, printed by every test; {@code -Dfault.seed=N} replays a run.
 */
package io.groundswell.fault;
