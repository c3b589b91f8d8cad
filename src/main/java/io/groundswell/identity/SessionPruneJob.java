package io.groundswell.identity;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/** Deletes expired dashboard sessions every so often, so that the table holds only live ones. */
@ApplicationScoped
public class SessionPruneJob {

    private static final Logger LOG = Logger.getLogger(SessionPruneJob.class);

    private final Sessions sessions;

    SessionPruneJob(Sessions sessions) {
        this.sessions = sessions;
    }

    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void prune() {
        long deleted = sessions.deleteExpired();
        if (deleted > 0) {
            LOG.debugf("Deleted %d expired sessions.", deleted);
        }
    }
}
