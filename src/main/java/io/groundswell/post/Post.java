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
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.dialect.H2Dialect;
import org.hibernate.engine.spi.SessionFactoryImplementor;

/** A piece of content from an intranet system, unique by (source, externalId). */
@Entity
public class Post extends PanacheEntityBase {

    /** Keys per query: well within what H2 and PostgreSQL accept as parameters. */
    private static final int MAX_KEYS_PER_QUERY = 512;

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

    /** The key of the thread this post replies in, within its source; null when it is a thread of its own. */
    public String thread;

    @Enumerated(EnumType.STRING)
    public PostKind kind;

    /** Ratings that count (self-ratings excluded), maintained by the rating service. */
    @Column(name = "rating_count", nullable = false)
    public int ratingCount;

    @Column(name = "rating_sum", nullable = false)
    public int ratingSum;

    /**
     * Posts by their keys, each looked up in the unique index on (source, external_id). H2 uses an
     * index for an IN list only on the index's first column: {@code source = ? and external_id in
     * (...)} read every post of the source (14,825 rows for 5 ids at 20,000 posts), so on H2 the
     * keys are compared as pairs. PostgreSQL reads the IN list through the index, but plans pairs as
     * one index scan per key: 25–45 ms of planning for 256 keys against 0.2 ms.
     */
    public static List<Post> findBySourceAndExternalIds(String source, Collection<String> externalIds) {
        // Distinct: a key repeated in two queries would return its post twice.
        List<String> ids = List.copyOf(new LinkedHashSet<>(externalIds));
        boolean pairs = getEntityManager()
                        .getEntityManagerFactory()
                        .unwrap(SessionFactoryImplementor.class)
                        .getJdbcServices()
                        .getDialect()
                instanceof H2Dialect;
        List<Post> found = new ArrayList<>(ids.size());
        for (int from = 0; from < ids.size(); from += MAX_KEYS_PER_QUERY) {
            List<String> part = ids.subList(from, Math.min(ids.size(), from + MAX_KEYS_PER_QUERY));
            found.addAll(pairs ? findByPairs(source, part) : list("source = ?1 and externalId in ?2", source, part));
        }
        return found;
    }

    private static List<Post> findByPairs(String source, List<String> ids) {
        // Padded to a power of two by repeating the last key, so that ten query plans serve every size.
        int size = ids.size() <= 1 ? 1 : Integer.highestOneBit(ids.size() - 1) << 1;
        StringBuilder hql = new StringBuilder("from Post p where (p.source, p.externalId) in (");
        for (int i = 0; i < size; i++) {
            hql.append(i == 0 ? "" : ", ").append("(:source, :id").append(i).append(')');
        }
        var query = getEntityManager().createQuery(hql.append(')').toString(), Post.class);
        query.setParameter("source", source);
        for (int i = 0; i < size; i++) {
            query.setParameter("id" + i, ids.get(Math.min(i, ids.size() - 1)));
        }
        return query.getResultList();
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

    /** The posts of {@link #findWithDetails}, by id: for search hits, which name their posts by id. */
    public static Map<Long, Post> findWithDetailsById(Collection<Long> ids) {
        Map<Long, Post> posts = new HashMap<>();
        for (Post post : findWithDetails(ids)) {
            posts.put(post.id, post);
        }
        return posts;
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

    /** The key the posts of this post's thread share: the thread it names, or its own external id. */
    public String threadKey() {
        return thread == null ? externalId : thread;
    }

    /**
     * Whether the title only repeats the thread's: an answer or comment in another post's thread
     * (a Stack Exchange answer titled after its question, a forum reply after its topic), or a
     * post there of no stated kind titled "Re: ..." (a mail reply).
     */
    public boolean inheritsTitle() {
        if (thread == null || thread.equals(externalId)) {
            return false;
        }
        return kind == null ? title.regionMatches(true, 0, "re:", 0, 3) : kind.isReply();
    }

    /** How this post's ratings add up. */
    public RatingSummary ratingSummary() {
        return RatingSummary.of(ratingCount, ratingSum);
    }
}
