package io.groundswell.identity;

import io.groundswell.identity.Roles.Role;
import io.groundswell.person.Person;
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
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** A person who signs in with a username and password (stored as a bcrypt hash). */
@Entity
@Table(name = "user_account")
public class UserAccount extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "user_account_seq")
    @SequenceGenerator(name = "user_account_seq", sequenceName = "user_account_seq", allocationSize = 50)
    public Long id;

    @Column(nullable = false, unique = true)
    public String username;

    @Column(name = "password_hash", nullable = false)
    public String passwordHash;

    /** Comma-separated role names as granted (not expanded). */
    @Column(nullable = false)
    public String roles;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "person_id")
    public Person person;

    @Column(nullable = false)
    public boolean enabled = true;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public Set<Role> grantedRoles() {
        Set<Role> granted = EnumSet.noneOf(Role.class);
        Arrays.stream(roles.split(","))
                .filter(s -> !s.isBlank())
                .map(Role::parse)
                .forEach(granted::add);
        return granted;
    }

    public void grant(Set<Role> granted) {
        roles = granted.stream().map(Role::wireName).sorted().collect(Collectors.joining(","));
    }

    public static Optional<UserAccount> findByUsername(String username) {
        return find("username", username).firstResultOptional();
    }
}
