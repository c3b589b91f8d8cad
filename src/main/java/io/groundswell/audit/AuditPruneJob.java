package io.groundswell.audit;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/** Deletes audit events older than {@code groundswell.audit.retention}, every so often. */
@ApplicationScoped
public class AuditPruneJob {

    private static final Logger LOG = Logger.getLogger(AuditPruneJob.class);

    private final AuditLog log;

    AuditPruneJob(AuditLog log) {
        this.log = log;
    }

    @Scheduled(every = "${groundswell.audit.prune-every:1h}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void prune() {
        long deleted = log.prune();
        if (deleted > 0) {
            LOG.infof("Deleted %d audit events past their retention.", deleted);
        }
    }
}
