package io.groundswell.post;

import io.groundswell.person.PersonChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import java.util.List;

/**
 * A person was renamed, moved or anonymised: their posts carry their name and department into the
 * search index, so each is announced as changed in the same transaction and indexed again.
 */
@ApplicationScoped
public class AuthorChanges {

    private final Event<PostChanged> changes;

    AuthorChanges(Event<PostChanged> changes) {
        this.changes = changes;
    }

    void onPersonChanged(@Observes PersonChanged change) {
        List<Long> posts = Post.getEntityManager()
                .createQuery("select p.id from Post p where p.author.id = :author", Long.class)
                .setParameter("author", change.personId())
                .getResultList();
        posts.forEach(id -> changes.fire(PostChanged.content(id)));
    }
}
