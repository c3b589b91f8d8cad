package io.groundswell.integration.imports;

import io.groundswell.person.Person;
import io.groundswell.post.Post;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a Stack Exchange import looks up in the database instead of holding in memory: the title
 * and tags of questions stored by earlier chunks, post ids by dump id, and the people to name.
 */
@ApplicationScoped
class StackExchangeStore {

    /** What an answer takes from its question. */
    record Question(String title, List<String> tags) {}

    @Transactional
    Map<String, Question> questions(String source, Collection<String> ids) {
        Map<String, Question> questions = new HashMap<>();
        if (!ids.isEmpty()) {
            Post.findBySourceAndExternalIds(source, ids)
                    .forEach(post -> questions.put(post.externalId, new Question(post.title, List.copyOf(post.tags))));
        }
        return questions;
    }

    @Transactional
    Map<String, Long> postIds(String source, Collection<String> ids) {
        Map<String, Long> posts = new HashMap<>();
        if (!ids.isEmpty()) {
            Post.findBySourceAndExternalIds(source, ids).forEach(post -> posts.put(post.externalId, post.id));
        }
        return posts;
    }

    /** Gives the people with these keys their display names; keys of people not stored are ignored. */
    @Transactional
    void name(Map<String, String> displayNames) {
        Person.findByKeys(displayNames.keySet()).forEach(person -> person.displayName = displayNames.get(person.key));
    }
}
