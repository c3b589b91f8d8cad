package io.groundswell.identity;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** The Bearer token of a machine client, on its way to {@link ApiKeyIdentityProvider}. */
final class ApiKeyAuthenticationRequest extends BaseAuthenticationRequest {

    private final String token;

    ApiKeyAuthenticationRequest(String token) {
        this.token = token;
    }

    String token() {
        return token;
    }
}
