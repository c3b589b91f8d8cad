package io.groundswell.person;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/** Finds people by key and creates or refreshes them as posts and ratings name them. */
@ApplicationScoped
public class PersonDirectory {

    /** What a post or rating says about a person; display name and department may be missing. */
    public record PersonRef(String key, String displayName, String department) {}

    /**
     * Returns the person for every reference, creating missing ones and updating names and
     * departments that changed. Must run inside the caller's transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<String, Person> resolve(Collection<PersonRef> refs) {
        Map<String, PersonRef> latest = new HashMap<>();
        for (PersonRef ref : refs) {
            latest.put(ref.key(), ref);
        }
        Map<String, Person> people = new HashMap<>();
        for (Person person : Person.findByKeys(latest.keySet())) {
            people.put(person.key, person);
        }
        for (PersonRef ref : latest.values()) {
            Person person = people.get(ref.key());
            if (person == null) {
                person = new Person();
                person.key = ref.key();
                person.displayName = ref.displayName() == null ? ref.key() : ref.displayName();
                person.department = ref.department();
                person.createdAt = Instant.now();
                person.persist();
                people.put(person.key, person);
            } else {
                refresh(person, ref);
            }
        }
        return people;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Person resolve(PersonRef ref) {
        return resolve(java.util.List.of(ref)).get(ref.key());
    }

    private static void refresh(Person person, PersonRef ref) {
        if (ref.displayName() != null && !Objects.equals(person.displayName, ref.displayName())) {
            person.displayName = ref.displayName();
        }
        if (ref.department() != null && !Objects.equals(person.department, ref.department())) {
            person.department = ref.department();
        }
    }
}
