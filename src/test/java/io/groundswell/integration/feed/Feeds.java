package io.groundswell.integration.feed;

import static org.hamcrest.Matchers.equalTo;

import io.groundswell.testing.Api;
import io.restassured.path.json.JsonPath;
import java.util.Map;

/** What feed tests do through the admin API: register a feed, poll it now, read its view. */
final class Feeds {

    private Feeds() {}

    /** Registers the feed (201 expected) and returns its id. */
    static long register(String url, String source) {
        return Api.asAdmin()
                .contentType("application/json")
                .body(Map.of("url", url, "source", source))
                .post("/api/admin/feeds")
                .then()
                .statusCode(201)
                .body("source", equalTo(source))
                .extract()
                .jsonPath()
                .getLong("id");
    }

    /** Polls the feed now and expects the status; the answer. */
    static JsonPath poll(long feed, int status) {
        return Api.asAdmin()
                .post("/api/admin/feeds/" + feed + "/poll")
                .then()
                .statusCode(status)
                .extract()
                .jsonPath();
    }

    /** Polls the feed now, which must fail with 502 and a problem; the problem's detail. */
    static String pollFailing(long feed) {
        return Api.asAdmin()
                .post("/api/admin/feeds/" + feed + "/poll")
                .then()
                .statusCode(502)
                .contentType("application/problem+json")
                .extract()
                .jsonPath()
                .getString("detail");
    }

    /** The feed as the admin list shows it: its last status and last error among others. */
    static Map<String, Object> view(long feed) {
        return Api.asAdmin()
                .get("/api/admin/feeds")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getMap("find { it.id == " + feed + " }");
    }
}
