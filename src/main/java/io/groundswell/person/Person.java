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
 * Someone who writes or rates posts. The key is the stable id that intranet systems share (an
 * employee number or a directory username); display name and department follow the latest post.
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

    @Column(name = "opted_out", nullable = false)
    public boolean optedOut;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

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
}
