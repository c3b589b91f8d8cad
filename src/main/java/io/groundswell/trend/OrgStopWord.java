package io.groundswell.trend;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A word of the organisation's own stop list, kept out of every trend and cloud. */
@Entity
@Table(name = "org_stop_word")
public class OrgStopWord extends PanacheEntityBase {

    @Id
    public String word;

    @Column(name = "added_by", nullable = false)
    public String addedBy;

    @Column(name = "added_at", nullable = false)
    public Instant addedAt;
}
