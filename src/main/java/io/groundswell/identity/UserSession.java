package io.groundswell.identity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A signed-in dashboard: the row of a session cookie. Keyed by the SHA-256 of the cookie's token,
 * never the token, so that what the database holds cannot be sent back as a cookie.
 */
@Entity
@Table(name = "user_session")
public class UserSession extends PanacheEntityBase {

    @Id
    @Column(name = "token_hash")
    public String tokenHash;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "user_account_id")
    public UserAccount account;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** When the session was last used, to a minute or so: it is not written on every request. */
    @Column(name = "last_seen_at", nullable = false)
    public Instant lastSeenAt;
}
