package io.groundswell.integration.imports;

import io.groundswell.identity.Caller;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * An import job. {@code done} counts the input lines (NDJSON) or rows (Stack Exchange) whose
 * effects are committed; the caller is kept as it was at submission, so a job resumed after a
 * restart stores exactly what its submitter was allowed to.
 */
@Entity
@Table(name = "import_job")
public class ImportJob extends PanacheEntityBase {

    public static final String NDJSON = "ndjson";
    public static final String STACKEXCHANGE = "stackexchange";
    public static final String RUNNING = "running";
    public static final String DONE = "done";
    public static final String FAILED = "failed";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "import_job_seq")
    @SequenceGenerator(name = "import_job_seq", sequenceName = "import_job_seq", allocationSize = 50)
    public Long id;

    @Column(nullable = false)
    public String format;

    @Column(nullable = false)
    public String status;

    @Column(name = "spool_path", nullable = false)
    public String spoolPath;

    /** Stack Exchange: the source of the imported posts, and the site's URL for post links. */
    public String source;

    @Column(name = "site_url")
    public String siteUrl;

    @Column(nullable = false)
    public long total;

    @Column(nullable = false)
    public long done;

    @Column(nullable = false)
    public long stored;

    @Column(nullable = false)
    public long ratings;

    @Column(name = "error_count", nullable = false)
    public long errorCount;

    /** Runs begun and not ended by a shutdown; a job that crashed the server counts each crash here. */
    @Column(nullable = false)
    public int starts;

    /** Why a failed job failed. */
    public String message;

    @Column(name = "caller_name", nullable = false)
    public String callerName;

    @Column(name = "caller_person_id")
    public Long callerPersonId;

    @Column(name = "caller_person_key")
    public String callerPersonKey;

    @Column(name = "caller_roles", nullable = false)
    public String callerRoles;

    @Column(name = "caller_scopes", nullable = false)
    public String callerScopes;

    @Column(name = "caller_sources", nullable = false)
    public String callerSources;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "finished_at")
    public Instant finishedAt;

    void submittedBy(Caller caller) {
        callerName = caller.name();
        callerPersonId = caller.personId();
        callerPersonKey = caller.personKey();
        callerRoles = String.join(",", caller.roles());
        callerScopes = String.join(",", caller.scopes());
        callerSources = String.join(",", caller.sources());
    }

    Caller caller() {
        return new Caller(
                callerName,
                callerPersonId,
                callerPersonKey,
                split(callerRoles),
                split(callerScopes),
                split(callerSources));
    }

    static List<ImportJob> findRunning() {
        return list("status = ?1 order by id", RUNNING);
    }

    private static Set<String> split(String joined) {
        Set<String> values = new LinkedHashSet<>();
        Arrays.stream(joined.split(",")).filter(v -> !v.isBlank()).forEach(values::add);
        return Set.copyOf(values);
    }
}
