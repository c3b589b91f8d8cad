package io.groundswell.integration.discourse;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/**
 * A Discourse instance registered by an admin. Its secret is stored as given: verifying an
 * HMAC-SHA256 signature needs the key itself, a hash of it would not do.
 */
@Entity
@Table(name = "discourse_instance")
public class DiscourseInstance extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "discourse_instance_seq")
    @SequenceGenerator(name = "discourse_instance_seq", sequenceName = "discourse_instance_seq", allocationSize = 50)
    public Long id;

    /** Normalised: lower-case scheme and host, no trailing slash, as X-Discourse-Instance is compared. */
    @Column(name = "instance_url", nullable = false)
    public String instanceUrl;

    @Column(nullable = false)
    public String source;

    @Column(nullable = false)
    public String secret;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    static Optional<DiscourseInstance> findByUrl(String instanceUrl) {
        return find("instanceUrl", instanceUrl).firstResultOptional();
    }
}
