package io.groundswell.frontend;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.groundswell.testing.PostBuilder.post;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.groundswell.testing.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** The dashboard in Chromium over the seeded demo organisation, as a leader sees it. */
@QuarkusTest
@TestProfile(DemoDashboardProfile.class)
// The overview goes first, so its screenshot (the one in README.md) shows the demo data untouched.
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DemoDashboardTest extends DemoBrowserTest {

    @Test
    @Order(1)
    void shouldShowTheCloudTrendsAndTopPostsOfTheDemoOrganisation() {
        try (Dashboard wide = wideAs(leader)) {
            Page page = wide.page();
            assertThat(page).hasURL(Pattern.compile("#/overview$"));
            // The leader starts on their own department; the organisation has the longer lists.
            page.getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions()
                                    .setName("Whole organisation")
                                    .setExact(true))
                    .click();
            assertThat(page).hasURL(Pattern.compile("#/overview\\?(.*&)?scope=org(&|$)"));
            assertThat(page.locator(".cloud-image")).isVisible();
            assertThat(page.locator(".cloud-word").first()).isAttached();
            assertThat(page.locator(".trend-row")).not().hasCount(0);
            assertThat(page.locator(".trend-row").count()).isGreaterThanOrEqualTo(10);
            assertThat(page.locator(".trend-row .sparkline").first()).isVisible();
            assertThat(page.locator("[data-testid=top-posts] .post-row").first())
                    .isVisible();
            assertThat(page.getByTestId("updated")).hasText(Pattern.compile("\\d\\d:\\d\\d:\\d\\d"));
            assertThat(page.locator(".trend-leaders:has-text('led by')"))
                    .hasCount(DemoData.trendsWithLeaders(
                            leader, page.locator(".trend-row").count()));
            wide.screenshot("overview");

            Download csv = page.waitForDownload(
                    () -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Download CSV"))
                            .click());
            assertThat(csv.suggestedFilename()).isEqualTo("groundswell-trends-7d.csv");
            assertThat(read(csv)).startsWith("term,key,phrase,score,posts");
            Download png = page.waitForDownload(
                    () -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Download PNG"))
                            .click());
            assertThat(Arrays.copyOf(readBytes(png), 4)).isEqualTo(new byte[] {(byte) 0x89, 'P', 'N', 'G'});
            wide.assertNoConsoleErrors();
        }
        try (Dashboard phone = phoneAs(leader)) {
            phone.open("#/overview?scope=org");
            assertThat(phone.page().locator(".trend-row").first()).isVisible();
            assertThat(phone.page().locator(".cloud-image")).isVisible();
            phone.screenshot("overview");
            phone.assertNoConsoleErrors();
        }
    }

    @Test
    void shouldOpenTheTopicOfAClickedCloudWord() {
        try (Dashboard wide = wideAs(leader)) {
            Page page = wide.page();
            wide.open("#/overview?scope=org");
            Locator word = page.locator(".cloud-word").first();
            String key = word.getAttribute("data-key");
            word.click();

            assertThat(page).hasURL(Pattern.compile("#/topic/[^?]+\\?window=7d"));
            assertThat(page.getByTestId("topic-title")).isVisible();
            assertThat(page.locator("[data-testid=topic-posts] .post-row").first())
                    .isVisible();
            assertThat(page.locator(".daily-chart .bar").first()).isAttached();
            assertThat(key).isNotBlank();
            assertThat(page.getByTestId("leaders")).not().containsText("Loading");
            assertThat(page.getByTestId("leaders")).not().containsText("not available");
            wide.screenshot("topic");
            wide.assertNoConsoleErrors();
        }
        try (Dashboard phone = phoneAs(leader)) {
            phone.open("#/overview?scope=org");
            phone.page().locator(".trend-term").first().click();
            assertThat(phone.page()
                            .locator("[data-testid=topic-posts] .post-row")
                            .first())
                    .isVisible();
            phone.screenshot("topic");
        }
    }

    @Test
    void shouldReachATopicWithTheKeyboardAlone() {
        try (Dashboard wide = wide()) {
            Page page = wide.page();
            wide.open("");
            // The form shows once the server said there is no session (the cookie is HttpOnly).
            assertThat(page.locator("#username")).isFocused();
            page.keyboard().type(leader.username());
            page.keyboard().press("Tab");
            page.keyboard().type(leader.password());
            page.keyboard().press("Enter");
            assertThat(page.locator(".cloud-word").first()).isAttached();

            // Past the shell, the scope, window and filters, the figures and the rising and cooling terms.
            for (int presses = 0; presses < 100 && !focusedIsCloudWord(page); presses++) {
                page.keyboard().press("Tab");
            }
            assertThat(focusedIsCloudWord(page))
                    .as("a cloud word takes the focus")
                    .isTrue();
            page.keyboard().press("Enter");

            assertThat(page).hasURL(Pattern.compile("#/topic/"));
            assertThat(page.locator("[data-testid=topic-posts] .post-row").first())
                    .isVisible();
            wide.assertNoConsoleErrors();
        }
    }

    private static boolean focusedIsCloudWord(Page page) {
        return Boolean.TRUE.equals(page.evaluate("document.activeElement.classList.contains('cloud-word')"));
    }

    @Test
    void shouldChangeTheRatingSummaryWhenRatingAPost() {
        long postId = DemoData.postNotBy(leader);
        try (Dashboard wide = wideAs(leader)) {
            Page page = wide.page();
            wide.open("#/post/" + postId);
            Locator summary = page.getByTestId("rating-summary");
            Locator rating = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Rate this post"));
            Locator mine = rating.locator(".stars-mine");
            assertThat(mine).hasText("Not rated by you");
            String before = summary.textContent();

            rating.getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName("Rate 5 of 5"))
                    .click();
            assertThat(mine).hasText("Your rating: 5");
            assertThat(summary).not().hasText(before);
            String afterFive = summary.textContent();

            rating.getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName("Rate 1 of 5"))
                    .click();
            assertThat(mine).hasText("Your rating: 1");
            assertThat(summary).not().hasText(afterFive);
            wide.screenshot("post");

            rating.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Withdraw my rating"))
                    .click();
            assertThat(summary).hasText(before);
            wide.assertNoConsoleErrors();
        }
        try (Dashboard phone = phoneAs(leader)) {
            phone.open("#/post/" + postId);
            assertThat(phone.page().getByTestId("rating-summary")).isVisible();
            phone.screenshot("post");
        }
    }

    @Test
    void shouldNarrowSearchResultsWithAFacetAndRateInline() {
        try (Dashboard wide = wideAs(leader)) {
            Page page = wide.page();
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Search"))
                    .click();
            page.getByLabel("Search posts").fill("kubernetes OR migration OR pilot");
            page.getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions().setName("Search").setExact(true))
                    .click();
            Locator count = page.locator(".result-count");
            assertThat(count).containsText("of ");
            assertThat(page.locator(".hit mark").first()).isVisible();
            int total = totalOf(count.innerText());

            Locator facet = page.locator(".facet")
                    .filter(new Locator.FilterOptions().setHasText("Department"))
                    .locator(".facet-value")
                    .first();
            String department = facet.locator(".facet-label").innerText();
            int expected =
                    Integer.parseInt(facet.locator(".facet-count").innerText().replaceAll("\\D", ""));
            facet.click();

            assertThat(page).hasURL(Pattern.compile("department="));
            assertThat(page.locator(".facet-value[aria-pressed=true]")).hasText(Pattern.compile(department));
            assertThat(count).containsText("of " + expected + " posts");
            assertThat(expected).isLessThan(total);
            for (String meta : page.locator(".hit .meta").allInnerTexts()) {
                assertThat(meta).contains(department);
            }

            Locator firstHit = page.locator(".hit").first();
            firstHit.getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName("Rate 4 of 5"))
                    .click();
            assertThat(firstHit.getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName("Rate 4 of 5")))
                    .hasAttribute("aria-checked", "true");
            assertThat(firstHit.locator(".stars-mine")).hasText("Your rating: 4");
            wide.screenshot("search");
            wide.assertNoConsoleErrors();
        }
        try (Dashboard phone = phoneAs(leader)) {
            phone.open("#/search?q=kubernetes");
            assertThat(phone.page().locator(".hit").first()).isVisible();
            phone.screenshot("search");
        }
    }

    @Test
    void shouldUpdateTheOverviewLiveWhenAPostArrives() {
        try (Dashboard wide = wideAs(leader)) {
            Page page = wide.page();
            // The whole organisation: the employee who posts works in another department.
            wide.open("#/overview?scope=org");
            assertThat(page.locator(".live-dot.live-on")).isVisible();
            Locator updated = page.getByTestId("updated");
            assertThat(updated).hasText(Pattern.compile("\\d\\d:\\d\\d:\\d\\d"));
            // Survives only as long as the page is not reloaded.
            page.evaluate("window.__sameDocument = true");
            String before = updated.innerText();
            String title = "Live update check " + Api.unique("post");

            employee.given()
                    .contentType(ContentType.JSON)
                    .body(post("forum", Api.unique("live")).title(title).build())
                    .post("/api/posts")
                    .then()
                    .statusCode(201);

            Locator latest = page.getByTestId("latest-posts");
            assertThat(latest)
                    .containsText(
                            title,
                            new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions()
                                    .setTimeout(Duration.ofSeconds(20).toMillis()));
            assertThat(updated).not().hasText(before);
            assertThat(page.evaluate("window.__sameDocument === true")).isEqualTo(true);
            wide.assertNoConsoleErrors();
        }
    }

    @Test
    void shouldShowTheEmbeddableCloudAfterSigningInInsideTheFrame() {
        try (Dashboard wide = sized(640, 420)) {
            Page page = wide.page();
            page.navigate(wide.url("/embed/cloud?window=7d"));
            assertThat(page).hasURL(Pattern.compile("/embed/cloud/\\?window=7d$"));
            page.locator("#username").fill(leader.username());
            page.locator("#password").fill(leader.password());
            page.locator("button[type=submit]").click();
            assertThat(page.locator(".cloud-image")).isVisible();
            assertThat(page.locator(".cloud-word").first()).hasAttribute("target", "_blank");
            assertThat(page.getByTestId("cloud-legend")).containsText("rising");
            assertThat(page.getByTestId("cloud-legend")).isInViewport();
            wide.screenshot("embed-cloud");
            wide.assertNoConsoleErrors();
        }
    }

    @Test
    void shouldShowMyPageAndTheAdminPage() {
        for (boolean phone : List.of(false, true)) {
            try (Dashboard dashboard = wideOrPhone(phone)) {
                dashboard.open("");
                assertThat(dashboard.page().locator("form.signin")).isVisible();
                dashboard.screenshot("sign-in");
                dashboard.signIn(leader).open("#/me");
                assertThat(dashboard.page().locator(".post-list .post-row").first())
                        .isVisible();
                dashboard.screenshot("me");
            }
            try (Dashboard dashboard = wideOrPhone(phone)) {
                dashboard.signIn(Api.admin()).open("#/admin");
                assertThat(dashboard.page().getByTestId("users")).containsText(leader.username());
                assertThat(dashboard.page().getByTestId("reindex")).containsText("ready");
                dashboard.screenshot("admin");
                dashboard.assertNoConsoleErrors();
            }
        }
    }

    private static String read(Download download) {
        return new String(readBytes(download), StandardCharsets.UTF_8);
    }

    private static byte[] readBytes(Download download) {
        try {
            return Files.readAllBytes(download.path());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int totalOf(String resultCount) {
        // "1–10 of 123 posts"
        String[] parts = resultCount.replace(",", "").replace(".", "").split("of ");
        return Integer.parseInt(parts[1].replaceAll("\\D", ""));
    }
}
