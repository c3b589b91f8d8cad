package io.groundswell.identity;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Holds an account with a generated password (the first administrator's) to choosing its own: until
 * then every API request but {@code GET /api/me}, {@code PUT /api/me/password} and signing in or
 * out ({@code /api/session}) is answered 403
 * with the problem {@code /problems/password-change-required}. A password set in the configuration
 * was chosen by an operator and need not be changed.
 */
public class PasswordChangeGate {

    private final CurrentIdentityAssociation identities;

    PasswordChangeGate(CurrentIdentityAssociation identities) {
        this.identities = identities;
    }

    @ServerRequestFilter
    public Uni<Response> hold(ContainerRequestContext request) {
        if (allowed(request.getMethod(), request.getUriInfo().getPath())) {
            return Uni.createFrom().nullItem();
        }
        // A failed sign-in is answered where the endpoint asks for the identity, as before.
        return identities
                .getDeferredIdentity()
                .map(PasswordChangeGate::refusal)
                .onFailure()
                .recoverWithNull();
    }

    private static Response refusal(SecurityIdentity identity) {
        Boolean required = identity.getAttribute(Authenticator.PASSWORD_CHANGE_REQUIRED);
        return Boolean.TRUE.equals(required) ? AccountProblems.passwordChangeRequired() : null;
    }

    private static boolean allowed(String method, String path) {
        return !path.startsWith("/api/")
                || (HttpMethod.GET.equals(method) && path.equals("/api/me"))
                || (HttpMethod.PUT.equals(method) && path.equals("/api/me/password"))
                || path.equals(SessionResource.PATH);
    }
}
