package io.groundswell.integration.feed;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import java.time.Instant;

/** A registered RSS or Atom feed, with the validators of its last answer for conditional GET. */
@Entity
public class Feed extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "feed_seq")
    @SequenceGenerator(name = "feed_seq", sequenceName = "feed_seq", allocationSize = 50)
    public Long id;

    @Column(nullable = false)
    public String url;

    /** The source of its posts; also the author of entries that name none. */
    @Column(nullable = false)
    public String source;

    /** The feed's own title, as last read. */
    public String title;

    public String etag;

    @Column(name = "last_modified")
    public String lastModified;

    @Column(name = "last_polled_at")
    public Instant lastPolledAt;

    @Column(name = "last_status")
    public Integer lastStatus;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
