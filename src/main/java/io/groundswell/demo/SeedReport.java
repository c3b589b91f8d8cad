package io.groundswell.demo;

import java.time.Duration;
import java.util.List;

/**
 * What a run of the {@link DemoSeeder} did.
 *
 * @param seeded false when demo mode is off or the database already held posts
 * @param accounts the demo accounts created; their usernames are person keys of the corpus
 */
public record SeedReport(boolean seeded, int posts, int ratings, List<Account> accounts, Duration took) {

    /** A demo account and its role; the password is {@code groundswell.demo.password}. */
    public record Account(String username, String role) {}

    static SeedReport nothing() {
        return new SeedReport(false, 0, 0, List.of(), Duration.ZERO);
    }
}
