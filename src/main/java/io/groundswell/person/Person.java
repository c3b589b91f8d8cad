package io.groundswell.person;

import io.groundswell.system.Chunks;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Someone who writes or rates posts. An account holder's key is their username and their name and
 * department are the directory's ({@link #managed}); a person an API key names is keyed
 * {@code <source>:<id>} (see {@link #keyInSource}) and named as that source last said.
 */
@Entity
public class Person extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "person_seq")
    @SequenceGenerator(name = "person_seq", sequenceName = "person_seq", allocationSize = 50)
    public Long id;

    @Column(name = "person_key", nullable = false, unique = true)
    public String key;

    @Column(name = "display_name", nullable = false)
    public String displayName;

    public String department;

    /** Linked to an account: name and department are the directory's, never a post's or rating's. */
    @Column(nullable = false)
    public boolean managed;

    @Column(name = "opted_out", nullable = false)
    public boolean optedOut;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /**
     * The key of the person a source's integration calls {@code id}: prefixed with the source, so it
     * can never be an account holder's (usernames have no ':'), unless the id already carries it.
     */
    public static String keyInSource(String source, String id) {
        String prefix = source + ':';
        return id.startsWith(prefix) ? id : prefix + id;
    }

    public static Optional<Person> findByKey(String key) {
        return find("key", key).firstResultOptional();
    }

    public static List<Person> findByKeys(Collection<String> keys) {
        return Chunks.query(keys, chunk -> list("key in ?1", chunk));
    }

    private record DepartmentSize(String department, Long people) {}

    /** How many people each of these departments has; departments without anyone are absent. */
    public static Map<String, Long> countByDepartment(Collection<String> departments) {
        Map<String, Long> sizes = new HashMap<>();
        Chunks.query(departments, chunk -> getEntityManager()
                        .createQuery(
                                "select p.department, count(p) from Person p where p.department in :departments"
                                        + " group by p.department",
                                DepartmentSize.class)
                        .setParameter("departments", chunk)
                        .getResultList())
                .forEach(size -> sizes.put(size.department(), size.people()));
        return sizes;
    }

    /** Whether a department has at least this many people: the privacy rule for figures about it. */
    public static boolean hasAtLeast(String department, int people) {
        return department != null && countByDepartment(List.of(department)).getOrDefault(department, 0L) >= people;
    }
}
