package io.groundswell.frontend;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.groundswell.testing.PostBuilder.post;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import io.groundswell.testing.Api;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A post's page in Chromium: its body formatted, the way back to the results, related posts, the rating on phones. */
@QuarkusTest
class PostPageTest extends BrowserTest {

    private static final String GUIDE = "https://intranet.example.org/expenses/guide";

    private String word;
    private long postId;
    private List<Long> related;
    private Api.User employee;

    @BeforeEach
    void createPosts() {
        word = "zqxpost" + System.nanoTime();
        String source = Api.unique("wiki");
        String key = Api.newApiKey(List.of("ingest"), List.of(source));
        StringBuilder body = new StringBuilder("## Expense tool rollout\n\nRead [the guide](" + GUIDE
                + ") before you file a " + word + " claim.\n\n- Finance first\n- Sales in May\n\n"
                + "<img src=x onerror=\"window.__pwned = 1\"> [no](javascript:window.__pwned=2)\n\n");
        for (int i = 1; i <= 30; i++) {
            body.append("Paragraph ")
                    .append(i)
                    .append(": receipts, approvals and the ")
                    .append(word)
                    .append(" reimbursement schedule, in enough words to fill a phone's screen line after line.\n\n");
        }
        postId = create(key, source, "Expense tool rollout " + word, body.toString());
        related = List.of(
                create(
                        key,
                        source,
                        "Questions on the " + word + " rollout",
                        "Does the " + word + " claim need receipts?"),
                create(key, source, "Approvals for " + word, "Who approves a " + word + " reimbursement?"));
        employee = Api.newEmployee();
        Api.awaitSearchable(source, 3, Duration.ofSeconds(10));
    }

    @Test
    void shouldShowTheBodyFormattedWithClickableLinksRelatedPostsAndTheWayBack() {
        try (Dashboard wide = wideAs(employee)) {
            Page page = wide.page();
            page.context()
                    .route(
                            GUIDE,
                            route -> route.fulfill(new Route.FulfillOptions()
                                    .setContentType("text/html")
                                    .setBody("<title>Guide</title>")));
            wide.open("#/search?q=" + word + "&sort=new");
            page.locator(".hit .post-title")
                    .filter(new Locator.FilterOptions().setHasText("Expense tool rollout"))
                    .click();

            assertThat(page).hasURL(Pattern.compile("#/post/" + postId + "$"));
            Locator body = page.getByTestId("post-body");
            assertThat(body.locator("h2")).hasText("Expense tool rollout");
            assertThat(body.locator("li")).hasText(new String[] {"Finance first", "Sales in May"});
            assertThat(body).not().containsText("##");
            Locator guide = body.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("the guide"));
            assertThat(guide).hasAttribute("rel", "nofollow noopener noreferrer ugc");
            Page opened = page.waitForPopup(guide::click);
            assertThat(opened).hasURL(GUIDE);
            opened.close();
            assertThat(body.locator("img, script, a[href^=javascript]")).hasCount(0);
            assertThat(page.evaluate("typeof window.__pwned")).isEqualTo("undefined");

            Locator relatedTitles = page.getByTestId("related").locator(".post-title");
            assertThat(relatedTitles.first()).isVisible();
            List<String> hrefs = relatedTitles.all().stream()
                    .map(link -> link.getAttribute("href"))
                    .toList();
            assertThat(hrefs)
                    .contains("#/post/" + related.get(0), "#/post/" + related.get(1))
                    .doesNotContain("#/post/" + postId);
            wide.screenshot("post-formatted");

            // Through a related post and back: the way back still leads to the results.
            relatedTitles.first().click();
            assertThat(page).not().hasURL(Pattern.compile("#/post/" + postId + "$"));
            page.getByTestId("back").click();
            assertThat(page).hasURL(Pattern.compile("#/search\\?q=" + word + "&sort=new$"));
            assertThat(page.getByLabel("Search posts")).hasValue(word);
            assertThat(page.locator(".hit")).hasCount(3);
            wide.assertNoConsoleErrors();
        }
    }

    @Test
    void shouldShowTheRatingAboveTheBodyOnAPhone() {
        try (Dashboard phone = phoneAs(employee)) {
            Page page = phone.page();
            phone.open("#/post/" + postId);
            Locator stars = page.locator(".post-rating .stars");
            Locator body = page.getByTestId("post-body");
            assertThat(stars).isVisible();
            assertThat(body.locator("h2")).isVisible();

            BoundingBox starsBox = stars.boundingBox();
            BoundingBox bodyBox = body.boundingBox();
            assertThat(starsBox.y + starsBox.height)
                    .as("stars within the first screen")
                    .isLessThan(Dashboard.PHONE_HEIGHT);
            assertThat(starsBox.y).as("stars above the body").isLessThan(bodyBox.y);
            assertThat(bodyBox.height).as("a body longer than a screen").isGreaterThan(Dashboard.PHONE_HEIGHT);
            phone.screenshot("post-formatted");
            phone.assertNoConsoleErrors();
        }
    }

    private static long create(String key, String source, String title, String markdown) {
        return post(source, Api.unique("page"))
                .title(title)
                .author(Api.unique("author"), "Rita Writer", "Finance")
                .body(markdown, "markdown")
                .createAs(Api.withKey(key));
    }
}
