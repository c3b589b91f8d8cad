package io.groundswell.leadership;

import io.groundswell.person.PersonChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A version of who may be listed: it moves after every opt-out or opt-in commits, and after the
 * directory renamed, moved or anonymised someone, so a cache of
 * leader lists that keys on it never shows a list from before the change.
 */
@ApplicationScoped
public class Listings {

    private final AtomicLong version = new AtomicLong();

    public long version() {
        return version.get();
    }

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) ListingChanged change) {
        version.incrementAndGet();
    }

    void personChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) PersonChanged change) {
        version.incrementAndGet();
    }
}
