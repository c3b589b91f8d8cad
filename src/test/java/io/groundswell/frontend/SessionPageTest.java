package io.groundswell.frontend;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Cookie;
import io.groundswell.testing.Api;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Signed in, the dashboard holds a server session in an HttpOnly cookie: no password or token in
 * web storage or within reach of page scripts, and signing out ends it so that a reload asks again.
 */
@QuarkusTest
class SessionPageTest extends BrowserTest {

    private static final String COOKIE = "groundswell_session";

    @Test
    void shouldKeepNoCredentialsWithinReachOfPageScripts() {
        Api.User user = Api.newEmployee();
        try (Dashboard dashboard = wideAs(user)) {
            Page page = dashboard.page();

            String stored = (String)
                    page.evaluate("() => JSON.stringify({...sessionStorage}) + JSON.stringify({...localStorage})");
            assertThat(stored).doesNotContain(user.password()).doesNotContain(user.username());
            assertThat(stored).doesNotContainIgnoringCase("credential");
            assertThat((String) page.evaluate("() => document.cookie")).doesNotContain(COOKIE);
            List<Cookie> cookies = page.context().cookies();
            assertThat(cookies)
                    .filteredOn(c -> c.name.equals(COOKIE))
                    .singleElement()
                    .satisfies(c -> {
                        assertThat(c.httpOnly).isTrue();
                        assertThat(c.path).isEqualTo("/");
                        assertThat(c.sameSite.name()).isEqualTo("STRICT");
                        assertThat(c.value).doesNotContain(user.password());
                    });

            page.reload();
            assertThat(page.locator("#nav .nav-link").first()).isVisible();
            dashboard.assertNoConsoleErrors();
        }
    }

    @Test
    void shouldAskToSignInAgainAfterSigningOutAndReloading() {
        Api.User user = Api.newEmployee();
        try (Dashboard dashboard = wideAs(user)) {
            Page page = dashboard.page();
            String token = page.context().cookies().stream()
                    .filter(c -> c.name.equals(COOKIE))
                    .findFirst()
                    .orElseThrow()
                    .value;

            page.locator("#sign-out").click();
            assertThat(page.locator("form.signin")).isVisible();
            page.reload();

            assertThat(page.locator("form.signin")).isVisible();
            assertThat(page.locator("#nav")).isHidden();
            assertThat(page.context().cookies()).noneMatch(c -> c.name.equals(COOKIE));
            // Ended on the server too, not only forgotten by the browser.
            io.restassured.RestAssured.given()
                    .cookie(COOKIE, token)
                    .get("/api/me")
                    .then()
                    .statusCode(401);
            dashboard.assertNoConsoleErrors();
        }
    }
}
