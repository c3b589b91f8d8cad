package io.groundswell.identity;

import io.groundswell.system.ProblemException;
import io.quarkus.security.identity.SecurityIdentity;
import java.util.Set;

/**
 * Who is making a request, as the services need it: a person (with their person id) or a machine
 * client (with its scopes and sources). A value, so background jobs can carry one too.
 */
public record Caller(
        String name, Long personId, String personKey, Set<String> roles, Set<String> scopes, Set<String> sources) {

    public static final String SCOPE_INGEST = "ingest";
    public static final String SCOPE_RATE = "rate";

    @SuppressWarnings("unchecked")
    public static Caller of(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()) {
            return new Caller("anonymous", null, null, Set.of(), Set.of(), Set.of());
        }
        Set<String> scopes = identity.getAttribute(Authenticator.SCOPES);
        Set<String> sources = identity.getAttribute(Authenticator.SOURCES);
        return new Caller(
                identity.getPrincipal().getName(),
                identity.getAttribute(Authenticator.PERSON_ID),
                identity.getAttribute(Authenticator.PERSON_KEY),
                Set.copyOf(identity.getRoles()),
                scopes == null ? Set.of() : scopes,
                sources == null ? Set.of() : sources);
    }

    /** A system caller for jobs the server runs on its own (demo seeding, imports by an admin). */
    public static Caller system(String name) {
        return new Caller(
                name,
                null,
                null,
                Set.of(Roles.ADMIN, Roles.INTEGRATION),
                Set.of(SCOPE_INGEST, SCOPE_RATE),
                Set.of(ApiKey.ANY_SOURCE));
    }

    public boolean isPerson() {
        return personId != null;
    }

    public boolean isIntegration() {
        return roles.contains(Roles.INTEGRATION);
    }

    /**
     * Whether the people this caller names are its source's own ({@code <source>:<id>}): true for
     * API keys; people, admins and the server's own jobs name people as the directory knows them.
     */
    public boolean namesSourcePeople() {
        return isIntegration() && !isAdmin() && !isPerson();
    }

    public boolean isAdmin() {
        return roles.contains(Roles.ADMIN);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /** Integration clients need the scope; people are governed by their roles instead. */
    public void requireScope(String scope) {
        if (isIntegration() && !scopes.contains(scope)) {
            throw ProblemException.forbidden("This API key lacks the '" + scope + "' scope.");
        }
    }

    /** Whether a machine client may write to this source (people are not source-bound). */
    public boolean maySource(String source) {
        return !isIntegration() || sources.contains(ApiKey.ANY_SOURCE) || sources.contains(source);
    }

    public void requireSource(String source) {
        if (!maySource(source)) {
            throw ProblemException.forbidden("This API key may not write to source '" + source + "'.");
        }
    }
}
