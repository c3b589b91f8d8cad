package io.groundswell.identity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * A machine client's credential. The key handed out once is {@code gs_<keyId>_<secret>}; only the
 * SHA-256 of the secret is stored (the secret is 256 random bits, so a slow hash adds nothing).
 */
@Entity
@Table(name = "api_key")
public class ApiKey extends PanacheEntityBase {

    public static final String ANY_SOURCE = "*";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "api_key_seq")
    @SequenceGenerator(name = "api_key_seq", sequenceName = "api_key_seq", allocationSize = 50)
    public Long id;

    @Column(name = "key_id", nullable = false, unique = true)
    public String keyId;

    @Column(name = "secret_hash", nullable = false)
    public String secretHash;

    @Column(nullable = false)
    public String name;

    /** Comma-separated scopes: ingest, rate. */
    @Column(nullable = false)
    public String scopes;

    /** Comma-separated sources this key may write to, or "*" for any. */
    @Column(nullable = false)
    public String sources;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    public Set<String> scopeSet() {
        return split(scopes);
    }

    public Set<String> sourceSet() {
        return split(sources);
    }

    public boolean revoked() {
        return revokedAt != null;
    }

    public static Optional<ApiKey> findByKeyId(String keyId) {
        return find("keyId", keyId).firstResultOptional();
    }

    private static Set<String> split(String joined) {
        Set<String> values = new LinkedHashSet<>();
        Arrays.stream(joined.split(",")).filter(s -> !s.isBlank()).forEach(values::add);
        return values;
    }
}
