package io.groundswell.frontend;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.groundswell.testing.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The sign-in form when the server throttles password guessing: a plain sentence and a held button. */
@QuarkusTest
@TestProfile(SignInThrottleTest.MinuteLocks.class)
class SignInThrottleTest extends BrowserTest {

    /**
     * Locks of a minute: with the default first lock of one second, a slow machine could let the lock
     * end between two attempts, and the form would rightly show the wrong password instead.
     */
    public static class MinuteLocks implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("groundswell.sign-in.first-lock", "PT1M");
        }
    }

    /** More than the free failures per account (5 by default), so the last ones are throttled. */
    private static final int WRONG_ATTEMPTS = 8;

    @Test
    void shouldSayHowLongToWaitAndHoldTheButtonAfterTooManyAttempts() {
        for (boolean phone : List.of(false, true)) {
            Api.User user = Api.newEmployee();
            try (Dashboard dashboard = wideOrPhone(phone)) {
                Page page = dashboard.page();
                page.navigate(dashboard.url("/"));
                Locator submit = page.locator("form.signin button[type=submit]");
                page.locator("#username").fill(user.username());
                for (int i = 0; i < WRONG_ATTEMPTS && submit.isEnabled(); i++) {
                    page.locator("#password").fill("not the password " + i);
                    page.waitForResponse(
                            r -> r.url().endsWith("/api/session")
                                    && r.request().method().equals("POST"),
                            submit::click);
                    // The form holds its button while it reads the answer: wait until it has decided.
                    page.waitForCondition(
                            () -> submit.isEnabled() || submit.textContent().contains("("));
                }

                Locator message = page.locator(".signin-error");
                assertThat(message).hasAttribute("aria-live", "assertive");
                assertThat(message).hasText(Pattern.compile("^Too many attempts\\. Try again in \\d+ seconds?\\.$"));
                assertThat(submit).isDisabled();
                assertThat(submit).hasText(Pattern.compile("^Sign in \\(\\d+ s\\)$"));
                assertThat(page.locator("#nav")).isHidden();
                dashboard.screenshot("signin-throttled");
            }
        }
    }
}
