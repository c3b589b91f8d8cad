package io.groundswell.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/** One recorded security or administration event. */
@Entity
@Table(name = "audit_event")
public class AuditEvent extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_event_seq")
    @SequenceGenerator(name = "audit_event_seq", sequenceName = "audit_event_seq", allocationSize = 50)
    public Long id;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    /** An {@link AuditKind}'s wire name, stored as text so that old rows survive a renamed constant. */
    @Column(nullable = false)
    public String kind;

    /** Who did it: a username, {@code api-key:<name>}, or {@code system} for the server's own jobs. */
    @Column(nullable = false)
    public String actor;

    /** What it was done to: a username, an API key id, an address; null when the kind says it all. */
    public String subject;

    public String address;

    public String detail;

    static List<AuditEvent> newestFirst(String kind, int offset, int limit) {
        Sort order = Sort.descending("occurredAt", "id");
        var query = kind == null ? findAll(order) : find("kind", order, kind);
        return query.range(offset, offset + limit - 1).list();
    }

    static long countOf(String kind) {
        return kind == null ? count() : count("kind", kind);
    }

    static long deleteBefore(Instant cutoff) {
        return delete("occurredAt < ?1", cutoff);
    }
}
