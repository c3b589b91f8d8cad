/**
 * Identity: user accounts (HTTP Basic, bcrypt), API keys for machine clients (Bearer, hashed,
 * scoped, source-restricted, revocable), roles, and the bootstrap administrator.
 */
package io.groundswell.identity;
