package io.groundswell.rating;

import io.groundswell.person.Person;
import io.groundswell.post.Post;
import io.groundswell.system.Chunks;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** One person's stars for one post. Who rated what is never shown to anyone but the rater. */
@Entity
public class Rating extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rating_seq")
    @SequenceGenerator(name = "rating_seq", sequenceName = "rating_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "post_id")
    public Post post;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "rater_id")
    public Person rater;

    @Column(nullable = false)
    public short stars;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    static Optional<Rating> findByPostAndRater(Post post, Person rater) {
        return find("post = ?1 and rater = ?2", post, rater).firstResultOptional();
    }

    /**
     * These raters' ratings of these posts: only theirs, not every rating of a popular post. For
     * batches, whose posts and raters are a chunk's worth.
     */
    static List<Rating> findByPostsAndRaters(Collection<Long> postIds, Collection<Person> raters) {
        return list("post.id in ?1 and rater in ?2", postIds, raters);
    }

    /** One rating of a post by someone other than its author. Never leaves the server. */
    public record PeerRating(Long postId, Long raterId, Short stars, String raterDepartment) {}

    /**
     * The ratings of these posts by others than their authors: self-ratings are left out by the
     * query itself, so nothing downstream can count them. Uses the index on {@code rating.post_id}.
     */
    public static List<PeerRating> findPeerRatings(Collection<Long> postIds) {
        return Chunks.query(postIds, ids -> getEntityManager()
                .createQuery(
                        "select p.id, rater.id, r.stars, rater.department from Rating r"
                                + " join r.post p join r.rater rater"
                                + " where p.id in :ids and rater.id <> p.author.id",
                        PeerRating.class)
                .setParameter("ids", ids)
                .getResultList());
    }

    /** A rating as the rater sees it in their own list, with the post it is for. */
    public record GivenRating(Long postId, String title, String url, Short stars, Instant updatedAt) {}

    /** A page of the ratings one person gave, newest first. */
    public static List<GivenRating> findGivenBy(long raterId, int offset, int limit) {
        return getEntityManager()
                .createQuery(
                        "select p.id, p.title, p.url, r.stars, r.updatedAt from Rating r join r.post p"
                                + " where r.rater.id = :rater order by r.updatedAt desc, r.id desc",
                        GivenRating.class)
                .setParameter("rater", raterId)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    /** The ratings one person gave to any of these posts, in no particular order. */
    public static List<GivenRating> findGivenBy(long raterId, Collection<Long> postIds) {
        return Chunks.query(postIds, ids -> getEntityManager()
                .createQuery(
                        "select p.id, p.title, p.url, r.stars, r.updatedAt from Rating r join r.post p"
                                + " where r.rater.id = :rater and p.id in :ids",
                        GivenRating.class)
                .setParameter("rater", raterId)
                .setParameter("ids", ids)
                .getResultList());
    }

    /** A post waiting for ratings, with its author and rating columns. */
    public record Unrated(
            Long id,
            String title,
            String source,
            Instant createdAt,
            String authorKey,
            String authorName,
            String department,
            Integer ratingCount,
            Integer ratingSum) {}

    /**
     * The newest posts of a department since an instant that have fewer than {@code fewerThan}
     * ratings, neither written nor rated by this person. Walks the index on {@code post.created_at}
     * backwards from now, so it reads only the window's posts.
     */
    public static List<Unrated> findUnratedBy(
            long personId, String department, Instant since, int fewerThan, int limit) {
        return getEntityManager()
                .createQuery(
                        "select p.id, p.title, p.source, p.createdAt, a.key, a.displayName, a.department,"
                                + " p.ratingCount, p.ratingSum from Post p join p.author a"
                                + " where a.department = :department and a.id <> :person"
                                + " and p.createdAt >= :since and p.ratingCount < :few"
                                + " and not exists (select r.id from Rating r where r.post = p"
                                + " and r.rater.id = :person)"
                                + " order by p.createdAt desc, p.id desc",
                        Unrated.class)
                .setParameter("department", department)
                .setParameter("person", personId)
                .setParameter("since", since)
                .setParameter("few", fewerThan)
                .setMaxResults(limit)
                .getResultList();
    }
    /** How many ratings each rater gave in a window to posts of a slice; self-ratings left out. */
    public record RaterActivity(String raterKey, Long ratings) {}

    /**
     * Who rated posts of a slice in [from, to), and how often: the posts may be older than the
     * window, a rating counts when it was given. Null filters do not filter; {@code tag} is lower case.
     */
    public static List<RaterActivity> findActivity(
            Instant from, Instant to, String department, String source, String tag, String author) {
        StringBuilder jpql = new StringBuilder("select rater.key, count(r) from Rating r join r.post p join p.author a"
                + " join r.rater rater where r.createdAt >= :from and r.createdAt < :to and rater.id <> a.id");
        if (department != null) {
            jpql.append(" and a.department = :department");
        }
        if (source != null) {
            jpql.append(" and p.source = :source");
        }
        if (author != null) {
            jpql.append(" and a.key = :author");
        }
        if (tag != null) {
            jpql.append(
                    " and exists (select t from Post tagged join tagged.tags t where tagged = p and lower(t) = :tag)");
        }
        var query = getEntityManager()
                .createQuery(jpql.append(" group by rater.key").toString(), RaterActivity.class)
                .setParameter("from", from)
                .setParameter("to", to);
        if (department != null) {
            query.setParameter("department", department);
        }
        if (source != null) {
            query.setParameter("source", source);
        }
        if (author != null) {
            query.setParameter("author", author);
        }
        if (tag != null) {
            query.setParameter("tag", tag);
        }
        return query.getResultList();
    }
}
