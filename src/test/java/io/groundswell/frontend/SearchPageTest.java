package io.groundswell.frontend;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.AriaRole;
import io.groundswell.testing.Api;
import io.groundswell.testing.PostBuilder;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The search page helps when a search goes wrong: notices, suggestions, no results, long text. */
@QuarkusTest
class SearchPageTest extends BrowserTest {

    private String source;
    private String word;
    private Api.User employee;

    /** One post with a word nobody else writes, in a source of its own. */
    @BeforeEach
    void postAWord() {
        source = Api.unique("searchpage");
        word = "k" + UUID.randomUUID().toString().replace("-", "").substring(0, 11);
        String key = Api.newApiKey(List.of("ingest"), List.of(source));
        Api.withKey(key)
                .contentType(ContentType.JSON)
                .body(PostBuilder.post(source, Api.unique("post"))
                        .title("Kubernetes upgrade notes")
                        .body("Upgrading the cluster with " + word + " tonight.", "text")
                        .author(Api.unique("author"), "Author", "Research")
                        .build())
                .post("/api/posts")
                .then()
                .statusCode(201);
        Api.awaitSearchable(source, 1, Duration.ofSeconds(20));
        employee = Api.newEmployee();
    }

    @Test
    void shouldOfferASpellingThatRunsAndExplainBrokenSyntax() {
        try (Dashboard wide = signedIn()) {
            Page page = wide.page();
            wide.open("#/search?q=" + word.substring(0, 6) + "q" + word.substring(6));

            assertThat(page.getByTestId("no-results")).isVisible();
            Locator suggestion = page.getByTestId("search-suggestion");
            assertThat(suggestion).hasText("Did you mean " + word + "?");
            suggestion.getByRole(AriaRole.LINK).click();
            assertThat(page).hasURL(Pattern.compile("q=" + word + "$"));
            assertThat(page.locator(".hit")).hasCount(1);

            page.getByLabel("Search posts").fill(word + " AND (");
            page.getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions().setName("Search").setExact(true))
                    .click();
            assertThat(page.getByTestId("search-notice"))
                    .hasText("Searched for the words \u201c" + word
                            + "\u201d because the query syntax was incomplete or not valid.");
            assertThat(page.locator(".hit")).hasCount(1);
            assertThat(page.locator("body")).not().containsText("Encountered");
            wide.screenshot("search-notice");
            wide.assertNoConsoleErrors();
        }
    }

    @Test
    void shouldShowAHelpfulPageWhenNothingMatchesAndClearTheFilters() {
        try (Dashboard wide = signedIn()) {
            Page page = wide.page();
            wide.open("#/search?q=" + word + "&source=" + source);
            assertThat(page.locator(".hit")).hasCount(1);

            String tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(2).toString();
            page.getByLabel("From").fill(tomorrow);

            assertThat(page).hasURL(Pattern.compile("from=" + tomorrow));
            Locator none = page.getByTestId("no-results");
            assertThat(none.getByRole(AriaRole.HEADING))
                    .hasText("No posts match \u201c" + word + "\u201d with these filters.");
            assertThat(none).containsText("Check the spelling");
            assertThat(none).containsText("Widen the dates");
            wide.screenshot("search-no-results");
            none.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Search without filters"))
                    .click();

            assertThat(page.locator(".hit")).hasCount(1);
            assertThat(page).not().hasURL(Pattern.compile("from=|source="));
            wide.assertNoConsoleErrors();
        }
        try (Dashboard phone = phoneAs(employee)) {
            phone.open("#/search?q=" + word + "zz");
            assertThat(phone.page().getByTestId("no-results")).containsText("Things to try");
            phone.screenshot("search-no-results");
        }
    }

    @Test
    void shouldExplainATooLongSearchWithoutSendingIt() {
        try (Dashboard wide = signedIn()) {
            Page page = wide.page();
            List<String> searches = new CopyOnWriteArrayList<>();
            page.onRequest(request -> {
                if (request.url().contains("/api/search")) {
                    searches.add(request.url());
                }
            });
            wide.open("#/search");
            page.getByLabel("Search posts").fill("word ".repeat(1_800));
            page.getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions().setName("Search").setExact(true))
                    .click();

            assertThat(page.getByTestId("search-too-long"))
                    .hasText("Your search is 8,999 characters long; a search can be at most 500 characters."
                            + " Shorten it to the words that matter most and search again.");
            assertThat(page.getByLabel("Search posts")).hasAttribute("aria-invalid", "true");

            wide.open("#/search?q=" + "x".repeat(600));
            assertThat(page.getByTestId("search-too-long")).containsText("600 characters long");
            assertThat(page.locator("body")).not().containsText("414");
            assertThat(searches).isEmpty();
            wide.assertNoConsoleErrors();
        }
    }

    @Test
    void shouldSayItIsSearchingWhileTheAnswerIsOnItsWay() {
        try (Dashboard wide = signedIn()) {
            Page page = wide.page();
            List<Route> held = new CopyOnWriteArrayList<>();
            page.route("**/api/search?**", held::add);
            wide.open("#/search?q=" + word);

            Locator results = page.getByTestId("results");
            assertThat(results).hasAttribute("aria-busy", "true");
            assertThat(page.getByRole(AriaRole.STATUS)).hasText("Searching…");
            held.forEach(Route::resume);

            assertThat(page.locator(".hit")).hasCount(1);
            assertThat(results).not().hasAttribute("aria-busy", "true");
            wide.assertNoConsoleErrors();
        }
    }

    private Dashboard signedIn() {
        return wideAs(employee);
    }
}
