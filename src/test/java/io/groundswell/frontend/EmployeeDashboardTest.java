package io.groundswell.frontend;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.groundswell.testing.PostBuilder.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.groundswell.testing.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The dashboard of an employee over the demo organisation: home, the embedded cloud, stars, the shell. */
@QuarkusTest
@TestProfile(DemoDashboardProfile.class)
class EmployeeDashboardTest extends DemoBrowserTest {

    @Test
    void shouldStartEmployeesOnAHomeWithTrendsTheCloudAndPostsToRate() {
        String department = employee.given().get("/api/me").then().extract().path("department");
        String displayName = employee.given().get("/api/me").then().extract().path("displayName");
        String title = "Waiting for a first rating " + Api.unique("home");
        colleaguePost(department, title);

        for (boolean phone : List.of(false, true)) {
            try (Dashboard dashboard = wideOrPhone(phone).signIn(employee)) {
                Page page = dashboard.page();
                assertThat(page).hasURL(Pattern.compile("#/home$"));
                assertThat(dashboard.nav()).hasText(new String[] {"Home", "Search", "Me"});
                assertThat(page.locator("#account-name")).isVisible();
                assertThat(page.locator("#account-name")).hasText(displayName);
                assertThat(page.locator("[data-testid=org-trends] .home-trend").first())
                        .isVisible();
                assertThat(page.locator("[data-testid=org-trends] .home-trend").count())
                        .isGreaterThanOrEqualTo(5);
                assertThat(page.locator("[data-testid=department-trends] .home-trend")
                                .first())
                        .isVisible();
                assertThat(page.locator("[data-testid=cloud] .cloud-image")).isVisible();
                assertThat(page.locator("[data-testid=cloud] .cloud-word").first())
                        .isAttached();
                assertThat(page.locator("[data-testid=top-posts] .post-row").first())
                        .isVisible();
                Locator toRate = page.locator("[data-testid=posts-to-rate] .post-row")
                        .filter(new Locator.FilterOptions().setHasText(title));
                assertThat(toRate).hasCount(1);
                assertThat(toRate.locator(".stars-mine")).hasText("Not rated by you");
                assertThat(page.locator("main .notice")).hasCount(0);
                dashboard.screenshot("employee-home");
                dashboard.assertNoConsoleErrors();
            }
        }
    }

    @Test
    void shouldOpenATopicFromHomeWithoutTheLeadersViews() {
        try (Dashboard wide = wideAs(employee)) {
            Page page = wide.page();
            page.locator("[data-testid=org-trends] .trend-term").first().click();
            assertThat(page).hasURL(Pattern.compile("#/topic/[^?]+\\?window=7d$"));
            assertThat(page.getByTestId("topic-title")).isVisible();
            assertThat(page.locator("[data-testid=topic-posts] .post-row").first())
                    .isVisible();
            assertThat(page.getByTestId("leaders")).hasCount(0);
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("← Home")))
                    .isVisible();
            wide.screenshot("employee-topic");
            wide.assertNoConsoleErrors();
        }
    }

    @Test
    void shouldShowLeadersTheirHomeBesideTheOverview() {
        for (boolean phone : List.of(false, true)) {
            try (Dashboard dashboard = wideOrPhone(phone).signIn(leader)) {
                Page page = dashboard.page();
                assertThat(page).hasURL(Pattern.compile("#/overview$"));
                assertThat(dashboard.nav()).hasText(new String[] {"Home", "Overview", "Search", "Me"});
                page.getByRole(
                                AriaRole.LINK,
                                new Page.GetByRoleOptions().setName("Home").setExact(true))
                        .click();
                assertThat(page.locator("[data-testid=org-trends] .home-trend").first())
                        .isVisible();
                assertThat(page.locator("[data-testid=department-trends] .home-trend")
                                .first())
                        .isVisible();
                assertThat(page.locator("[data-testid=cloud] .cloud-image")).isVisible();
                dashboard.screenshot("leader-home");
                dashboard.assertNoConsoleErrors();
            }
        }
    }

    @Test
    void shouldShowTheEmbeddableCloudToAnEmployee() {
        try (Dashboard frame = sized(640, 420)) {
            Page page = frame.page();
            page.navigate(frame.url("/embed/cloud?window=7d"));
            page.locator("#username").fill(employee.username());
            page.locator("#password").fill(employee.password());
            page.locator("button[type=submit]").click();
            assertThat(page.locator(".cloud-image")).isVisible();
            assertThat(page.locator(".cloud-word").first()).isAttached();
            assertThat(page.locator("main")).not().containsText("does not allow");
            frame.screenshot("embed-cloud-employee");
            frame.assertNoConsoleErrors();
        }
    }

    @Test
    void shouldRateWithTheKeyboardKeepTheFocusAndShowMyStarsAfterAReload() {
        String word = "zqxstars" + System.nanoTime();
        long id = colleaguePost("Elsewhere", "Keyboard rating of " + word);
        Api.awaitSearchable(SOURCE, 1, Duration.ofSeconds(30));
        try (Dashboard wide = wideAs(employee)) {
            Page page = wide.page();
            wide.open("#/search?q=" + word);
            Locator hit = page.locator(".hit").first();
            Locator group = hit.getByRole(AriaRole.RADIOGROUP, new Locator.GetByRoleOptions().setName("Your rating"));
            assertThat(hit.locator(".stars-mine")).hasText("Not rated by you");
            assertThat(hit.locator(".rating-line")).hasText("No ratings yet");
            assertThat(group.locator("[tabindex='0']")).hasAttribute("aria-label", "Rate 1 of 5");

            star(group, 1).focus();
            page.keyboard().press("Enter");
            assertThat(star(group, 1)).hasAttribute("aria-checked", "true");
            assertThat(star(group, 1)).isFocused();
            assertThat(hit.locator(".rating-line")).hasText("Average 1.0 (1 rating)");

            page.keyboard().press("ArrowRight");
            page.keyboard().press("ArrowRight");
            assertThat(star(group, 3)).isFocused();
            assertThat(star(group, 3)).hasAttribute("aria-checked", "true");
            assertThat(star(group, 1)).hasAttribute("aria-checked", "false");
            assertThat(star(group, 3)).hasAttribute("tabindex", "0");
            assertThat(star(group, 1)).hasAttribute("tabindex", "-1");
            assertThat(hit.locator(".stars-mine")).hasText("Your rating: 3");
            awaitMyStars(id, 3);

            page.keyboard().press("ArrowLeft");
            page.keyboard().press("Space");
            assertThat(star(group, 2)).isFocused();
            assertThat(hit.locator(".rating-line")).hasText("Average 2.0 (1 rating)");
            awaitMyStars(id, 2);
            page.keyboard().press("ArrowLeft");
            page.keyboard().press("ArrowLeft");
            assertThat(star(group, 5)).isFocused();
            page.keyboard().press("Enter");
            assertThat(hit.locator(".rating-line")).hasText("Average 5.0 (1 rating)");

            page.reload();
            hit = page.locator(".hit").first();
            assertThat(hit.locator(".stars-mine")).hasText("Your rating: 5");
            assertThat(star(hit, 5)).hasAttribute("aria-checked", "true");
            assertThat(hit.locator(".rating-line")).hasText("Average 5.0 (1 rating)");
            wide.screenshot("search-rated");
            wide.assertNoConsoleErrors();
        }
        try (Dashboard phone = phoneAs(employee)) {
            phone.open("#/post/" + id);
            Locator stars = phone.page()
                    .getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Rate this post"))
                    .locator(".stars");
            assertThat(stars.locator(".stars-mine")).hasText("Your rating: 5");
            assertThat(star(stars, 5)).hasAttribute("aria-checked", "true");
            phone.open("#/search?q=" + word);
            assertThat(phone.page().locator(".hit .stars-mine")).hasText("Your rating: 5");
        }
    }

    @Test
    void shouldHideSignOutOnTheSignInPageAtEverySize() {
        for (boolean phone : List.of(false, true)) {
            try (Dashboard dashboard = wideOrPhone(phone)) {
                Page page = dashboard.page();
                dashboard.open("");
                assertThat(page.locator("form.signin")).isVisible();
                assertThat(page.locator("#sign-out")).isHidden();
                dashboard.signIn(employee);
                assertThat(page.locator("#sign-out")).isVisible();
                page.locator("#sign-out").click();
                assertThat(page.locator("form.signin")).isVisible();
                assertThat(page.locator("#sign-out")).isHidden();
                assertThat(page.locator("#nav")).isHidden();
            }
        }
    }

    @Test
    void shouldSayThatAMissingPostDoesNotExist() {
        try (Dashboard wide = wideAs(employee)) {
            Page page = wide.page();
            wide.open("#/post/987654321");
            assertThat(page.locator("main")).containsText("This post does not exist, or it was removed.");
            assertThat(page.locator("main")).not().containsText("not available on this server");
        }
    }

    private static final String SOURCE = Api.unique("colleagues");

    /** A post by a colleague of another person, sent as an intranet system would; its id. */
    private static long colleaguePost(String department, String title) {
        String key = Api.newApiKey(List.of("ingest"), List.of(SOURCE));
        return post(SOURCE, Api.unique("post"))
                .title(title)
                .author(Api.unique("colleague"), "Robin Colleague", department)
                .createAs(Api.withKey(key));
    }

    private void awaitMyStars(long postId, int stars) {
        await("the rating of " + stars + " stars to be saved")
                .atMost(Duration.ofSeconds(10))
                .until(
                        () -> employee.given()
                                .get("/api/posts/{id}/rating", postId)
                                .then()
                                .extract()
                                .<Integer>path("stars"),
                        saved -> saved != null && saved == stars);
    }

    private static Locator star(Locator scope, int stars) {
        return scope.getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName("Rate " + stars + " of 5"));
    }
}
