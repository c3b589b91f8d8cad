package io.groundswell.frontend;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ColorScheme;
import com.microsoft.playwright.options.WaitForSelectorState;
import io.groundswell.testing.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * No critical or serious axe-core violations on every view the demo's people use, at desktop and
 * phone size, in the light and the dark colour scheme.
 */
@QuarkusTest
@TestProfile(DemoDashboardProfile.class)
class AccessibilityTest extends DemoBrowserTest {

    @Test
    void shouldHaveNoSeriousViolationsOnTheEmployeesHomeAndAccountPage() {
        for (boolean phone : List.of(false, true)) {
            try (Dashboard dashboard = wideOrPhone(phone).signIn(employee)) {
                Page page = dashboard.page();
                assertThat(page.locator("[data-testid=cloud] .cloud-image")).isVisible();
                assertThat(page.locator("[data-testid=top-posts] .post-row").first())
                        .isVisible();
                assertThat(Accessibility.seriousViolations(page)).as("home").isEmpty();

                page.locator("#account-name").click();
                assertThat(page.locator("form.account-form")).isVisible();
                assertThat(Accessibility.seriousViolations(page)).as("account").isEmpty();
            }
        }
    }

    /** A view to check: its address, and what shows once it has loaded. */
    private record View(String name, String hash, String loaded) {}

    @Test
    void shouldHaveNoSeriousViolationsOnTheLeadersViewsInLightAndDark() {
        long post = DemoData.postNotBy(leader);
        String topic = leader.given()
                .get("/api/trends?window=7d&limit=1")
                .then()
                .extract()
                .path("terms[0].key");
        List<View> views = List.of(
                new View("overview", "#/overview", "[data-testid=headline-figures]"),
                new View("overview of the organisation", "#/overview?scope=org", "[data-testid=trends] .trend-row"),
                new View("search", "#/search?q=meeting", ".hit"),
                new View("topic", "#/topic/" + topic + "?window=7d", "[data-testid=topic-posts] .post-row"),
                new View("post", "#/post/" + post, "[data-testid=rating-summary]"),
                new View("person", "#/me", ".post-list .post-row"));
        assertThat(violations(leader, views)).isEmpty();
    }

    @Test
    void shouldHaveNoSeriousViolationsOnTheAdminPageInLightAndDark() {
        List<View> views = List.of(new View("admin", "#/admin", "[data-testid=users] tbody tr"));
        assertThat(violations(Api.admin(), views)).isEmpty();
    }

    /** Every view at desktop and phone size, in the light and the dark colour scheme. */
    private List<String> violations(Api.User user, List<View> views) {
        List<String> found = new ArrayList<>();
        for (boolean phone : List.of(false, true)) {
            try (Dashboard dashboard = wideOrPhone(phone).signIn(user)) {
                Page page = dashboard.page();
                for (ColorScheme scheme : List.of(ColorScheme.LIGHT, ColorScheme.DARK)) {
                    page.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(scheme));
                    for (View view : views) {
                        dashboard.open(view.hash());
                        page.locator(view.loaded()).first().waitFor();
                        page.locator("main .loading")
                                .first()
                                .waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.DETACHED));
                        String where = view.name() + (phone ? " on a phone" : " on a desktop") + ", " + scheme;
                        Accessibility.seriousViolations(page).forEach(line -> found.add(where + ": " + line));
                    }
                }
            }
        }
        return found;
    }

    @Test
    void shouldHaveNoSeriousViolationsOnTheSignInFormAndFindAnUnlabelledField() {
        try (Dashboard dashboard = wide()) {
            Page page = dashboard.page();
            page.navigate(dashboard.url("/"));
            assertThat(page.locator("form.signin")).isVisible();
            assertThat(Accessibility.seriousViolations(page)).as("sign-in").isEmpty();

            // The check can fail: a field without a label is a critical violation.
            page.evaluate("document.querySelector('form.signin').append(document.createElement('input'))");
            assertThat(Accessibility.seriousViolations(page)).anyMatch(line -> line.startsWith("label (critical)"));
        }
    }
}
