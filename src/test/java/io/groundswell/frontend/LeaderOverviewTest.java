package io.groundswell.frontend;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The overview a head of department reads, at desktop and phone size: headline figures against the
 * previous window, rising and cooling terms with a readable baseline, sparklines against the usual
 * level, a too-little-data state, their own department first, and a custom date range.
 */
@QuarkusTest
@TestProfile(DemoDashboardProfile.class)
class LeaderOverviewTest extends DemoBrowserTest {

    /** "5.6 a week before → 28 this week" */
    private static final Pattern WEEKLY_BASELINE = Pattern.compile("^[\\d.,]+ a week before → [\\d,]+ this week$");

    private static final List<String> FIGURES = List.of("posts", "ratings", "people");

    @Test
    void shouldOpenOnTheLeadersDepartmentWithItsHeadlineFigures() {
        String department = leader.given().get("/api/me").then().extract().path("department");
        JsonPath summary = summary("window=7d&department=" + department);
        for (boolean phone : List.of(false, true)) {
            try (Dashboard dashboard = wideOrPhone(phone).signIn(leader)) {
                Page page = dashboard.page();
                assertThat(page.getByTestId("scope-line")).containsText(department);
                assertThat(scope(page, "My department (" + department + ")")).hasAttribute("aria-pressed", "true");
                assertFigures(page, summary, "in the 7 days before");
                dashboard.screenshot("leader-overview-department");
                dashboard.assertNoConsoleErrors();
            }
        }
    }

    @Test
    void shouldSwitchToTheOrganisationAndShowRisingAndCoolingWithReadableBaselines() {
        JsonPath trends = leader.given()
                .get("/api/trends?window=7d&limit=100")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        int falling = trends.getList("falling").size();
        for (boolean phone : List.of(false, true)) {
            try (Dashboard dashboard = wideOrPhone(phone).signIn(leader)) {
                Page page = dashboard.page();
                scope(page, "Whole organisation").click();
                assertThat(page).hasURL(Pattern.compile("scope=org"));
                assertThat(scope(page, "Whole organisation")).hasAttribute("aria-pressed", "true");
                assertThat(page.getByTestId("scope-line")).containsText("the whole organisation");
                assertFigures(page, summary("window=7d"), "in the 7 days before");

                // One row per story, the best 20; a story of several words folds the others in.
                Locator rising = page.locator("[data-testid=trends] .trend-row");
                int stories = Math.min(20, trends.getList("stories").size());
                assertThat(rising).hasCount(stories);
                for (int i = 0; i < stories; i++) {
                    int others = trends.getList("stories[" + i + "].terms").size() - 1;
                    Locator folded = rising.nth(i).locator("details.story-terms li");
                    assertThat(folded).hasCount(others);
                    if (others > 0) {
                        assertThat(folded.first()).isHidden();
                        Locator summary = rising.nth(i).locator("details.story-terms summary");
                        summary.click();
                        assertThat(folded.first().locator("a"))
                                .hasText(trends.getString("stories[" + i + "].terms[1].term"));
                        summary.click();
                        assertThat(folded.first()).isHidden();
                    }
                }
                for (String sentence : rising.locator(".trend-baseline").allInnerTexts()) {
                    assertThat(sentence).matches(WEEKLY_BASELINE);
                }
                assertThat(rising.first().locator(".trend-term")).hasText(trends.getString("terms[0].term"));
                if (falling > 0) {
                    Locator cooling = page.locator("[data-testid=cooling] .cooling-row");
                    assertThat(cooling).hasCount(falling);
                    assertThat(cooling.first().locator(".change")).containsText("−");
                    assertThat(cooling.first().locator(".trend-baseline")).hasText(WEEKLY_BASELINE);
                } else {
                    assertThat(page.getByTestId("cooling")).containsText("Nothing is cooling");
                }
                assertNoEmptyColumnOrOverflow(page, phone);
                dashboard.screenshot("leader-overview");
                dashboard.assertNoConsoleErrors();
            }
        }
    }

    @Test
    void shouldDrawSparklinesWithTheUsualBandAndTheLastDayLabelled() {
        Map<String, Object> first = leader.given()
                .get("/api/trends?window=7d&limit=20")
                .then()
                .extract()
                .jsonPath()
                .getMap("terms[0]");
        List<?> daily = (List<?>) first.get("daily");
        String last = String.valueOf(daily.get(daily.size() - 1));
        for (boolean phone : List.of(false, true)) {
            try (Dashboard dashboard = wideOrPhone(phone).signIn(leader)) {
                Page page = dashboard.page();
                dashboard.open("#/overview?scope=org");
                Locator sparkline = page.locator("[data-testid=trends] .trend-row .sparkline")
                        .first();
                assertThat(sparkline).isVisible();
                assertThat(sparkline).hasAttribute("role", "img");
                assertThat(sparkline)
                        .hasAttribute(
                                "aria-label",
                                Pattern.compile(literal(String.valueOf(first.get("term")))
                                        + ": posts per day .*; usual [\\d.,]+ a day; last day " + last + "$"));
                assertThat(sparkline.locator(".sparkline-band")).hasCount(1);
                assertThat(sparkline.locator(".sparkline-last")).hasText(last);
            }
        }
    }

    @Test
    void shouldSayThereIsTooLittleDataInAWindowWithoutPosts() {
        for (boolean phone : List.of(false, true)) {
            try (Dashboard dashboard = wideOrPhone(phone).signIn(leader)) {
                Page page = dashboard.page();
                dashboard.open("#/overview?scope=org&window=custom&from=2020-01-06&to=2020-01-12");
                assertThat(page.getByTestId("too-little-data")).isVisible();
                assertThat(page.getByTestId("too-little-data")).containsText("Too little data");
                assertThat(page.locator("[data-figure=posts] .stat-value")).hasText("0");
                assertThat(page.locator(".trend-row")).hasCount(0);
                assertThat(page.getByTestId("trends")).containsText("Too little data");
                dashboard.screenshot("leader-overview-too-little-data");
                dashboard.assertNoConsoleErrors();
            }
        }
    }

    @Test
    void shouldShowACustomDateRangeAndRefuseOneThatEndsBeforeItStarts() {
        JsonPath expected = summary("from=2020-01-01&to=" + today());
        for (boolean phone : List.of(false, true)) {
            try (Dashboard dashboard = wideOrPhone(phone).signIn(leader)) {
                Page page = dashboard.page();
                scope(page, "Whole organisation").click();
                page.locator(".segmented[aria-label=Window] .segment")
                        .filter(new Locator.FilterOptions().setHasText("Custom"))
                        .click();
                Locator form = page.getByRole(AriaRole.FORM, new Page.GetByRoleOptions().setName("Custom date range"));
                assertThat(form).isVisible();

                form.getByLabel("From").fill("2020-02-01");
                form.getByLabel("To").fill("2020-01-01");
                form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Apply"))
                        .click();
                assertThat(form.getByRole(AriaRole.ALERT)).hasText("The start date must not be after the end date.");
                assertThat(page).not().hasURL(Pattern.compile("from=2020-02-01"));

                form.getByLabel("From").fill("2020-01-01");
                form.getByLabel("To").fill(today());
                form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Apply"))
                        .click();
                assertThat(page).hasURL(Pattern.compile("from=2020-01-01&to=" + today()));
                long days = ChronoUnit.DAYS.between(LocalDate.parse("2020-01-01"), LocalDate.parse(today())) + 1;
                assertFigures(page, expected, "in the " + String.format("%,d", days) + " days before");
                assertThat(page.locator("[data-testid=trends] .trend-row").first())
                        .isVisible();
                dashboard.assertNoConsoleErrors();
            }
        }
    }

    private JsonPath summary(String query) {
        return leader.given()
                .get("/api/summary?" + query)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static Locator scope(Page page, String name) {
        return page.locator(".segmented[aria-label=Scope]")
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(name));
    }

    /** Each tile shows the API's figure now and before; the page formats numbers for its locale. */
    private static void assertFigures(Page page, JsonPath summary, String previousName) {
        for (String figure : FIGURES) {
            Locator tile = page.locator("[data-figure=" + figure + "]");
            assertThat(tile.locator(".stat-value"))
                    .hasText(Pattern.compile("^" + number(summary.getInt("current." + figure)) + "$"));
            assertThat(tile.locator(".stat-compare"))
                    .hasText(Pattern.compile(
                            "vs " + number(summary.getInt("previous." + figure)) + " " + literal(previousName)));
        }
    }

    /** Text as a regular expression that matches it literally: Playwright runs it in JavaScript, which lacks \Q and \E. */
    private static String literal(String text) {
        return text.replaceAll("[\\\\^$.|?*+()\\[\\]{}/-]", "\\\\$0");
    }

    /** A number as a regular expression, whatever separator the locale groups thousands with. */
    private static String number(int value) {
        return String.format("%,d", value).replace(",", "[,.\\s\u202f]?");
    }

    /**
     * At desktop size the shorter column reaches three quarters of the taller one, so no large
     * empty column stands beside the list; on a phone nothing is wider than the screen.
     */
    private static void assertNoEmptyColumnOrOverflow(Page page, boolean phone) {
        page.locator("[data-testid=cloud] .cloud-image").waitFor();
        page.locator("[data-testid=latest-posts] .post-row").first().waitFor();
        if (phone) {
            Number overflow = (Number)
                    page.evaluate("document.scrollingElement.scrollWidth - document.scrollingElement.clientWidth");
            assertThat(overflow.intValue()).as("horizontal overflow at 390 px").isLessThanOrEqualTo(0);
            return;
        }
        double main = height(page, ".overview-main");
        double side = height(page, ".overview-side");
        assertThat(Math.min(main, side))
                .as("the shorter column (main %s px, side %s px)", main, side)
                .isGreaterThan(Math.max(main, side) * 3 / 4);
    }

    private static double height(Page page, String selector) {
        return ((Number) page.locator(selector).evaluate("e => e.getBoundingClientRect().height")).doubleValue();
    }

    private static String today() {
        return LocalDate.now(ZoneOffset.UTC).toString();
    }
}
