package io.groundswell.search;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * A post whose search document is out of date. Written in the transaction of the change, deleted
 * after the Lucene commit that contains the change.
 */
@Entity
@Table(name = "index_queue")
public class IndexQueueEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "index_queue_seq")
    @SequenceGenerator(name = "index_queue_seq", sequenceName = "index_queue_seq", allocationSize = 50)
    public Long id;

    @Column(name = "post_id", nullable = false)
    public long postId;

    @Column(name = "enqueued_at", nullable = false)
    public Instant enqueuedAt;

    /** Only the rating summary changed: the document's rating doc values are updated in place. */
    @Column(name = "rating_only", nullable = false)
    public boolean ratingOnly;

    static IndexQueueEntry of(long postId, boolean ratingOnly) {
        IndexQueueEntry entry = new IndexQueueEntry();
        entry.postId = postId;
        entry.ratingOnly = ratingOnly;
        entry.enqueuedAt = Instant.now();
        return entry;
    }

    /** The oldest entries, by id. */
    static List<IndexQueueEntry> oldest(int limit) {
        return find("order by id").range(0, limit - 1).list();
    }

    static long deleteByIds(Collection<Long> ids) {
        return ids.isEmpty() ? 0 : delete("id in ?1", ids);
    }
}
