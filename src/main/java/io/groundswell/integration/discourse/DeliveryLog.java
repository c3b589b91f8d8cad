package io.groundswell.integration.discourse;

import io.groundswell.integration.IntegrationsConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;

/**
 * The signed bodies delivered within the replay window, by (source, SHA-256 of the body): the body
 * is what the signature covers, while X-Discourse-Event-Id is not signed and could be changed by
 * whoever captured a delivery. A body is remembered after its effects are committed: every effect
 * is an upsert or a delete, so a crash in between only means the retried delivery applies the same
 * state again, while remembering first would lose a delivery whose effects then failed.
 */
@ApplicationScoped
class DeliveryLog {

    private final EntityManager em;
    private final Duration window;

    DeliveryLog(EntityManager em, IntegrationsConfig config) {
        this.em = em;
        this.window = config.discourse().replayWindow();
    }

    static String hash(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    @Transactional
    boolean seen(String source, String bodyHash) {
        Number count = (Number) em.createNativeQuery("select count(*) from discourse_delivery"
                        + " where source = ?1 and body_sha256 = ?2 and received_at >= ?3")
                .setParameter(1, source)
                .setParameter(2, bodyHash)
                .setParameter(3, utc(Instant.now().minus(window)))
                .getSingleResult();
        return count.longValue() > 0;
    }

    /**
     * Remembers a delivered body, and forgets those older than the window (among them an earlier
     * delivery of this body, which would collide). A concurrent copy of the same body that was
     * remembered first makes this throw a {@link jakarta.persistence.PersistenceException}.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void remember(String source, String bodyHash) {
        Instant now = Instant.now();
        em.createNativeQuery("delete from discourse_delivery where received_at < ?1")
                .setParameter(1, utc(now.minus(window)))
                .executeUpdate();
        em.createNativeQuery("insert into discourse_delivery (source, body_sha256, received_at) values (?1, ?2, ?3)")
                .setParameter(1, source)
                .setParameter(2, bodyHash)
                .setParameter(3, utc(now))
                .executeUpdate();
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
