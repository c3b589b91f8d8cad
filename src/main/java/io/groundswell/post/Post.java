package io.groundswell.post;

import io.groundswell.person.Person;
import io.groundswell.system.Chunks;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A piece of content from an intranet system, unique by (source, externalId). */
@Entity
public class Post extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "post_seq")
    @SequenceGenerator(name = "post_seq", sequenceName = "post_seq", allocationSize = 50)
    public Long id;

    @Column(nullable = false)
    public String source;

    @Column(name = "external_id", nullable = false)
    public String externalId;

    public String url;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false, length = 1_000_000)
    public String body;

    @Enumerated(EnumType.STRING)
    @Column(name = "body_format", nullable = false)
    public BodyFormat bodyFormat;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id")
    public Person author;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @ElementCollection
    @CollectionTable(name = "post_tag", joinColumns = @JoinColumn(name = "post_id"))
    @Column(name = "tag")
    public Set<String> tags = new LinkedHashSet<>();

    /** Ratings that count (self-ratings excluded), maintained by the rating service. */
    @Column(name = "rating_count", nullable = false)
    public int ratingCount;

    @Column(name = "rating_sum", nullable = false)
    public int ratingSum;

    public static List<Post> findBySourceAndExternalIds(String source, Collection<String> externalIds) {
        return list("source = ?1 and externalId in ?2", source, externalIds);
    }

    /**
     * Loads posts with author and tags in one query, for indexing and for API responses. No
     * {@code distinct}: Hibernate 6 removes the duplicate roots of a fetch join itself, and a SQL
     * distinct would make the database sort every row by its whole body.
     */
    public static List<Post> findWithDetails(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return getEntityManager()
                .createQuery(
                        "select p from Post p join fetch p.author left join fetch p.tags where p.id in :ids",
                        Post.class)
                .setParameter("ids", ids)
                .getResultList();
    }

    /** What a link to a post shows. */
    public record Title(Long id, String title, String url) {}

    /** Titles and links of these posts, by id; posts that no longer exist are absent. */
    public static Map<Long, Title> findTitles(Collection<Long> ids) {
        Map<Long, Title> titles = new HashMap<>();
        Chunks.query(ids, chunk -> getEntityManager()
                        .createQuery("select p.id, p.title, p.url from Post p where p.id in :ids", Title.class)
                        .setParameter("ids", chunk)
                        .getResultList())
                .forEach(title -> titles.put(title.id(), title));
        return titles;
    }

    private record RatingColumns(Long id, Integer count, Integer sum) {}

    /** The rating summaries of these posts, by id; posts that no longer exist are absent. */
    public static Map<Long, RatingSummary> findRatingSummaries(Collection<Long> ids) {
        Map<Long, RatingSummary> summaries = new HashMap<>();
        Chunks.query(ids, chunk -> getEntityManager()
                        .createQuery(
                                "select p.id, p.ratingCount, p.ratingSum from Post p where p.id in :ids",
                                RatingColumns.class)
                        .setParameter("ids", chunk)
                        .getResultList())
                .forEach(row -> summaries.put(row.id(), RatingSummary.of(row.count(), row.sum())));
        return summaries;
    }

    /** How this post's ratings add up. */
    public RatingSummary ratingSummary() {
        return RatingSummary.of(ratingCount, ratingSum);
    }
}
