package io.groundswell.leadership;

import io.groundswell.rating.Rating;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Reads the ratings of given posts, never anyone else's: the post ids come from the index, and
 * the database answers through its foreign-key index on {@code rating.post_id}, a chunk of ids at
 * a time. Self-ratings are left out by the query itself, so nothing downstream can count them.
 */
@ApplicationScoped
class PeerRatings {

    /** Ids per IN list: well within what H2 and PostgreSQL accept, few round trips. */
    static final int CHUNK = 1000;

    /** One rating by someone other than the post's author. Never leaves the server. */
    record Row(long postId, long rater, int stars, String raterDepartment) {}

    @Transactional(Transactional.TxType.MANDATORY)
    List<Row> of(Collection<Long> postIds) {
        List<Long> ids = List.copyOf(postIds);
        List<Row> rows = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<Object[]> chunk = Rating.getEntityManager()
                    .createQuery(
                            "select p.id, rater.id, r.stars, rater.department from Rating r"
                                    + " join r.post p join r.rater rater"
                                    + " where p.id in :ids and rater.id <> p.author.id",
                            Object[].class)
                    .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + CHUNK)))
                    .getResultList();
            for (Object[] row : chunk) {
                rows.add(new Row(
                        ((Number) row[0]).longValue(),
                        ((Number) row[1]).longValue(),
                        ((Number) row[2]).intValue(),
                        (String) row[3]));
            }
        }
        return rows;
    }
}
