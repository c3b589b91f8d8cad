package io.groundswell.search;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/**
 * The identity of this database for the search index, one row. The index records the epoch it
 * was built from; an index with another epoch belongs to another (or a wiped) database.
 */
@Entity
@Table(name = "index_state")
public class IndexState extends PanacheEntityBase {

    static final int SINGLE_ROW = 1;

    @Id
    public Integer id;

    @Column(nullable = false)
    public String epoch;

    /** The epoch of this database, created on first use. Must run in a transaction. */
    static String epoch() {
        IndexState state = findById(SINGLE_ROW);
        if (state == null) {
            state = new IndexState();
            state.id = SINGLE_ROW;
            state.epoch = UUID.randomUUID().toString();
            state.persistAndFlush();
        }
        return state.epoch;
    }
}
