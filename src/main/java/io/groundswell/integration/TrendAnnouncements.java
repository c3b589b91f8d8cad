package io.groundswell.integration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The (term, window) pairs announced already, in the database so a restart does not announce
 * them again. A pair is claimed before its message is sent and released if sending fails, so
 * concurrent nodes never both send it and a failed message is tried again at the next refresh.
 */
@ApplicationScoped
class TrendAnnouncements {

    private final EntityManager em;

    TrendAnnouncements(EntityManager em) {
        this.em = em;
    }

    /** Claims the keys not announced before for this window; returns those claimed now. */
    @Transactional
    Set<String> claim(String window, Collection<String> keys) {
        Set<String> known = new HashSet<>();
        if (!keys.isEmpty()) {
            List<?> rows = em.createNativeQuery(
                            "select term_key from trend_announcement where trend_window = :window and term_key in (:keys)")
                    .setParameter("window", window)
                    .setParameter("keys", keys)
                    .getResultList();
            rows.forEach(row -> known.add((String) row));
        }
        Set<String> claimed = new HashSet<>();
        OffsetDateTime now = OffsetDateTime.ofInstant(Instant.now(), ZoneOffset.UTC);
        for (String key : keys) {
            if (!known.contains(key) && claimed.add(key)) {
                em.createNativeQuery(
                                "insert into trend_announcement (term_key, trend_window, sent_at) values (?1, ?2, ?3)")
                        .setParameter(1, key)
                        .setParameter(2, window)
                        .setParameter(3, now)
                        .executeUpdate();
            }
        }
        return claimed;
    }

    @Transactional
    void release(String window, Collection<String> keys) {
        if (!keys.isEmpty()) {
            em.createNativeQuery("delete from trend_announcement where trend_window = :window and term_key in (:keys)")
                    .setParameter("window", window)
                    .setParameter("keys", keys)
                    .executeUpdate();
        }
    }
}
