package io.groundswell.frontend;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import io.groundswell.system.GroundswellConfig;
import io.groundswell.testing.OwnDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Signed in with the generated password, the administrator sees only the change-password form until it is changed. */
@QuarkusTest
@TestProfile(GeneratedPasswordPageTest.OwnGeneratedPassword.class)
class GeneratedPasswordPageTest extends BrowserTest {

    /**
     * No configured administrator password, and a database of its own (not shared with the API test
     * of the same rule, which changes its administrator's password).
     */
    public static class OwnGeneratedPassword implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> overrides = new HashMap<>(OwnDatabase.named("generated_admin_page"));
            overrides.put("groundswell.admin.password", "");
            return overrides;
        }
    }

    @Inject
    GroundswellConfig config;

    @Test
    void shouldHoldTheAdministratorToTheChangePasswordFormUntilTheGeneratedPasswordIsChanged() throws IOException {
        String generated =
                Files.readString(config.dataDir().resolve("admin-password.txt")).strip();
        String chosen = "a password of my own choosing";
        try (Dashboard dashboard = wide().signIn("admin", generated)) {
            Page page = dashboard.page();
            assertThat(page).hasURL(Pattern.compile("#/account$"));
            assertThat(page.getByTestId("password-change-required")).isVisible();
            dashboard.open("#/admin");
            assertThat(page).hasURL(Pattern.compile("#/account$"));
            dashboard.screenshot("password-change-required");

            page.getByLabel("Current password").fill(generated);
            page.getByLabel("New password", new Page.GetByLabelOptions().setExact(true))
                    .fill(chosen);
            page.getByLabel("Confirm new password").fill(chosen);
            page.locator("form.account-form button[type=submit]").click();

            assertThat(page).hasURL(Pattern.compile("#/overview$"));
            dashboard.open("#/admin");
            assertThat(page.getByTestId("users")).containsText("Administrator");
            assertThat(page.getByTestId("password-change-required")).hasCount(0);
            dashboard.assertNoConsoleErrors();
        }
    }
}
