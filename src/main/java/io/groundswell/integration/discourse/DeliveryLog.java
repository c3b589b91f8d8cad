package io.groundswell.integration.discourse;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The deliveries already applied, by (source, X-Discourse-Event-Id). A delivery is remembered
 * after its effects are committed: every effect is an upsert or a delete, so a crash in between
 * only means the retried delivery applies the same state again, while remembering first would
 * lose a delivery whose effects then failed.
 */
@ApplicationScoped
class DeliveryLog {

    private final EntityManager em;

    DeliveryLog(EntityManager em) {
        this.em = em;
    }

    @Transactional
    boolean seen(String source, String eventId) {
        Number count = (Number)
                em.createNativeQuery("select count(*) from discourse_event where source = ?1 and event_id = ?2")
                        .setParameter(1, source)
                        .setParameter(2, eventId)
                        .getSingleResult();
        return count.longValue() > 0;
    }

    /**
     * Remembers a delivery. A concurrent copy of the same delivery that was remembered first makes
     * this throw a {@link jakarta.persistence.PersistenceException} (primary key).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void remember(String source, String eventId, String event) {
        em.createNativeQuery("insert into discourse_event (source, event_id, event, received_at)"
                        + " values (?1, ?2, ?3, ?4)")
                .setParameter(1, source)
                .setParameter(2, eventId)
                .setParameter(3, event)
                .setParameter(4, OffsetDateTime.ofInstant(Instant.now(), ZoneOffset.UTC))
                .executeUpdate();
    }
}
