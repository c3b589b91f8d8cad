package io.groundswell.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RequestShapeTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/api/posts/4;..",
                "/api/posts/1;jsessionid=x/rating",
                "/api/posts/2;..%3b",
                "/api/posts/2%3B",
                "/api/posts/x/../3",
                "/api/posts/./3",
                "/api/posts/%2e%2e/3",
                "/api/posts/.%2E/3",
                "/api/posts/3/..",
                "/api/posts/..%2f3",
                "/api/posts/3%2F..",
                "/api/posts/3%5c..",
                "/api/posts/3\\..",
                "/api/posts/3%00",
                "/api/posts/3%0d%0aX-Injected:1",
                "/api/posts/3%7F",
            })
    void shouldRefusePathsThatLayersReadDifferently(String path) {
        assertThat(RequestShape.pathProblem(path)).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/",
                "/api/posts/3",
                "/api/posts/3/rating",
                "/api/trends/kubernetes",
                "/api/trends/caf%C3%A9",
                "/api/trends/c%2B%2B",
                "/api/search",
                "/app.js",
                "/api/wordcloud.png",
                "/api/posts/..3",
                "/api/trends/...",
            })
    void shouldAcceptOrdinaryPaths(String path) {
        assertThat(RequestShape.pathProblem(path)).isNull();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "application/json",
                "application/json; charset=utf-8",
                "application/json;charset=\"UTF-8\"",
                "application/x-ndjson",
                "application/zip",
                "multipart/form-data; boundary=abc",
                "text/plain;",
            })
    void shouldAcceptMediaTypes(String contentType) {
        assertThat(RequestShape.contentTypeProblem(contentType)).isNull();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                ";;;",
                "application/",
                "/json",
                "a/b/c",
                "json",
                "application json/x",
                "application/json; charset=klingon",
                "application/json; charset=\"",
                "application/json; q",
                "application/json\u0001",
            })
    void shouldRefuseContentTypesThatDoNotParse(String contentType) {
        assertThat(RequestShape.contentTypeProblem(contentType)).isNotNull();
    }
}
