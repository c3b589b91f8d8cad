package io.groundswell.identity;

import io.groundswell.audit.AuditKind;
import io.groundswell.audit.AuditLog;
import io.groundswell.identity.Roles.Role;
import io.groundswell.person.Person;
import io.groundswell.person.PersonDirectory;
import io.groundswell.person.PersonDirectory.PersonRef;
import io.groundswell.system.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Creates and lists user accounts and API keys; owns their transactions. */
@ApplicationScoped
public class IdentityAdminService {

    private static final Set<String> SCOPES = Set.of(Caller.SCOPE_INGEST, Caller.SCOPE_RATE);

    private final PersonDirectory people;
    private final Event<CredentialsChanged> credentialsChanged;
    private final AuditLog audit;

    IdentityAdminService(PersonDirectory people, Event<CredentialsChanged> credentialsChanged, AuditLog audit) {
        this.people = people;
        this.credentialsChanged = credentialsChanged;
        this.audit = audit;
    }

    @Transactional
    public UserView createUser(NewUser request) {
        Set<Role> roles = parseRoles(request.roles());
        PasswordPolicy.check("password", request.username(), request.password());
        if (UserAccount.findByUsername(request.username()).isPresent()) {
            throw ProblemException.conflict("A user named '" + request.username() + "' already exists.");
        }
        // A user is the person with the same key; from now on the directory names them, and API keys,
        // whose people are keyed by source, can no longer address them.
        Person person = people.enrol(new PersonRef(request.username(), request.displayName(), request.department()));
        UserAccount account = new UserAccount();
        account.username = request.username();
        account.passwordHash = Secrets.hashPassword(request.password());
        account.grant(roles);
        account.person = person;
        account.createdAt = Instant.now();
        account.persist();
        audit.record(AuditKind.USER_CREATED, account.username, "roles " + account.roles);
        // Nothing to forget: a failed sign-in is never cached, so no one is verified as this user yet.
        return UserView.of(account);
    }

    @Transactional
    public List<UserView> listUsers() {
        return UserAccount.<UserAccount>listAll().stream().map(UserView::of).toList();
    }

    @Transactional
    public ApiKeyCreated createApiKey(NewApiKey request, String createdBy) {
        Set<String> scopes = new LinkedHashSet<>();
        for (String scope : request.scopes()) {
            if (!SCOPES.contains(scope)) {
                throw ProblemException.invalid("scopes", "unknown scope '" + scope + "'; use ingest or rate");
            }
            scopes.add(scope);
        }
        ApiKey key = new ApiKey();
        key.keyId = Secrets.randomId(12);
        String secret = Secrets.randomToken(32);
        key.secretHash = Secrets.sha256(secret);
        key.name = request.name();
        key.scopes = String.join(",", scopes);
        key.sources = String.join(",", new LinkedHashSet<>(request.sources()));
        key.createdBy = createdBy;
        key.createdAt = Instant.now();
        key.persist();
        audit.record(
                AuditKind.API_KEY_CREATED, key.keyId, key.name + "; scopes " + key.scopes + "; sources " + key.sources);
        return new ApiKeyCreated(
                key.keyId,
                "gs_" + key.keyId + "_" + secret,
                key.name,
                List.copyOf(scopes),
                List.copyOf(key.sourceSet()));
    }

    @Transactional
    public List<ApiKeyView> listApiKeys() {
        return ApiKey.<ApiKey>listAll().stream().map(ApiKeyView::of).toList();
    }

    @Transactional
    public void revokeApiKey(String keyId) {
        ApiKey key =
                ApiKey.findByKeyId(keyId).orElseThrow(() -> ProblemException.notFound("No API key " + keyId + "."));
        if (key.revokedAt == null) {
            key.revokedAt = Instant.now();
            audit.record(AuditKind.API_KEY_REVOKED, key.keyId, key.name);
        }
        // Observed after the commit; the caller's 204 follows it, so the key is refused from then on.
        credentialsChanged.fire(CredentialsChanged.ofApiKey(key.keyId));
    }

    static Set<Role> parseRoles(List<String> names) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : names) {
            try {
                roles.add(Role.parse(name));
            } catch (IllegalArgumentException e) {
                throw ProblemException.invalid("roles", e.getMessage());
            }
        }
        if (roles.contains(Role.INTEGRATION)) {
            throw ProblemException.invalid("roles", "integration is for API keys; create one at /api/admin/api-keys");
        }
        return roles;
    }
}
