package io.groundswell.post;

import static io.groundswell.testing.PostBuilder.post;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.groundswell.testing.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rendered body that GET /api/posts/{id} answers beside the body as written. */
@QuarkusTest
class PostBodyHtmlTest {

    @Test
    void shouldAnswerMarkdownRenderedAndSanitisedBesideTheBodyAsWritten() {
        String markdown = "## Expense tool rollout\n\nRead [the guide](https://intranet.example.org/guide) first."
                + "\n\n<script>alert(1)</script>\n\n[no](javascript:alert(1))";
        long id = create(markdown, "markdown", null);

        Api.newEmployee()
                .given()
                .get("/api/posts/{id}", id)
                .then()
                .statusCode(200)
                .body("body", equalTo(markdown))
                .body("bodyFormat", equalTo("markdown"))
                .body(
                        "bodyHtml",
                        equalTo("<h2>Expense tool rollout</h2>\n<p>Read <a href=\"https://intranet.example.org/guide\""
                                + " rel=\"nofollow noopener noreferrer ugc\" target=\"_blank\">the guide</a> first.</p>\n"
                                + "\n<p>no</p>\n"));
    }

    @Test
    void shouldResolveRelativeLinksOfHtmlBodiesAgainstThePostsAddress() {
        long id = create(
                "<p>See <a href=\"/t/agenda/7\">last week</a><img src=x onerror=alert(1)></p>",
                "html",
                "https://forum.example.org/t/agenda/8");

        Api.newEmployee()
                .given()
                .get("/api/posts/{id}", id)
                .then()
                .statusCode(200)
                .body("bodyHtml", containsString("<a href=\"https://forum.example.org/t/agenda/7\""))
                .body("bodyHtml", not(containsString("onerror")))
                .body("bodyHtml", not(containsString("<img")));
    }

    @Test
    void shouldAnswerTextBodiesAsEscapedParagraphs() {
        long id = create("a <b> & c\n\nnext", "text", null);

        Api.newEmployee()
                .given()
                .get("/api/posts/{id}", id)
                .then()
                .statusCode(200)
                .body("text", equalTo("a <b> & c\n\nnext"))
                .body("bodyHtml", equalTo("<p>a &lt;b&gt; &amp; c</p><p>next</p>"));
    }

    @Test
    void shouldRenderAnEditedBodyAfresh() {
        String source = Api.unique("wiki");
        String key = Api.newApiKey(List.of("ingest"), List.of(source));
        String externalId = Api.unique("page");
        long id = store(key, source, externalId, "## First draft", "markdown", null, 201);
        var reader = Api.newEmployee();
        reader.given().get("/api/posts/{id}", id).then().body("bodyHtml", equalTo("<h2>First draft</h2>\n"));
        reader.given().get("/api/posts/{id}", id).then().body("bodyHtml", equalTo("<h2>First draft</h2>\n"));

        store(key, source, externalId, "## Final version", "markdown", null, 200);

        reader.given().get("/api/posts/{id}", id).then().body("bodyHtml", equalTo("<h2>Final version</h2>\n"));
    }

    private static long create(String body, String format, String url) {
        String source = Api.unique("wiki");
        String key = Api.newApiKey(List.of("ingest"), List.of(source));
        return store(key, source, Api.unique("page"), body, format, url, 201);
    }

    private static long store(
            String key, String source, String externalId, String body, String format, String url, int status) {
        var request =
                post(source, externalId).author("ada", "Ada L", "Engineering").body(body, format);
        if (url != null) {
            request.with("url", url);
        }
        return Api.withKey(key)
                .contentType(ContentType.JSON)
                .body(request.build())
                .post("/api/posts")
                .then()
                .statusCode(status)
                .extract()
                .jsonPath()
                .getLong("id");
    }
}
