package io.groundswell.person;

import io.agroal.api.AgroalDataSource;
import io.groundswell.person.PersonRows.Stored;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Finds people by key and creates or refreshes them as posts and ratings name them. Writers that
 * name the same new people at once (bulk clients sharing authors) must neither block each other nor
 * fail: people are written outside the caller's transaction, one auto-committed statement each, in
 * key order, and a lost race to create someone is simply someone found.
 */
@ApplicationScoped
public class PersonDirectory {

    /** What a post or rating says about a person; display name and department may be missing. */
    public record PersonRef(String key, String displayName, String department) {}

    private final AgroalDataSource dataSource;

    PersonDirectory(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Makes every referenced person exist with the display name and department of their last
     * reference, and returns their ids by key. Runs outside any transaction of the caller (which it
     * suspends): what it writes is committed when it returns, whatever becomes of the caller's.
     */
    public Map<String, Long> register(Collection<PersonRef> refs) {
        // Key order: two writers never hold person rows the other one waits for.
        SortedMap<String, PersonRef> latest = new TreeMap<>();
        for (PersonRef ref : refs) {
            latest.put(ref.key(), ref);
        }
        if (latest.isEmpty()) {
            return Map.of();
        }
        return QuarkusTransaction.suspendingExisting().call(() -> write(latest));
    }

    /**
     * Returns the person for every reference, as entities of the caller's transaction, after
     * {@link #register registering} them.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<String, Person> resolve(Collection<PersonRef> refs) {
        Map<String, Long> ids = register(refs);
        Map<String, Person> people = new HashMap<>();
        for (Person person : Person.findByKeys(ids.keySet())) {
            people.put(person.key, person);
        }
        return people;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Person resolve(PersonRef ref) {
        return resolve(List.of(ref)).get(ref.key());
    }

    private Map<String, Long> write(SortedMap<String, PersonRef> latest) {
        try (Connection connection = dataSource.getConnection()) {
            PersonRows rows = new PersonRows(connection);
            Map<String, Stored> stored = rows.find(new ArrayList<>(latest.keySet()));
            List<String> created = new ArrayList<>();
            List<String> lost = new ArrayList<>();
            Instant now = Instant.now();
            for (PersonRef ref : latest.values()) {
                Stored person = stored.get(ref.key());
                if (person != null) {
                    rows.refresh(person, ref);
                } else if (rows.insert(ref, now)) {
                    created.add(ref.key());
                } else {
                    lost.add(ref.key());
                }
            }
            Map<String, Stored> late = rows.find(lost);
            for (Map.Entry<String, Stored> person : late.entrySet()) {
                // Whoever created them first named them; this reference is as recent, so it names them now.
                rows.refresh(person.getValue(), latest.get(person.getKey()));
            }
            stored.putAll(late);
            stored.putAll(rows.find(created));
            Map<String, Long> ids = new HashMap<>();
            stored.forEach((key, person) -> ids.put(key, person.id()));
            return ids;
        } catch (SQLException e) {
            throw new PersistenceException("Could not store people: " + e.getMessage(), e);
        }
    }
}
