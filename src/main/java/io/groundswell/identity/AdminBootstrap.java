package io.groundswell.identity;

import io.groundswell.identity.Roles.Role;
import io.groundswell.person.PersonDirectory;
import io.groundswell.person.PersonDirectory.PersonRef;
import io.groundswell.system.GroundswellConfig;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import org.jboss.logging.Logger;

/**
 * Creates the first administrator, {@code admin}, on a database without one. The password comes
 * from {@code groundswell.admin.password}; when unset, a random one is generated and written to a
 * file in the data directory that only the account running Groundswell may read, and must be
 * changed at the first sign-in (see {@link PasswordChangeGate}).
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
            admin.person = people.enrol(new PersonRef(ADMIN_USERNAME, "Administrator", null));
            admin.createdAt = Instant.now();
            // A generated password has been in a file; its holder must choose their own first.
            admin.passwordChangeRequired = generated;
            admin.persist();
            if (generated) {
                announceGenerated(password, config.dataDir());
            } else {
                LOG.info("Created the administrator 'admin' with the configured password.");
                String configured = password;
                PasswordPolicy.problemWith(ADMIN_USERNAME, configured)
                        .ifPresent(reason -> LOG.warnf(
                                "The configured administrator password %s; change it with PUT /api/me/password",
                                reason));
            }
        });
    }

    /**
     * Hands the generated password over in a file only this account may read, not in the log, which
     * log collectors copy to where more people read it. Only if the file cannot be written is the
     * password logged, since without it nobody could ever sign in as admin.
     */
    private static void announceGenerated(String password, Path dataDir) {
        try {
            Path file = AdminPasswordFile.write(dataDir, password);
            LOG.warnf(
                    "Created the administrator 'admin' with a generated password, written to %s (readable by"
                            + " this account only). Sign in, change it with PUT /api/me/password, then delete"
                            + " the file.",
                    file.toAbsolutePath());
        } catch (IOException e) {
            LOG.warnf(
                    "Created the administrator 'admin' with the generated password: %s (it could not be written"
                            + " to the data directory: %s; change it with PUT /api/me/password)",
                    password, e.getMessage());
        }
    }
}
