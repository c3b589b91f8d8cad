package io.groundswell.frontend;

import io.groundswell.demo.DemoSeeder;
import io.groundswell.demo.SeedReport;
import io.groundswell.testing.Api;
import jakarta.inject.Inject;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;

/**
 * A browser test over the seeded demo organisation (its classes run with {@link
 * DemoDashboardProfile}), signed in as its leader or one of its employees.
 */
abstract class DemoBrowserTest extends BrowserTest {

    @Inject
    DemoSeeder seeder;

    Api.User leader;
    Api.User employee;

    @BeforeEach
    void awaitDemoData() throws Exception {
        SeedReport report = seeder.completion().get(3, TimeUnit.MINUTES);
        leader = DemoData.account(report, "leader");
        employee = DemoData.account(report, "employee");
        DemoData.awaitSearchableAndTrending(leader, DemoDashboardProfile.POSTS, 10);
    }
}
