package io.groundswell.leadership;

import io.groundswell.rating.Rating;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;

/**
 * Reads the ratings of given posts, never anyone else's: the post ids come from the index, and
 * the database answers through its foreign-key index on {@code rating.post_id}, a chunk of ids at
 * a time. Self-ratings are left out by the query itself, so nothing downstream can count them.
 */
@ApplicationScoped
class PeerRatings {

    /** One rating by someone other than the post's author. Never leaves the server. */
    record Row(long postId, long rater, int stars, String raterDepartment) {}

    @Transactional(Transactional.TxType.MANDATORY)
    List<Row> of(Collection<Long> postIds) {
        return Rating.findPeerRatings(postIds).stream()
                .map(r -> new Row(r.postId(), r.raterId(), r.stars(), r.raterDepartment()))
                .toList();
    }
}
