/** Cross-cutting pieces: configuration, problem+json errors, request limits, the data directory. */
package io.groundswell.system;
