package io.groundswell.identity;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** The token of a session cookie, to be checked by {@link SessionIdentityProvider}. */
final class SessionAuthenticationRequest extends BaseAuthenticationRequest {

    private final String token;

    SessionAuthenticationRequest(String token) {
        this.token = token;
    }

    String token() {
        return token;
    }
}
