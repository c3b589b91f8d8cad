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
}
