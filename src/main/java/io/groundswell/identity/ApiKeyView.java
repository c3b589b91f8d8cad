package io.groundswell.identity;

import java.time.Instant;
import java.util.List;

/** An API key as administrators see it later: everything but the key. */
public record ApiKeyView(
        String id,
        String name,
        List<String> scopes,
        List<String> sources,
        String createdBy,
        Instant createdAt,
        Instant revokedAt) {

    static ApiKeyView of(ApiKey key) {
        return new ApiKeyView(
                key.keyId,
                key.name,
                List.copyOf(key.scopeSet()),
                List.copyOf(key.sourceSet()),
                key.createdBy,
                key.createdAt,
                key.revokedAt);
    }
}
