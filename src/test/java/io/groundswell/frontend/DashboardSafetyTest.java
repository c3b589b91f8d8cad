package io.groundswell.frontend;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.FilePayload;
import io.groundswell.identity.Caller;
import io.groundswell.post.BodyFormat;
import io.groundswell.post.PostRequest;
import io.groundswell.post.PostService;
import io.groundswell.testing.Api;
import io.groundswell.testing.PostBuilder;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** What people may see, and that what they wrote stays text, in Chromium. */
@QuarkusTest
class DashboardSafetyTest extends BrowserTest {

    @Inject
    PostService posts;

    /**
     * Whatever reaches the page through any write path, with markup in every field a person
     * writes, stays text. Stored through the service, past the API's validation.
     */
    @Test
    void shouldShowScriptsInPostsAsText() {
        String word = "zqxhostile" + System.nanoTime();
        String title = "<script>window.__pwned = 'title'</script> Notes on " + word;
        String author = "<img src=x onerror=\"window.__pwned='author'\">Mallory";
        String tag = "<b onmouseover=\"window.__pwned='tag'\">tag</b>";
        String body = "<p>About " + word + " &amp; caf&eacute;.</p><script>window.__pwned = 'body'</script>"
                + "<img src=x onerror=\"window.__pwned='img'\">";
        long id = posts.upsert(
                        new PostRequest(
                                "forum",
                                Api.unique("hostile"),
                                null,
                                title,
                                body,
                                BodyFormat.HTML,
                                new PostRequest.AuthorRequest(Api.unique("mallory"), author, "Security"),
                                Instant.now().minusSeconds(30),
                                List.of(tag)),
                        Caller.system("test"))
                .id();
        Api.User employee = Api.newEmployee();
        // Written in process, not through the API: wait for the index as a client would see it.
        await("the hostile post to be searchable")
                .atMost(Duration.ofSeconds(30))
                .until(
                        () -> employee.given()
                                .get("/api/search?q={w}&limit=1", word)
                                .then()
                                .extract()
                                .<Integer>path("total"),
                        total -> total != null && total >= 1);

        try (Dashboard wide = wideAs(employee)) {
            Page page = wide.page();
            wide.open("#/search?q=" + word);
            assertThat(page.locator(".hit .post-title")).hasText(title);
            assertThat(page.locator(".hit .meta")).containsText(author);
            assertThat(page.locator(".hit .tag")).hasText(tag);
            assertThat(page.locator(".hit .snippet mark")).hasText(word);
            assertThat(page.locator(".hit .snippet")).not().containsText("<script");
            assertThat(page.locator(".hit .snippet")).containsText(" & café.");

            page.locator(".hit .post-title").click();
            assertThat(page).hasURL(Pattern.compile("#/post/" + id + "$"));
            assertThat(page.getByTestId("post-title")).hasText(title);
            assertThat(page.locator(".post-body")).hasText("About " + word + " & café.");
            wide.screenshot("hostile-post");

            assertThat(page.evaluate("typeof window.__pwned")).isEqualTo("undefined");
            assertThat(page.locator("main script, main img:not(.cloud-image), main b"))
                    .hasCount(0);
            wide.assertNoConsoleErrors();
        }
    }

    /**
     * Titles are plain text that the API stores as sent, so "x <img src=x onerror=alert(1)>" is a
     * title like any other: search results, the post page and the window title show it literally.
     */
    @Test
    void shouldShowTitlesThatMentionMarkupLiterally() {
        String word = "zqxliteral" + System.nanoTime();
        List<String> titles =
                List.of("x <img src=x onerror=alert(1)> " + word, "Why does <div> collapse in flexbox? " + word);
        String source = Api.unique("literal");
        String key = Api.newApiKey(List.of("ingest"), List.of(source));
        List<Long> ids = new ArrayList<>();
        for (String title : titles) {
            ids.add(PostBuilder.post(source, Api.unique("literal"))
                    .title(title)
                    .author(Api.unique("author"), "Author", "Research")
                    .createAs(Api.withKey(key)));
        }
        Api.User employee = Api.newEmployee();
        await().atMost(Duration.ofSeconds(10))
                .until(
                        () -> employee.given()
                                .queryParam("q", word)
                                .get("/api/search")
                                .then()
                                .extract()
                                .jsonPath(),
                        answer -> answer.getInt("total") == titles.size());

        try (Dashboard wide = wideAs(employee)) {
            Page page = wide.page();
            List<String> dialogs = new ArrayList<>();
            page.onDialog(dialog -> {
                dialogs.add(dialog.message());
                dialog.dismiss();
            });
            wide.open("#/search?q=" + word);
            assertThat(page.locator(".hit .post-title")).hasCount(titles.size());
            assertThat(page.locator(".hit .post-title").allTextContents()).containsExactlyInAnyOrderElementsOf(titles);
            for (int i = 0; i < titles.size(); i++) {
                wide.open("#/post/" + ids.get(i));
                assertThat(page.getByTestId("post-title")).hasText(titles.get(i));
                assertThat(page).hasTitle(titles.get(i) + " · Groundswell");
            }
            assertThat(page.locator("main img:not(.cloud-image), .post-heading div"))
                    .hasCount(0);
            assertThat(dialogs).isEmpty();
            wide.assertNoConsoleErrors();
        }
    }

    @Test
    void shouldShowANotFoundAsTheProblemItIs() {
        Api.User employee = Api.newEmployee();
        try (Dashboard wide = wideAs(employee)) {
            Page page = wide.page();
            page.route(
                    "**/api/me/ratings*",
                    route -> route.fulfill(new Route.FulfillOptions()
                            .setStatus(404)
                            .setContentType("application/problem+json")
                            .setBody("{\"title\":\"Not Found\",\"status\":404,\"detail\":\"No ratings route here\"}")));

            wide.open("#/me");

            assertThat(page.locator("main")).containsText("No ratings route here");
            assertThat(page.locator("main")).not().containsText("not available on this server");
        }
    }

    @Test
    void shouldShowEmployeesNeitherAdminNorLeaderPages() {
        Api.User employee = Api.newEmployee();
        try (Dashboard wide = wideAs(employee)) {
            Page page = wide.page();
            assertThat(page).hasURL(Pattern.compile("#/home$"));
            assertThat(wide.nav()).hasText(new String[] {"Home", "Search", "Me"});

            wide.open("#/admin");
            assertThat(page.locator("main h1")).hasText("Not allowed");
            wide.open("#/overview");
            assertThat(page.locator("main h1")).hasText("Not allowed");
            assertThat(wide.nav()).hasText(new String[] {"Home", "Search", "Me"});
            wide.assertNoConsoleErrors();
        }
    }

    @Test
    void shouldShowAdminsTheAdminPage() {
        try (Dashboard wide = wideAs(Api.admin())) {
            Page page = wide.page();
            assertThat(wide.nav()).hasText(new String[] {"Home", "Overview", "Search", "Me", "Admin"});
            wide.open("#/admin");
            assertThat(page.getByTestId("users")).containsText("admin");

            page.locator("#key-name").fill("dashboard test key");
            page.locator("#key-sources").fill("forum");
            page.locator("form:has(#key-name) button[type=submit]").click();
            assertThat(page.locator(".secret")).hasText(Pattern.compile("^gs_"));
            assertThat(page.getByTestId("api-keys")).containsText("dashboard test key");

            assertThat(page.getByTestId("feeds")).containsText("No feeds registered.");
            page.locator("#import-file")
                    .setInputFiles(new FilePayload(
                            "posts.ndjson", "application/x-ndjson", ndjson(3).getBytes(StandardCharsets.UTF_8)));
            page.locator("form:has(#import-file) button[type=submit]").click();
            assertThat(page.getByTestId("imports")).containsText("done");
            assertThat(page.getByTestId("imports")).containsText("3 posts stored");
            assertThat(page.locator("[data-testid=imports] progress")).hasAttribute("value", "3");
            wide.assertNoConsoleErrors();
        }
    }

    private static String ndjson(int posts) {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < posts; i++) {
            lines.append(String.format(
                    "{\"source\":\"forum\",\"externalId\":\"%s\",\"title\":\"Imported post %d\","
                            + "\"body\":\"From a file.\",\"author\":{\"id\":\"importer\"}}%n",
                    Api.unique("import"), i));
        }
        return lines.toString();
    }

    @Test
    void shouldRefuseWrongPasswordsInThePageWithoutTheBrowserDialog() {
        try (Dashboard wide = wide()) {
            Page page = wide.page();
            wide.open("");
            page.locator("#username").fill("admin");
            page.locator("#password").fill("not-the-password");
            Response answer = page.waitForResponse(
                    r -> r.url().endsWith("/api/session")
                            && r.request().method().equals("POST"),
                    () -> page.locator("form.signin button[type=submit]").click());

            assertThat(answer.status()).isEqualTo(401);
            assertThat(answer.headers()).doesNotContainKey("www-authenticate");
            assertThat(page.locator(".signin-error")).containsText("do not match");
            assertThat(page.locator("#nav")).isHidden();
        }
    }
}
