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
import org.jboss.logging.Logger;

/**
 * Finds people by key and creates or refreshes them as posts and ratings name them. Writers that
 * name the same new people at once (bulk clients sharing authors) must neither block each other nor
 * fail: people are written outside the caller's transaction, one auto-committed statement each, in
 * key order, created by the database's own upsert, and a lost race to create someone is simply
 * someone found.
 */
@ApplicationScoped
public class PersonDirectory {

    /** What a post or rating says about a person; display name and department may be missing. */
    public record PersonRef(String key, String displayName, String department) {}

    private static final Logger LOG = Logger.getLogger(PersonDirectory.class);

    /** Rounds of creating people before giving up: a lost race is retried once. */
    private static final int ATTEMPTS = 2;

    /** The name shown for the posts of a person whose account was deleted. */
    public static final String FORMER_MEMBER = "Former member";

    private final AgroalDataSource dataSource;

    PersonDirectory(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Makes every referenced person exist with the display name and department of their last
     * reference (account holders keep the directory's), and returns their ids by key. Runs outside any transaction of the caller (which it
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

    /**
     * The person an account is linked to, named as the directory says: from now on posts and
     * ratings no longer change their name or department.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Person enrol(PersonRef ref) {
        Person person = resolve(ref);
        if (ref.displayName() != null) {
            person.displayName = ref.displayName();
        }
        if (ref.department() != null) {
            person.department = ref.department();
        }
        person.managed = true;
        return person;
    }

    /**
     * Removes what names a person whose account was deleted: a key no one can address, a neutral
     * name, no department (so they no longer count towards its size), and out of every list of
     * people. Their posts and ratings keep pointing to the same row, so summaries, trends and the
     * rule that self-ratings do not count stay as they were.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void anonymise(Person person, String newKey) {
        person.key = newKey;
        person.displayName = FORMER_MEMBER;
        person.department = null;
        person.managed = false;
        person.optedOut = true;
    }

    private Map<String, Long> write(SortedMap<String, PersonRef> latest) {
        try (Connection connection = dataSource.getConnection()) {
            PersonRows rows = new PersonRows(connection);
            Map<String, Stored> stored = rows.find(new ArrayList<>(latest.keySet()));
            for (PersonRef ref : latest.values()) {
                Stored person = stored.get(ref.key());
                if (person != null) {
                    rows.refresh(person, ref);
                }
            }
            List<String> missing = missingFrom(stored, latest.keySet());
            for (int attempt = 1; !missing.isEmpty(); attempt++) {
                if (attempt > ATTEMPTS) {
                    throw new PersistenceException("Could not store " + missing.size() + " people, among them "
                            + missing.get(0) + ": they vanished as soon as they were created");
                }
                if (attempt > 1) {
                    LOG.infof("%d people were gone right after they were created; creating them again", missing.size());
                }
                stored.putAll(create(rows, missing, latest));
                missing = missingFrom(stored, missing);
            }
            Map<String, Long> ids = new HashMap<>();
            stored.forEach((key, person) -> ids.put(key, person.id()));
            return ids;
        } catch (SQLException e) {
            throw new PersistenceException("Could not store people: " + e.getMessage(), e);
        }
    }

    /** Creates these people, in key order, and returns those now stored, whoever created them. */
    private static Map<String, Stored> create(PersonRows rows, List<String> keys, Map<String, PersonRef> latest)
            throws SQLException {
        Instant now = Instant.now();
        List<String> lost = new ArrayList<>();
        for (String key : keys) {
            if (!rows.insert(latest.get(key), now)) {
                lost.add(key);
            }
        }
        Map<String, Stored> found = rows.find(keys);
        for (String key : lost) {
            Stored person = found.get(key);
            if (person != null) {
                // Whoever created them first named them; this reference is as recent, so it names them now.
                rows.refresh(person, latest.get(key));
            }
        }
        return found;
    }

    private static List<String> missingFrom(Map<String, Stored> stored, Collection<String> keys) {
        return keys.stream().filter(key -> !stored.containsKey(key)).sorted().toList();
    }
}
