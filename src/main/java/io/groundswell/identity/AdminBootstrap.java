package io.groundswell.identity;

import io.groundswell.identity.Roles.Role;
import io.groundswell.person.PersonDirectory;
import io.groundswell.person.PersonDirectory.PersonRef;
import io.groundswell.system.GroundswellConfig;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.util.EnumSet;
import org.jboss.logging.Logger;

/**
 * Creates the first administrator, {@code admin}, on a database without one. The password comes
 * from {@code groundswell.admin.password}; when unset, a random one is generated and logged once.
 */
@ApplicationScoped
public class AdminBootstrap {

    private static final Logger LOG = Logger.getLogger(AdminBootstrap.class);
    public static final String ADMIN_USERNAME = "admin";

    void onStart(@Observes StartupEvent event, GroundswellConfig config, PersonDirectory people) {
        QuarkusTransaction.requiringNew().run(() -> {
            if (UserAccount.findByUsername(ADMIN_USERNAME).isPresent()) {
                return;
            }
            String password =
                    config.admin().password().filter(p -> !p.isBlank()).orElse(null);
            boolean generated = password == null;
            if (generated) {
                password = Secrets.randomToken(12);
            }
            UserAccount admin = new UserAccount();
            admin.username = ADMIN_USERNAME;
            admin.passwordHash = Secrets.hashPassword(password);
            admin.grant(EnumSet.of(Role.ADMIN));
            admin.person = people.resolve(new PersonRef(ADMIN_USERNAME, "Administrator", null));
            admin.createdAt = Instant.now();
            admin.persist();
            if (generated) {
                LOG.warnf(
                        "Created the administrator 'admin' with the generated password: %s"
                                + " (shown once; set GROUNDSWELL_ADMIN_PASSWORD to choose it)",
                        password);
            } else {
                LOG.info("Created the administrator 'admin' with the configured password.");
            }
        });
    }
}
