package io.groundswell.audit;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Records security and administration events, and reads them back for administrators. An event
 * is written in the transaction of the change it records, when there is one, so that a change that
 * rolls back leaves no trace and one that commits always does.
 */
@ApplicationScoped
public class AuditLog {

    /** The actor of events the server causes on its own, outside any request. */
    public static final String SYSTEM = "system";

    private static final int MAX_DETAIL = 1000;
    private static final int MAX_NAME = 200;

    private final CurrentIdentityAssociation identities;
    private final CurrentVertxRequest requests;
    private final AuditConfig config;
    private final Clock clock;

    AuditLog(CurrentIdentityAssociation identities, CurrentVertxRequest requests, AuditConfig config, Clock clock) {
        this.identities = identities;
        this.requests = requests;
        this.config = config;
        this.clock = clock;
    }

    /** Records an event done by the caller of the current request, from its address. */
    public void record(AuditKind kind, String subject, String detail) {
        record(kind, currentActor(), subject, currentAddress(), detail);
    }

    /**
     * Records an event whose actor and address the caller knows better than the request does: a
     * failed sign-in has no signed-in identity, and asking for one would start another sign-in.
     */
    public void record(AuditKind kind, String actor, String subject, String address, String detail) {
        write(clock.instant(), kind, actor, subject, address, detail);
    }

    void write(Instant at, AuditKind kind, String actor, String subject, String address, String detail) {
        AuditEvent event = new AuditEvent();
        event.occurredAt = at;
        event.kind = kind.wireName();
        event.actor = cut(actor == null ? SYSTEM : actor, MAX_NAME);
        event.subject = cut(subject, MAX_NAME);
        event.address = cut(address, 64);
        event.detail = cut(detail, MAX_DETAIL);
        QuarkusTransaction.joiningExisting().run(event::persist);
    }

    /** A page of events, newest first, optionally of one kind. */
    public AuditPage page(AuditKind kind, int offset, int limit) {
        String wire = kind == null ? null : kind.wireName();
        return QuarkusTransaction.joiningExisting()
                .call(() -> new AuditPage(
                        AuditEvent.countOf(wire),
                        AuditEvent.newestFirst(wire, offset, limit).stream()
                                .map(AuditEntry::of)
                                .toList()));
    }

    /** Deletes the events older than the retention; returns how many. */
    public long prune() {
        Instant cutoff = clock.instant().minus(config.retention());
        return QuarkusTransaction.requiringNew().call(() -> AuditEvent.deleteBefore(cutoff));
    }

    /** Events as administrators read them. */
    public record AuditEntry(
            long id, Instant at, String kind, String actor, String subject, String address, String detail) {
        static AuditEntry of(AuditEvent e) {
            return new AuditEntry(e.id, e.occurredAt, e.kind, e.actor, e.subject, e.address, e.detail);
        }
    }

    /** One page of events and how many there are in all. */
    public record AuditPage(long total, List<AuditEntry> events) {}

    private String currentActor() {
        if (!Arc.container().requestContext().isActive()) {
            return SYSTEM;
        }
        SecurityIdentity identity = identities.getIdentity();
        return identity == null || identity.isAnonymous()
                ? "anonymous"
                : identity.getPrincipal().getName();
    }

    /** The direct peer, as sign-in throttling counts it (see identity.ClientAddress). */
    private String currentAddress() {
        if (!Arc.container().requestContext().isActive()) {
            return null;
        }
        RoutingContext context = requests.getCurrent();
        SocketAddress peer = context == null ? null : context.request().remoteAddress();
        return peer == null ? null : peer.hostAddress();
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
