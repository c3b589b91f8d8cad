/**
 * The fault suite: the packaged application as a real process under the faults production meets —
 * kill -9 in the middle of ingest, index files corrupted while stopped, 64 raters colliding on the
 * same posts, four bulk clients creating the same new authors at once, and hundreds of generated hostile requests — each asserting that nothing acknowledged
 * is lost, no summary drifts from its ratings, and no request gets a 5xx or changes what is stored.
 *
 * <p>{@code ./mvnw verify} runs it with everything else; {@code ./mvnw verify -Pfaults} runs only
 * it (add {@code -Ppostgresql} for the PostgreSQL product). Generated data and choices come from
 * one seed, printed by every test; {@code -Dfault.seed=N} replays a run.
 */
package io.groundswell.fault;
